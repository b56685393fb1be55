"""Fp27's guards on false engagements: a deed a perfect tense and a closing "in the past" tell as history
(`past_deeds`), a tally over the past weeks (`summed_up.OVER_MONTHS`): sentences written for these tests, never copied
from a corpus."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import PAST_DEEDS_TEXTS, _middle
from loaders.gazetteer import Gazetteer
from loaders.past_deeds import done_in_the_past
from loaders.summed_up import OVER_MONTHS


@pytest.mark.parametrize(
    "text",
    [
        "The militant group has carried out several bombings in Kurdish towns in the past.",
        "Rebel factions have launched rocket attacks on the coastal city in the past, residents said.",
    ],
)
def test_a_deed_told_as_history_is_no_engagement(gazetteer: Gazetteer, text: str) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # a span that counts back from now reports what happened in it
        "The militant group has carried out three bombings in Kurdish towns in the past 24 hours.",
        # "in the past" in a clause of its own after the trigger
        "Rebel factions have launched rocket attacks on the coastal city, as they did in the past.",
        # a bare perfect verb is the deed itself, told with its history
        "Militants have shelled the town on Monday.",
    ],
)
def test_a_deed_with_its_time_is_still_an_engagement(gazetteer: Gazetteer, text: str) -> None:
    assert detected_types(text, gazetteer) != []


def test_a_killing_tallied_over_weeks_is_no_engagement(gazetteer: Gazetteer) -> None:
    text = "The jihadist group has executed 300 members of a rival tribe during the past three weeks, activists said."
    assert detected_types(text, gazetteer) == []


def test_a_killing_on_a_day_within_weeks_is_still_an_engagement(gazetteer: Gazetteer) -> None:
    # "in the past weeks" (not "over" or "during") stays as it was; the day names one killing
    text = "The jihadist group executed 30 members of a rival tribe on Tuesday, activists said."
    assert detected_types(text, gazetteer) != []


def test_the_patterns_on_adversarial_inputs() -> None:
    # (the same inputs are timed by `make bench-patterns`)
    assert [done_in_the_past(t, _middle(t)) for t in PAST_DEEDS_TEXTS] == [False] * 5
    assert [bool(OVER_MONTHS.search(t)) for t in PAST_DEEDS_TEXTS] == [False, False, False, False, True]
