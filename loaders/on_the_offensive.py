"""A side "on the offensive": "regime forces were on a wide offensive on the suburbs", "rebels went on the offensive in
Hama" tell the side's own offensive, its subject the attacker (battles30)."""

from __future__ import annotations

import re

from loaders.side_gaps import trimmed

# The verb and "on a / the" between the side and "offensive", at the end of the gap (up to two words of manner).
_ON_THE = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|is|are|was|were|went|go(?:es)?|remain(?:s|ed)?|stay(?:s|ed)?)\s+"
    r"(?:\w+ly\s+)?on\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OFFENSIVE = re.compile(r"(?i)offensive\b")


def on_the_offensive(gap: str, text: str, t_start: int) -> str:
    """The gap between a side and the trigger "offensive" with "were on a wide" taken out, else the gap unchanged."""
    return trimmed(gap, text, t_start, _OFFENSIVE, _ON_THE)
