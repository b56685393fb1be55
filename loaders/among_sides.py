"""A fight "among" named groups names its sides, as "between" does (engbattles37)."""

from __future__ import annotations

import re

# Thirty-seventh session (engbattles37). News English tells infighting of three or more groups with "among":
# "clashes among Jaish al-Islam, Faylaq al-Rahman and Ahrar al-Sham", "fighting amongst the rebel factions". Only
# the nouns and verbs of fighting take it, right before "among": after a kill or strike word "among" counts the dead
# ("killed 20, among them FSA fighters") and names no side.
_FIGHT = re.compile(r"(?:clash|fight|battl|infight|skirmish)", re.IGNORECASE)
_AMONG = re.compile(r"\s++(?:among|amongst)\s++(?:the\s++)?", re.IGNORECASE)


def fought_among(word: str, after: str) -> re.Match[str] | None:
    """The words from the fight's word to the first side when "among" names its sides, else None."""
    return _AMONG.match(after) if _FIGHT.match(word) else None
