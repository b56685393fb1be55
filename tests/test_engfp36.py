"""Thirty-sixth session (helper engfp36): a deed against a whole people ("massacres against the Syrian people")
reports no engagement; the day's news beside it is still read. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import PEOPLE36_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.whole_people import _WHOLE_PEOPLE
from tests.probed_news import read_after_news

NEWS = [("air-strike", ["saraqib"])]


@pytest.mark.parametrize(
    "probe",
    [
        # a whole people as the victim: a charge that sums the war up
        "The coalition said silence over Russias massacres against the Syrian people is complicity.",
        "The opposition said the regime has committed massacres against its own people.",
    ],
)
def test_a_deed_against_a_whole_people_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


def test_people_counted_are_no_whole_people(gazetteer: Gazetteer) -> None:
    # people counted, not a whole people: the day's shelling stays
    probe = "Government forces shelled Douma on Monday, killing 12 people."
    assert ("shelling", ["douma"]) in read_after_news(probe, gazetteer)


def test_the_patterns_on_their_adversarial_inputs() -> None:
    # no run names a whole people after its preposition
    assert [_WHOLE_PEOPLE.search(text) for text in PEOPLE36_TEXTS] == [None] * len(PEOPLE36_TEXTS)
