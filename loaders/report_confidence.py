"""How much the rules trust one report of an engagement: what it names, when, and the toll of a strike it counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagements import Detection
from loaders.model import Figure, TimeSpan
from loaders.timex import MONTH, WEEKDAY

# Violence fired or set off from afar: "42 people were killed in strikes on eastern Aleppo" tells strikes by their toll
# (thirty-sixth session, engremote36); a clash or an "attack" counted so may be a summary of a battle.
_FIRED_FROM_AFAR = ("air-strike", "shelling", "remote-explosive", "suicide-bombing", "chemical-weapon")
# The generic word of a strike itself with the place it hit ("strikes on eastern Aleppo"), not a verb that may tell
# anything done to a place ("destroyed", "targeted"), nor strikes told with no place hit. "On" before a day or a
# date tells when the strikes fell, not what they hit ("killed in strikes on Monday in Saraqeb", review36).
_STRIKES_ON = re.compile(
    rf"(?i)strikes?\s+(?:on|against)\s(?!(?:{WEEKDAY}|{MONTH}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|the\s+same\s+day)\b)"
)


def confidence(
    detection: Detection,
    places: Sequence[str],
    when: TimeSpan | None,
    is_title: bool,
    *,
    anaphoric: bool,
    counted_strikes: bool = False,
) -> float:
    """How much the rule trusts this report: explicit attacker, type and place 0.9; less when partial."""
    if detection.attackers and places:
        score = 0.9
    else:
        known = sum(bool(x) for x in (detection.attackers, detection.targets, places))
        score = {0: 0.4, 1: 0.6, 2: 0.75, 3: 0.9}[known]
        score += 0.05 * (bool(when) + bool(detection.supporters))  # a stated time or ally makes it concrete
    # "strikes on" a place counted by their toll in the story's body (`strikes_counted`) are strikes told, as sure as
    # "air strikes" would be
    if detection.generic and not (counted_strikes and not is_title and detection.type in _FIRED_FROM_AFAR):
        score -= 0.05
    if anaphoric:
        score = min(score, 0.6)
    if is_title:
        score -= 0.2
    return round(max(score, 0.1), 2)


def strikes_counted(body: str, detection: Detection, figures: Sequence[Figure]) -> bool:
    """Whether the report counts the dead or wounded of "strikes on" a place, its trigger."""
    return bool(figures) and _STRIKES_ON.match(body, detection.trigger.start) is not None
