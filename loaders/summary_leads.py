"""A lead summed up over several places ("strikes hit several locations in Aleppo province", "a series of Russian air
strikes in Syria") and the town reports told under it: each town with a deed of its own is a part, not the lead again
(docs/extraction.md, "One engagement, several reports")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.ground_words import FIRE_FROM_AFAR
from loaders.report_conflicts import Reported
from loaders.report_places import around, is_country

# A plural or vague place after a word of number ("several locations", "a series of villages"), "across" an area held
# by one side, or a series of strikes: a lead that sums up, whose towns are told one by one after it.
SEVERAL_PLACES = re.compile(
    r"\b(?:several|multiple|various|numerous|a\s+number\s+of|a\s+series\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:neighbou?rhoods|districts|areas|locations|towns|villages|sites|quarters|targets|positions)\b"
    r"|\bacross\s+(?:the\s+)?(?:rebel|opposition|government|regime|insurgent)[- ](?:held|controlled)\b"
    # "a series of Russian air strikes": many strikes summed up, each told at its town after
    r"|\ba\s+(?:series|wave|string|spate)\s+of\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|raids|air\s+raids|bombings)\b",
    re.IGNORECASE,
)
# How many sentences back the summary may be told (`same_engagement.ANAPHORA_WINDOW`, which imports this module)
_WINDOW = 3


def over_several_places(text: str) -> bool:
    """Whether the sentence tells its engagement over several places of an area."""
    return SEVERAL_PLACES.search(text) is not None


def part_of_summary(earlier: Reported, stated: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a report tells one part of a lead summed up over "several locations" or "a series of strikes": it names a
    place of its own inside the lead's area (a place outside it is none: "gunmen in Eastern Ghouta shelled several
    districts of Damascus" names the firers')."""
    finer = [k for k in stated if not is_country(k, gazetteer)]
    return (
        earlier.several
        and bool(finer)
        and not set(finer) <= set(earlier.places)
        and _inside(finer, earlier.places, gazetteer)
    )


def of_the_summary(
    detection: Detection, stated: Sequence[str], told: Sequence[Reported], index: int, gazetteer: Gazetteer
) -> Detection:
    """A generic deed naming no doer ("80 fighters were destroyed in the area of Mayadeen"), told at a part of the
    bombardment summed up last in the sentences just before (`index` is the deed's sentence), or at a part of one
    summed up there after a part of it was told, is one of its strikes: the detection takes the summary's type."""
    recent = [e for e in told if index - _WINDOW <= max(e.sentence, e.latest) <= index]
    if not (detection.generic and detection.type == "armed-clash" and not detection.attackers) or not recent:
        return detection
    last = max(recent, key=lambda e: max(e.sentence, e.latest))
    # fire from afar: a generic deed told at a part of its summary is of its kind
    if last.type in FIRE_FROM_AFAR and part_of_summary(last, stated, gazetteer):
        return replace(detection, type=last.type)
    # "Another seven people were killed in raids on Kafr Takharim" after a lead summed up "across rebel-held Idlib" and
    # a first town's air strikes: the series goes on at its next town, by the means of the part told last; the word
    # is typed by the series, not guessed, so it loses the doubt of a generic word (taken31)
    summed = any(e.type in FIRE_FROM_AFAR and part_of_summary(e, stated, gazetteer) for e in recent)
    if last.type in FIRE_FROM_AFAR and summed:
        return replace(detection, type=last.type, generic=False)
    return detection


def _inside(places: Sequence[str], area: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether every place lies in the area (a spot the gazetteer lacks is taken to lie there)."""
    return all(k in area or k not in gazetteer or set(around(k, gazetteer)) & set(area) for k in places)
