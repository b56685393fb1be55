"""Thirtieth session (helper probe30): common names of sides that written news sentences use and the actor table
lacks. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BACKER30_TEXTS, OFFICIAL_HIT30_TEXTS, searched
from loaders.aliases import fold
from loaders.backer_names import BACKED
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.places_of_events import _OFFICIAL_HIT
from tests.written import side_slugs as _told

# --- a militia's men are the militia ---


def test_militiamen_fold_to_militia() -> None:
    assert fold("militiamen") == fold("militia")


def test_kurdish_militiamen_are_the_kurdish_militia(gazetteer: Gazetteer) -> None:
    told = _told("Kurdish militiamen attacked an Islamic State position near Hasakeh on Monday.", gazetteer)
    assert told == [("armed-clash", ["peoples-protection-units"], ["islamic-state"])]


def test_militiamen_of_no_named_militia_stay_unlinked(gazetteer: Gazetteer) -> None:
    # the table names no "tribal militia": the fold adds no side of its own
    told = _told("Tribal militiamen attacked an Islamic State position near Hasakeh on Monday.", gazetteer)
    assert told == [("armed-clash", [], ["islamic-state"])]


# --- one soldier named as the table names many ---


def test_a_syrian_soldier_is_of_the_syrian_soldiers(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State militants beheaded a Syrian soldier in Raqqa on Monday.", gazetteer)
    assert told == [("attack-on-civilians", ["islamic-state"], ["syrian-arab-army"])]


def test_a_soldier_of_no_named_force_stays_unlinked(gazetteer: Gazetteer) -> None:
    # "a soldier" alone: the table names no bare "soldiers"
    told = _told("Islamic State militants beheaded a soldier in Raqqa on Monday.", gazetteer)
    assert told == [("attack-on-civilians", ["islamic-state"], [])]


# --- a backer named by its country or capital ---


@pytest.mark.parametrize(
    "text",
    [
        "Turkey-backed rebels attacked Kurdish fighters near Afrin on Sunday.",
        "Ankara-backed factions shelled Kurdish positions near Afrin on Sunday.",
    ],
)
def test_a_backer_named_by_its_country_is_the_turkish_backed_force(text: str, gazetteer: Gazetteer) -> None:
    told = _told(text, gazetteer)
    assert len(told) == 1
    assert told[0][1:] == (["syrian-national-army"], ["peoples-protection-units"])


def test_the_backing_country_itself_is_not_the_force(gazetteer: Gazetteer) -> None:
    # Turkey's own troops: the state's army, not the rebels it backs
    told = _told("Turkish troops attacked Kurdish fighters near Afrin on Sunday.", gazetteer)
    assert told == [("armed-clash", ["turkish-armed-forces"], ["peoples-protection-units"])]


def test_backed_adversarial_inputs() -> None:
    assert [searched(BACKED)(t) for t in BACKER30_TEXTS] == [None, None, None, "Turkey-backed rebels", None]


# --- an official a deed fell on is its victim, where it fell, not a speaker's seat ---


def _places(text: str, gazetteer: Gazetteer) -> list[list[str]]:
    """Each engagement's place slugs."""
    x = extract(Article("test", "t", text), gazetteer)
    return [[k.split("/")[-1] for k in e.places] for e in x.engagements]


def test_an_official_killed_in_a_town_places_the_killing(gazetteer: Gazetteer) -> None:
    text = "Rebels killed a government official in Daraa on Tuesday."
    assert _places(text, gazetteer) == [["daraa-421197257"]]


def test_an_official_speaking_from_a_town_still_does_not_place_it(gazetteer: Gazetteer) -> None:
    # the official speaks from Homs; the shelling he tells of is in Daraa
    text = "Rebels shelled Daraa on Tuesday, killing five soldiers, an official in Homs said."
    assert _places(text, gazetteer) == [["daraa-421197257"]]


def test_official_hit_adversarial_inputs() -> None:
    found = [searched(_OFFICIAL_HIT)(t) for t in OFFICIAL_HIT30_TEXTS]
    assert found == [None, None, None, "killed a official in the ", None]
