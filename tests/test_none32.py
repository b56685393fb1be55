"""Thirty-second session (helper none32): the military's "engaged" with armed men as its object tells a battle; every
sentence is written for the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from bench.adversarial import ENGAGED32_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from tests.written import side_and_place_slugs as _told


def test_a_side_engaged_armed_men_is_a_battle(gazetteer: Gazetteer) -> None:
    told = _told("Kurdish fighters engaged IS militants near Kobani on Monday.", gazetteer)
    assert told == [("armed-clash", ["peoples-protection-units"], ["islamic-state"], ["kobani"])]


def test_engaged_with_armed_men_names_the_side_fought(gazetteer: Gazetteer) -> None:
    told = _told("The Syrian army engaged with Nusra Front militants in Hama on Tuesday.", gazetteer)
    assert told == [("armed-clash", ["syrian-arab-army"], ["al-nusra-front"], ["hama"])]


@pytest.mark.parametrize(
    "text",
    [
        "Russia engaged in talks with rebels in Aleppo on Monday.",
        "The envoy is engaging rebels in political dialogue in Aleppo on Monday.",
        "The UN has engaged with local councils in Aleppo since Monday.",
        "Washington has engaged with moderate rebel groups in Idlib on Monday.",
    ],
)
def test_engaged_in_talks_or_with_no_armed_men_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []
    # the same sentence frame still reads a battle where armed men are engaged (not vacuous)
    assert _told("Kurdish fighters engaged IS militants in Aleppo on Monday.", gazetteer)[0][0] == "armed-clash"


def test_engaged_patterns_on_adversarial_inputs() -> None:
    # the runs of "engaged rebels in" are each a verb with armed men as its object; the rest match nothing
    assert [len(trigger_matches(t)) for t in ENGAGED32_TEXTS] == [0, 0, 0, 278, 0]
