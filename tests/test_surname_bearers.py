"""A known person's surname after another given name is someone else (loaders/surname_bearers.py)."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import written

BASHAR = "actor/bashar-al-assad"


def actor_keys(body: str, gazetteer: Gazetteer) -> set[str]:
    """The keys of the actors the extractor finds in body."""
    found = written(body, gazetteer, published=date(2016, 5, 1), identifier="surname")
    return {m.key for m in found.mentions if m.kind == "actor"}


@pytest.mark.parametrize(
    "body",
    [
        "Rifaat al-Assad returned to Damascus after years in exile.",
        "Maher al-Assad commands the division that shelled the town.",
    ],
)
def test_a_surname_after_another_given_name_is_not_the_known_person(body: str, gazetteer: Gazetteer) -> None:
    assert BASHAR not in actor_keys(body, gazetteer)


def test_a_surname_without_article_after_another_given_name_is_not_the_known_person(gazetteer: Gazetteer) -> None:
    keys = actor_keys("Saudi officials welcomed Ivanka Trump during her visit to Riyadh on Monday.", gazetteer)
    assert "actor/donald-trump" not in keys


@pytest.mark.parametrize(
    "body",
    [
        "Syrian President Assad met the envoy on Monday.",
        "In a speech in Damascus Assad said the war would go on.",
        "On Friday Assad said the war would go on.",
        "However al-Assad said he would stay in power.",
        "Bashar Assad said the war would go on.",
    ],
)
def test_the_known_person_keeps_his_surname_after_titles_places_and_openers(body: str, gazetteer: Gazetteer) -> None:
    assert BASHAR in actor_keys(body, gazetteer)


def test_a_credit_running_into_the_surname_leaves_the_person(gazetteer: Gazetteer) -> None:
    # FA-KES lost the punctuation after a photo credit: "Jane Roe" is the photographer, "Assads officials" the man's.
    assert BASHAR in actor_keys("The photo is by Jane Roe Assads officials denied the attack.", gazetteer)


def test_a_headline_capitalising_its_verb_leaves_the_person(gazetteer: Gazetteer) -> None:
    assert BASHAR in actor_keys("Coalition Presses for Stopping Assads Onslaught on Aleppo", gazetteer)


@pytest.mark.parametrize(
    "body", ["Syrian leader Bashir Assad met the envoy.", "Officials said Basher Assad met the envoy."]
)
def test_the_known_persons_given_name_in_another_spelling_keeps_him(body: str, gazetteer: Gazetteer) -> None:
    # review: wires vary a given name's vowels ("Bashir", "Basher" for "Bashar"); it is still his name
    assert BASHAR in actor_keys(body, gazetteer)
