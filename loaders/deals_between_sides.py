"""Wording of local deals between armed sides (twenty-seventh session, strat27): alternatives of the ceasefire
trigger in `loaders/engagement_triggers.py`."""

from __future__ import annotations

# A side of a local deal, named by what it is: the state's side or the armed opposition's.
_SIDE = (
    r"(?:government|regime|army|authorities|rebels?|opposition|militants|insurgents|fighters|gunmen|jihadists|"
    r"factions|groups|forces|troops)"
)
# A deal between two armed sides is a truce between them, whatever it was for: "part of a deal between the Syrian
# government and militants", "an agreement between the regime and rebel factions" (a deal between states, "between
# Russia and Turkey", names no armed side by its kind and is left to the rules of deals made).
DEAL_BETWEEN_SIDES = (
    r"(?:deals?|agreements?|accords?)\s+between\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{_SIDE}\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_SIDE}\b"
)
# People who left under a deal: "fighters and their families were evacuated from the district under an agreement
# with the regime", "rebels left the town under a deal" (the leaving is the deal carried out; up to 12 words between;
# not after "be": "are to be evacuated under a deal", "will be bussed out" tell a plan; fighters who "withdrew from"
# or "pulled out of" a place under a deal hand it over, `HANDED_OVER` and the transfer trigger).
LEFT_UNDER_DEAL = (
    r"(?<!\bbe\s)(?:evacuated|left|departed|bus(?:s)?ed\s+out)"
    r"(?=(?>\s+[\w'’-]+){0,12}?\s+under\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|accord)\b)"
)
