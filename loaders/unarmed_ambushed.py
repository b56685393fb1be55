"""An ambush of the unarmed is an attack on civilians, not a battle (twenty-third session, helper precision23;
docs/extraction.md, "Engagements"): "security forces killed four activists in an ambush", "gunmen ambushed a bus
carrying pilgrims". ACLED codes an armed side's attack on people who cannot fire back as Violence against civilians
whatever the tactic; an ambush is a battle only when those ambushed are armed ("ambushed an army convoy")."""

from __future__ import annotations

import re

from loaders.the_hit import CIVILIAN_WORDS

# Who bears arms: "killed ten soldiers and two civilians in an ambush" is a battle with civilians among its dead.
_ARMED = (
    r"soldiers?|troops|fighters?|members|militants?|rebels?|officers?|personnel|guards?|policem[ae]n|gunmen|"
    r"militiam[ae]n|jihadists?|conscripts?|recruits?|commanders?|army|military|convoy|patrol"
)
# ... and between the verb and the victims "and" ends the list read.
_ARMED_OR_AND = rf"and|{_ARMED}"
_GAP = rf"(?:(?!(?:{_ARMED_OR_AND})\b)[\w'’-]+\s+)"
# The victims killed before the ambush, the ambush the killing's setting: "killed four leading activists in an ambush".
_KILLED_IN = re.compile(
    rf"\b(?:killed|killing|kills|shot\s+dead|murdered)\s+{_GAP}{{0,4}}?{CIVILIAN_WORDS}\s+(?:in|during)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# ... unless the ambush's own object is armed: "killed two women in the ambush of a rebel convoy" hit a side.
_ON_THE_ARMED = re.compile(rf"\s+(?:of|on|against|targeting)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ARMED})\b", re.IGNORECASE)
# The unarmed as what was ambushed: "ambushed a group of civilians", "ambushed a bus carrying pilgrims".
_AMBUSHED_WHO = re.compile(
    rf"\s+{_GAP}{{0,3}}?(?:(?:bus|car|vehicle|minibus|van|truck)\s+(?:carrying|transporting|with)\s+{_GAP}{{0,2}}?)?"
    rf"{CIVILIAN_WORDS}\b",
    re.IGNORECASE,
)


# A ground attack whose only dead are the unarmed: "IS fighters stormed the village of Mabouja and killed 40
# civilians", "attacked the village, killing 12 villagers". No armed side is told fighting back; ACLED codes the raid
# on the unarmed as Violence against civilians. Up to eight words of object, none armed nor a post held by arms.
_POSTS = rf"{_ARMED}|positions?|posts?|checkpoints?|bases?|barracks|headquarters|airports?|airbases?"
_UNARMED_KILLED_AFTER = re.compile(
    rf"\s+(?:(?!(?:{_POSTS})\b)[\w'’-]+(?:\s+|(?=,))){{0,8}}?(?:,\s*|and\s+)(?:killing|killed|executing|executed|"
    rf"slaughtering|slaughtered|massacring|massacred)\s+{_GAP}{{0,4}}?{CIVILIAN_WORDS}\b"
    # not the unarmed among fighters: "killing 40 civilians and three soldiers"
    rf"(?!\s+and\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_ARMED})\b)",
    re.IGNORECASE,
)


def unarmed_ambushed(text: str, match: re.Match[str], etype: str = "ambush") -> bool:
    """Whether an ambush trigger tells the unarmed ambushed ("killed four activists in an ambush"), or a clash's
    verb the unarmed attacked ("gunmen attacked a bus carrying pilgrims": no side fired back; vac32, a
    written-sentence probe)."""
    if etype == "armed-clash":
        if re.fullmatch(r"attacked", match.group(0), re.I) is not None and _AMBUSHED_WHO.match(text, match.end()):
            return True
        raid = re.fullmatch(r"attacked|stormed|raided", match.group(0), re.I) is not None
        return raid and _UNARMED_KILLED_AFTER.match(text, match.end()) is not None
    if _KILLED_IN.search(text, max(0, match.start() - 120), match.start()):
        return _ON_THE_ARMED.match(text, match.end()) is None
    return match.group(0).lower().startswith("ambushed") and _AMBUSHED_WHO.match(text, match.end()) is not None
