"""A vote or an authorisation of strikes, and a truce declared over, tell no engagement (seventeenth session,
`loaders/decided_not_done.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "decided",
    [
        "British MPs voted in favour of air strikes against IS in Syria.",
        "The senator voted against bombing Raqqa.",
        "The advance prompted the president to authorize airstrikes against IS fighters in Deir Ezzor.",
        "Parliament approved the bombing of IS targets near Raqqa.",
    ],
)
def test_a_vote_or_authorisation_is_no_strike(decided: str, gazetteer: Gazetteer) -> None:
    assert detect(decided, gazetteer) == []
    assert detect("US warplanes bombed IS targets near Raqqa on Monday.", gazetteer) != []


def test_a_truce_declared_over_is_no_truce_made(gazetteer: Gazetteer) -> None:
    assert detect("The Syrian army declared the week-long ceasefire in Aleppo over on Monday.", gazetteer) == []
    made = "The Syrian army declared a week-long ceasefire in Aleppo on Monday."
    assert [d.type for d in detect(made, gazetteer)] == ["ceasefire"]
    made_over = "Russia and Turkey agreed a truce over Aleppo on Monday."
    assert [d.type for d in detect(made_over, gazetteer)] == ["ceasefire"]


def test_a_de_escalation_declared_over_is_no_truce_made(gazetteer: Gazetteer) -> None:
    # the truce nouns are truce_words.TRUCE_NOUNS, "de-escalation" among them (eighteenth session, review2)
    assert detect("The army declared the de-escalation zone in Idlib over on Tuesday.", gazetteer) == []
    made = "Russia and Turkey declared a de-escalation zone in Idlib on Tuesday."
    assert [d.type for d in detect(made, gazetteer)] == ["ceasefire"]
