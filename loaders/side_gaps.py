"""Trimming the words that put a side in its own fight out of the gap between the side and the fight's noun."""

from __future__ import annotations

import re


def trimmed(gap: str, text: str, t_start: int, noun: re.Pattern[str], tail: re.Pattern[str]) -> str:
    """The gap with `tail` cut off when the trigger at t_start is `noun`, else the gap unchanged."""
    # the words that tie the side to the noun ("were on a wide", "engaged in fierce") are no gap between two actors
    if not noun.match(text, t_start):
        return gap
    found = tail.search(gap)
    return gap if found is None else gap[: found.start()] + " "
