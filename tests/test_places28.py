"""Places28's rules: a small place abroad in a story about Syria that never names its country is a local place's
namesake (`foreign_namesakes`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import COUNTRY28_TEXTS
from loaders.foreign_namesakes import names_pattern
from loaders.gazetteer import Gazetteer

DEIR_EZZOR_CITY = "place/deir-ez-zor-421202167"
SINAH = "place/sinah-890449801"  # a town of Dohuk governorate in Iraq, with coordinates in the tables
OPENING = "Troops fought in Deir Ezzor city on Monday. "


def test_a_town_abroad_in_a_story_about_syria_is_a_local_namesake(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, OPENING + "Jets destroyed a depot near the al-Sinaa area.")
    assert SINAH not in keys
    assert {DEIR_EZZOR_CITY, "place/local/al-sinaa"} <= keys


def test_the_country_named_keeps_the_town_abroad(gazetteer: Gazetteer) -> None:
    text = OPENING + "Jets destroyed a depot near the al-Sinaa area in northern Iraq."
    assert SINAH in place_keys(gazetteer, text)


def test_the_countrys_adjective_keeps_the_town_abroad(gazetteer: Gazetteer) -> None:
    assert SINAH in place_keys(gazetteer, OPENING + "Iraqi jets destroyed a depot near the al-Sinaa area.")


def test_another_place_of_the_country_keeps_the_town_abroad(gazetteer: Gazetteer) -> None:
    text = OPENING + "Jets destroyed a depot near the al-Sinaa area and Zakho."
    assert {SINAH, "place/zakho-421174995"} <= place_keys(gazetteer, text)


def test_a_story_that_names_no_place_in_syria_is_left_alone(gazetteer: Gazetteer) -> None:
    assert SINAH in place_keys(gazetteer, "Jets destroyed a depot near the al-Sinaa area on Monday.")


def test_country_names_pattern_on_adversarial_inputs() -> None:
    pattern = names_pattern({"Iraq", "Iraqi"})
    found = [[m.group() for m in pattern.finditer(text)] for text in COUNTRY28_TEXTS]
    assert [len(f) for f in found] == [0, 833, 0, 1]
    assert set(found[1]) == {"Iraqs"} and found[3] == ["Iraqi"]
