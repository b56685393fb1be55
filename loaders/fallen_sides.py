"""Sides named by what befell their people: "Hezbollah fighters were killed in clashes" names a side of the clashes
(eighteenth session, helper sides)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import coordinated_back

# "Twelve Hezbollah fighters were killed in clashes", "two soldiers died in fighting with IS": those who fell in a fight
# were one of its sides (eighteenth session)
_FELL_IN_FIGHT = re.compile(
    r"(?:\s+(?:fighters|soldiers|troops|members|militants|jihadists|rebels|forces|gunmen|men|personnel))?"
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:killed|wounded|injured|slain|died)\s+"
    r"(?:in|during)\s+(?:(?:the|heavy|fierce|violent|renewed|ongoing|new|fresh)\s+){0,2}$",
    re.IGNORECASE,
)


def fallen_side(actors: Sequence[Mention], text: str, base: int, t_start: int) -> list[str]:
    """The side whose people fell in the fight the trigger names ("Hezbollah fighters were killed in clashes")."""
    for m in reversed(actors):
        if m.span.end - base <= t_start:
            # "40 rebel and regime forces were killed in clashes": both sides fell
            fell = _FELL_IN_FIGHT.fullmatch(text, m.span.end - base, t_start)
            return coordinated_back(m, actors, text, base) if fell else []
    return []


# The dead told after the fight: "clashes that killed at least 40 fighters from rebel groups as well as 12 IS
# fighters", "fighting which has left 20 soldiers and 15 jihadists dead": each side with dead fought (twenty-sixth
# session, helper battles26). Read to the clause's end: who says it ("according to the Observatory") is no side.
_THAT_KILLED = re.compile(r"\s+(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:killed|left)\s+", re.IGNORECASE)
_VICTIMS_END = re.compile(
    r"[.;:,]|\b(?:according|said|says|told|reported|while|but|when|after|before)\b", re.IGNORECASE
)


def dead_after(actors: Sequence[Mention], text: str, base: int, t_end: int) -> list[str]:
    """The sides whose dead the fight's relative clause counts ("clashes that killed 40 rebels and 12 IS fighters")."""
    killed = _THAT_KILLED.match(text, t_end)
    if killed is None:
        return []
    end_at = _VICTIMS_END.search(text, killed.end(), min(len(text), killed.end() + 120))
    end = end_at.start() if end_at is not None else min(len(text), killed.end() + 120)
    start = killed.end()
    return list(dict.fromkeys(m.key for m in actors if start <= m.span.start - base and m.span.end - base <= end))
