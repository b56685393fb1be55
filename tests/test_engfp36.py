"""Thirty-sixth session (helper engfp36): a deed against a whole people ("massacres against the Syrian people")
reports no engagement, and "besieged" after a possessive that a preposition governs ("in the city's besieged
districts") describes the places it names; the day's news beside them is still read. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BESIEGED36_TEXTS, PEOPLE36_TEXTS
from loaders.besieged_nouns import _COMMON_NOUN_NEXT, _POSSESSIVE_AFTER_PREPOSITION
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


@pytest.mark.parametrize(
    "probe",
    [
        # "besieged" after a possessive governed by a preposition, before a common noun: a description, no siege
        "Doctors said the strikes closed both clinics in the towns besieged districts.",
        "Aid workers in Idlib said food had run out in the city's besieged neighbourhoods.",
    ],
)
def test_besieged_after_a_possessive_describes_places(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


def test_besieged_as_a_verb_stays_a_siege(gazetteer: Gazetteer) -> None:
    # no preposition before the plural: "besieged" is the verb of the rebels, a siege told
    probe = "Rebels besieged villages near Saraqib on Tuesday."
    assert ("siege", ["saraqib"]) in read_after_news(probe, gazetteer)


def test_the_patterns_on_their_adversarial_inputs() -> None:
    # no run names a whole people after its preposition
    assert [_WHOLE_PEOPLE.search(text) for text in PEOPLE36_TEXTS] == [None] * len(PEOPLE36_TEXTS)
    # no possessive run ends right before the end of the text, and no run holds a common noun of places
    assert [_POSSESSIVE_AFTER_PREPOSITION.search(text) for text in BESIEGED36_TEXTS] == [None] * len(BESIEGED36_TEXTS)
    assert [_COMMON_NOUN_NEXT.search(text) for text in BESIEGED36_TEXTS] == [None] * len(BESIEGED36_TEXTS)
