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
