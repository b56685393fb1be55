"""A side pressing ahead with its own offensive: "Kurdish forces pressed ahead with their offensive" (engbattles37)."""

from __future__ import annotations

import re

from loaders.side_gaps import trimmed

# Thirty-seventh session (engbattles37). "U.S.-backed Kurdish forces pressed ahead with their offensive to take
# Manbij", "the army is pushing on with its assault on Douma": the side that presses on with its own fight fights it,
# as "launched an offensive" tells (the preposition "with" had cut the subject off as another phrase's). The verb,
# "ahead" or "on", "with" and a possessive or article, at most two words of manner, at the end of the gap.
_PRESSED_WITH = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:is|are|was|were|been)\s+)?(?:press|push)(?:ed|es|ing)?\s+(?:ahead|on)\s+with\s+"
    r"(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIGHT_NOUN = re.compile(r"(?i)(?:offensive|assault|operation|campaign|attack|push|advance)s?\b")


def pressed_ahead(gap: str, text: str, t_start: int) -> str:
    """The gap between a side and its fight's noun with "pressed ahead with their" taken out, else unchanged."""
    return trimmed(gap, text, t_start, _FIGHT_NOUN, _PRESSED_WITH)
