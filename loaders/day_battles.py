"""Fighting told with only its day: the battle of the article dated to that day (docs/extraction.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from loaders.battles_going_on import battle_going_on
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import TimeSpan
from loaders.report_conflicts import Reported, compatible
from loaders.report_days import on_same_day

E = TypeVar("E", bound=Reported)


def battle_of_the_day(
    detection: Detection,
    stated: Sequence[str],
    when: TimeSpan | None,
    earlier_ones: Sequence[E],
    gazetteer: Gazetteer,
    places: Sequence[str] = (),
) -> E | None:
    """The latest clash told on the detection's day, when the detection is fighting that names no side and no place
    of its own ("Fighting lasted all night and into Sunday" after the day's battle), with nothing conflicting; or the
    battle told at its place, when the detection tells fighting as going on (`battles_going_on`)."""
    if (going_on := battle_going_on(detection, places or stated, when, earlier_ones, gazetteer)) is not None:
        return going_on
    if detection.type != "armed-clash" or detection.attackers or detection.targets or stated:
        return None
    if when is None or when.precision != "day":
        return None
    for earlier in reversed(earlier_ones):
        if earlier.type == detection.type and on_same_day(when, earlier.time):
            return earlier if compatible(detection, when, earlier, gazetteer) else None
    return None
