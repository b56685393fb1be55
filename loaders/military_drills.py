"""Fire at targets in military drills is no engagement ("troops fired artillery shells at targets during military
drills") (twentieth session, helper leftovers2; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

# A drill or exercise named in the trigger's sentence: "during military drills", "in joint exercises", "live-fire
# manoeuvres". A plural exercise or a kind before it ("exercise restraint" is no drill).
_DRILL = re.compile(
    r"\b(?:(?:military|joint|naval|army|air|war|combat|training|live[- ]fire|live[- ]ammunition)\s+)"
    r"(?:drills?|exercises?|manoeuvres?|maneuvers?)\b|\b(?:drills|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)
# How far either side of the trigger the drill may be named (one sentence's clause, FA-KES runs without commas).
_DRILL_REACH = 100
_FIRE_WORD = re.compile(r"(?i)fir|shell|shoot|shot|snip|launch|strik|struck|bomb|missile|rocket|artillery")


def in_drills(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is fire told within a military drill or exercise ("fired at targets during drills")."""
    if not _FIRE_WORD.match(match.group(0)):
        return False
    start = max(0, text.rfind(".", 0, match.start()) + 1, match.start() - _DRILL_REACH)
    stop = text.find(".", match.end())
    stop = min(len(text) if stop < 0 else stop, match.end() + _DRILL_REACH)
    return _DRILL.search(text, start, stop) is not None
