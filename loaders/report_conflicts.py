"""Whether two reports of an article can be of one engagement: no conflicting attackers, targets or dates (asked by
`same_engagement.referent`)."""

from __future__ import annotations

from typing import Protocol

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import TimeSpan
from loaders.report_days import days_agree, on_same_day, time_words
from loaders.report_sides import Sides, sides_match


class Reported(Protocol):
    """An engagement being assembled: what the rules here read of it."""

    type: str
    attackers: list[str]
    targets: list[str]
    places: list[str]
    time: TimeSpan | None
    sentence: int  # where it was first reported
    latest: int  # where it was last reported (-1: nowhere after the first)
    near: list[str]  # places a report told it "near" ("a convoy near Aleppo")
    several: bool  # first told over several places of an area, a summary of its parts


def compatible(detection: Detection, when: TimeSpan | None, earlier: Reported, gazetteer: Gazetteer) -> bool:
    """Whether two reports can be of one engagement: no conflicting attackers, targets or dates.

    Forces of one state do not conflict with it ("Russian forces" and "Russian warplanes").
    """
    sides = Sides(gazetteer)
    roles = [(detection.attackers, earlier.attackers), (detection.targets, earlier.targets)]
    # two clashes of one day may name the sides in the other order ("On Thursday IS mounted a counterattack against
    # government forces" and "troops were killed on Thursday as the army battled"); over days, who attacked tells
    # one day's fighting from the next
    swapped = [(detection.attackers, earlier.targets), (detection.targets, earlier.attackers)]
    if not sides_match(roles, sides) and not (
        detection.type == earlier.type == "armed-clash"
        and on_same_day(when, earlier.time)
        and sides_match(swapped, sides, at_least_one=True)
    ):
        return False
    return times_agree(detection, when, earlier)


def times_agree(detection: Detection, when: TimeSpan | None, earlier: Reported) -> bool:
    """Whether two reports' times allow one engagement, whoever they name."""
    if when is None or earlier.time is None:
        return True
    if when.earliest is not None and earlier.time.earliest is not None:
        return days_agree((detection.type, earlier.type), when, earlier.time)
    if when.earliest is None and earlier.time.earliest is None and not (when.counted_back or earlier.time.counted_back):
        # No date to resolve against: "on Friday" and "In June" still disagree; "overnight" fits either.
        return time_words(when.expression) == time_words(earlier.time.expression)
    return True
