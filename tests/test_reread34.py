"""Thirty-fourth session, helper reread34: a review of the session's first-round rules. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import (
    CLEARED_THINGS34_TEXTS,
)
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from tests.written import JUNE_12_2017, side_and_place_slugs

# --- "cleared the streets of ISIS mines": the armed men own what is cleared, no ground is taken from them ---


def test_streets_cleared_of_the_militants_things_are_no_ground_taken(gazetteer: Gazetteer) -> None:
    for text in (
        "Army engineers cleared the streets of ISIS mines in Palmyra on Monday.",
        "Army engineers cleared the streets of terrorists' mines in Palmyra on Monday.",
        "Army engineers cleared the streets of the militants’ bombs in Palmyra on Monday.",
    ):
        found = side_and_place_slugs(text, gazetteer, published=JUNE_12_2017)
        assert not [e for e in found if e[0] == "government-regains-territory"], text


def test_ground_cleared_of_the_armed_men_themselves_is_still_taken(gazetteer: Gazetteer) -> None:
    text = "The army cleared Palmyra of IS fighters on Monday. Army engineers cleared the streets of ISIS mines."
    assert side_and_place_slugs(text, gazetteer, published=JUNE_12_2017) == [
        ("government-regains-territory", ["syrian-arab-army"], ["islamic-state"], ["palmyra"])
    ]


def test_cleared_of_their_things_reads_the_adversarial_inputs() -> None:
    # (each "cleared the town of ISIS" is followed by another "cleared", no thing of theirs: read as ground taken)
    assert [len(trigger_matches(text)) for text in CLEARED_THINGS34_TEXTS] == [200, 0, 0, 0]
