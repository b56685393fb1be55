"""Whether a sentence tells ground taken ("control was established over the hills"): the attack it tells is a battle."""

from __future__ import annotations

import re

# An attack told with the ground it took is fought on the ground, a battle (ACLED Battles), not the bombardment told in
# another sentence: "control was established over the hills after destroying the fortifications" (thirty-seventh
# session, joins37; ground only sought, "to retake the city", was tried and cost a false engagement on half a)
GROUND_TAKEN = re.compile(
    r"\b(?:establish(?:ed|ing)?|took|tak(?:e|es|ing)|seiz(?:ed|ing)|regain(?:ed|ing)?|restor(?:ed|ing))\s+"
    r"(?:full\s+)?control\s+(?:over|of)\b"
    r"|\bcontrol\s+(?:was|has\s+been|had\s+been)\s+(?:established|restored|regained)\s+over\b",
    re.IGNORECASE,
)


def ground_taken(text: str) -> bool:
    """Whether a sentence tells ground an attack took."""
    return GROUND_TAKEN.search(text) is not None
