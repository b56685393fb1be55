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
    # "members of government forces and its allies were killed": the side with its allies fell (twenty-sixth session)
    r"(?:\s+and\s+(?:its|their)\s+allies|\s+and\s+allied\s+(?:forces|fighters|militias|militiamen|troops|groups))?"
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:killed|wounded|injured|slain|died|martyred)\s+"
    r"(?:in|during)\s+(?:(?:the|heavy|fierce|violent|renewed|ongoing|new|fresh)\s+){0,2}$",
    re.IGNORECASE,
)


# An aside set off by dashes between the fallen and their verb: "86 soldiers - who include Hezbollah members - were
# killed"; the side is the one named before it (twenty-sixth session, helper near26)
_DASH_ASIDE = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s)[^.;]){1,150}?\s[-–—]\s")


def fallen_side(actors: Sequence[Mention], text: str, base: int, t_start: int) -> list[str]:
    """The side whose people fell in the fight the trigger names ("Hezbollah fighters were killed in clashes")."""
    asides = list(_DASH_ASIDE.finditer(text, 0, t_start))
    aside = asides[-1] if asides else None
    if aside is not None and not any(aside.end() <= m.span.start - base < t_start for m in actors):
        before = [m for m in actors if m.span.end - base <= aside.start()]
        if before:
            m = before[-1]
            head = text[m.span.end - base : aside.start()] + " " + text[aside.end() : t_start]
            if _FELL_IN_FIGHT.fullmatch(head):
                return coordinated_back(m, actors, text, base)
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
