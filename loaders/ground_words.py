"""Generic words that tell a fight on the ground: "an offensive" or "stormed" is not set aside for the shelling or the
air strike its sentence also tells (docs/extraction.md, "Engagements", thirtieth session)."""

from __future__ import annotations

import re

# Types that are fire from afar, not troops on the ground.
FIRE_FROM_AFAR = frozenset({"air-strike", "shelling"})
# "attempted to launch an offensive", "stormed the town", "an assault on the base": words of troops moving on ground;
# not "attack", "raid", "strikes" or "pounded", which a bombardment is told by as well
_ON_FOOT = re.compile(
    r"(?:counter-?)?offensives?|assaults?|assaulted|onslaught|storm(?:ed|ing)?|"
    r"(?:ground|combat)\s+operations?|advance[sd]?\s+(?:on|into|towards?)|push(?:ed|ing)?\s+(?:into|towards?)",
    re.IGNORECASE,
)
# "an aerial offensive", "the air assault", "a rocket assault": the ground word told of aircraft or guns
_FROM_AFAR = re.compile(r"\b(?:air|aerial|bombing|missile|rocket|artillery|mortar)\s+$", re.IGNORECASE)

# "killed by air strikes and shelling since the army began an offensive two weeks ago", "came under artillery fire as
# part of the army's new offensive", "amid / during a government offensive": the offensive is the campaign the
# bombardment belongs to or is dated by, not a battle told beside it
_CAMPAIGN_BEFORE = re.compile(r"\b(?:since|part\s+of|amid|during)\b[^,;.]{0,80}$", re.IGNORECASE)


def told_on_foot(text: str, start: int, end: int) -> bool:
    """Whether the generic trigger text[start:end] is a word of a ground fight, not one told of aircraft or guns."""
    return (
        _ON_FOOT.fullmatch(text, start, end) is not None
        and _FROM_AFAR.search(text, max(0, start - 12), start) is None
        and _CAMPAIGN_BEFORE.search(text, max(0, start - 90), start) is None
    )
