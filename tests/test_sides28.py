"""Sides read wrong that the twenty-eighth session's first round saw (helper sides28; docs/extraction.md, "Mentions",
"Engagements")."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def actors(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(text, key) of the actor mentions of one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return [(m.span.text(text), m.key) for m in found.mentions if m.kind == "actor"]


def test_a_capital_with_its_apostrophe_dropped_is_its_state(gazetteer: Gazetteer) -> None:
    text = "The opposition asked for an end to Moscows air campaign over the north on Monday."
    assert ("Moscow", "actor/russia") in actors(text, gazetteer)


def test_a_capital_that_is_also_a_place_with_its_apostrophe_dropped_is_its_state(gazetteer: Gazetteer) -> None:
    text = "Ankaras troops shelled villages near Afrin on Monday."
    found = actors(text, gazetteer)
    assert found and found[0][1] == "actor/turkish-armed-forces"


def test_a_country_with_its_apostrophe_dropped_stays_the_land(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Syrias north on Monday."
    assert actors(text, gazetteer) == []


def test_a_capital_without_a_possessive_is_still_a_place(gazetteer: Gazetteer) -> None:
    text = "Talks were held in Moscow on Monday."
    assert actors(text, gazetteer) == []
