"""Places28's rules: a small place abroad in a story about Syria that never names its country is a local place's
namesake (`foreign_namesakes`); a three-consonant skeleton names the one place in Syria that has it when that place
lies by a town the article names (`fuzzy_places._short_skeleton`): sentences written for these tests, never copied
from a corpus."""

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


def test_a_city_wikidata_knows_is_named_bare(gazetteer: Gazetteer) -> None:
    text = OPENING + "The government in Baghdad said officials in Mosul would send aid."
    assert {"place/baghdad-421178393", "place/mosul-421186153"} <= place_keys(gazetteer, text)


def test_a_story_that_names_no_place_in_syria_is_left_alone(gazetteer: Gazetteer) -> None:
    assert SINAH in place_keys(gazetteer, "Jets destroyed a depot near the al-Sinaa area on Monday.")


def test_a_village_in_syria_stays_linked_where_syria_is_never_named(gazetteer: Gazetteer) -> None:
    # Syria is the country of the story: its places need no country named (a first version unlinked them)
    assert "place/tall-halaf-1242974937" in place_keys(gazetteer, "Clashes erupted near Tel Helaf on Monday.")


def test_country_names_pattern_on_adversarial_inputs() -> None:
    pattern = names_pattern({"Iraq", "Iraqi"})
    found = [[m.group() for m in pattern.finditer(text)] for text in COUNTRY28_TEXTS]
    assert [len(f) for f in found] == [0, 833, 0, 1]
    assert set(found[1]) == {"Iraqs"} and found[3] == ["Iraqi"]


QADSAYYA = "place/qadsayya-1226439569"  # a suburb 7 km west of Damascus, the only place in Syria spelled "q-d-s"
AS_SUHUM = "place/as-suhum-1344237029"  # a village by Jisr al-Shughur, the only place in Syria spelled "s-h-m"


def test_a_three_consonant_name_by_a_named_town_is_its_one_place(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck Damascus on Monday. Rebels left the suburb of Qudsaya after a deal.")
    assert QADSAYYA in keys
    assert "place/local/qudsaya" not in keys


def test_a_three_consonant_name_far_from_the_named_towns_stays_local(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck Aleppo on Monday. Rebels left the suburb of Qudsaya after a deal.")
    assert QADSAYYA not in keys
    assert "place/local/qudsaya" in keys


def test_a_piece_of_a_longer_name_is_no_three_consonant_reading(gazetteer: Gazetteer) -> None:
    text = "Jets struck Homs, Talbiseh and Jisr al-Shughour on Monday. Shells hit a farm in Khrab al-Shahm town."
    keys = place_keys(gazetteer, text)
    assert AS_SUHUM not in keys
    assert "place/local/khrab-al-shahm" in keys
