"""Fighting told as going on ("Clashes continued", "a third day of fighting"): the battle told before at its place
(docs/extraction.md, "One engagement, several reports")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import TimeSpan
from loaders.report_conflicts import Reported, compatible
from loaders.report_places import is_country, shared_place

E = TypeVar("E", bound=Reported)


def battle_going_on(
    detection: Detection,
    places: Sequence[str],
    when: TimeSpan | None,
    earlier_ones: Sequence[E],
    gazetteer: Gazetteer,
) -> E | None:
    """The latest clash told at the place of fighting told as going on, however far back, with nothing conflicting."""
    # Nothing conflicting: its days within the day of slack fighting has. A clash at another place, or only in the same
    # province, is not it ("Fighting continued in Jobar" after clashes in Douma).
    if detection.type != "armed-clash" or not detection.going_on:
        return None
    where = [k for k in places if not is_country(k, gazetteer)]
    if not where:
        return None
    for earlier in reversed(earlier_ones):
        if earlier.type != detection.type or not shared_place(where, earlier.places, gazetteer):
            continue
        return earlier if compatible(detection, when, earlier, gazetteer) else None
    return None
