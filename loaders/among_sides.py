"""A fight "among" named groups names its sides, as "between" does (engbattles37)."""

from __future__ import annotations

import re

# Thirty-seventh session (engbattles37). News English tells infighting of three or more groups with "among":
# "clashes among Jaish al-Islam, Faylaq al-Rahman and Ahrar al-Sham", "fighting amongst the rebel factions". Only
# the nouns and verbs of fighting take it, right before "among": after a kill or strike word "among" counts the dead
# ("killed 20, among them FSA fighters") and names no side.
_FIGHT = re.compile(r"(?:clash|fight|battl|infight|skirmish)", re.IGNORECASE)
# Nor "among" that picks some out of a set told before: a pronoun or "others" ("clashes among them ten rebels",
# "among others"), or the dead and hurt ("the fighting among the dead were two rebels"): it names no side (review37).
_AMONG = re.compile(
    r"\s++(?:among|amongst)\s++(?:the\s++)?+"
    r"(?!(?:them|themselves|those|these|whom|which|others?|dead|killed|wounded|injured|victims|casualties)\b)",
    re.IGNORECASE,
)


def fought_among(word: str, after: str) -> re.Match[str] | None:
    """The words from the fight's word to the first side when "among" names its sides, else None."""
    return _AMONG.match(after) if _FIGHT.match(word) else None
