"""Fire and seizures that are no engagement: fire at targets in military drills ("troops fired artillery shells at
targets during military drills"), and arms seized rather than ground ("The army seized sniper rifles in the town")
(twentieth session, helper leftovers2; docs/extraction.md, "Engagements")."""

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
# The things seized, right after the verb: "seized sniper rifles", "captured weapons and ammunition", "seized two
# tanks"; arms change hands, no ground does ("captured a weapons depot" takes a place: the depot).
_ARMS = (
    r"(?:weapons|arms|rifles|guns|ammunition|munitions|ammo|missiles|rockets|mortars|explosives|grenades|tanks|"
    r"armou?red\s+vehicles|vehicles|cars|trucks|drones|equipment|machine-?guns)"
)
_ARMS_TAKEN = re.compile(
    rf"\s+(?:(?!(?:by|from|it|them|control|back|over|the\s+town|the\s+village)\b)[\w-]+\s+){{0,3}}?{_ARMS}\b"
    r"(?!\s+(?:depots?|stores?|warehouses?|factory|factories|plants?|base|bases|positions?|dumps?|caches?))",
    re.IGNORECASE,
)


def in_drills(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is fire told within a military drill or exercise ("fired at targets during drills")."""
    if not _FIRE_WORD.match(match.group(0)):
        return False
    start = max(0, text.rfind(".", 0, match.start()) + 1, match.start() - _DRILL_REACH)
    stop = text.find(".", match.end())
    stop = min(len(text) if stop < 0 else stop, match.end() + _DRILL_REACH)
    return _DRILL.search(text, start, stop) is not None


def arms_seized(text: str, match: re.Match[str]) -> bool:
    """Whether a verb of taking has arms for its object ("seized sniper rifles"): no ground taken."""
    return re.match(r"(?i)seiz|captur", match.group(0)) is not None and _ARMS_TAKEN.match(text, match.end()) is not None
