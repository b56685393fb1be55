"""A deal told by its terms, fighters leaving: a truce between the sides (thirty-sixth session, helper engbattles36)."""

from __future__ import annotations

# "agreed a UN-sponsored deal that would see fighters evacuated", "an agreement allowing the rebels to leave": a deal
# whose terms are armed men leaving the ground is a local truce, the evacuation deal the ceasefire trigger reads when
# it is named so ("an evacuation deal"); the terms are what "would see" or "allowing" introduces, within three words
# of the fighters, and a verb of leaving. A deal on aid or on other people ("allowing aid to enter", "civilians to
# leave") tells no truce between armed sides.
_FIGHTERS = r"(?:fighters|rebels|militants|gunmen|insurgents|jihadists|opposition)"
_LEAVING = r"(?:evacuated|leave|leaving|withdraw|withdrawing|depart|bussed|bused|transported|moved)"
# kin of fighters are not fighters: "allowing the families of rebels to leave" is a deal for civilians (review36)
_KIN = r"(?!(?:families|wives|children|relatives|women)\s+of\b)"
DEAL_BY_TERMS = (
    r"(?:deals?|agreements?|accords?)(?=\s+(?:(?:that|which)\s+(?:would|will|could)\s+see|allowing|to\s+allow|under\s+"
    rf"which)\s+(?:the\s+|their\s+)?(?:{_KIN}[\w'’-]+\s+){{0,3}}?{_FIGHTERS}\s+(?:to\s+)?(?:be\s+)?{_LEAVING}\b)"
)
