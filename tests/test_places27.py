"""Places27's rules: a place named with a number and a place noun is a place of its own (`numbered_places`);
quarters listed after "the neighbourhoods of" in a sentence that names no city belong to the city named last before it
(`namesakes._quarters_after_the_noun`); a village placed "in" a governorate the gazetteer does not put it in is a
namesake (`placed_in`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import IN_LAND27_TEXTS, NUMBERED27_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.numbered_places import NUMBERED, NUMBERED_NAME
from loaders.placed_in import IN_LAND

DEIR_EZZOR_CITY = "place/deir-ez-zor-421202167"
AR_RUSHDI = "place/ar-rushdi-1243384881"  # a village of Deir ez-Zor province, 35 km from the city
AL_HUSAYNIYAH = "place/al-husayniyah-1326851827"  # a village 3 km from the city, in its reach
RAQQA_CITY = "place/raqqa-421172833"
OPENING = "Troops pushed into Deir Ezzor on Monday. "


def test_a_village_out_of_the_earlier_citys_reach_is_no_quarter(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Kanamat and al-Rushdiyeh."
    keys = place_keys(gazetteer, text)
    assert AR_RUSHDI not in keys
    assert {DEIR_EZZOR_CITY, "place/local/al-rushdiyeh"} <= keys


def test_a_village_within_the_citys_reach_stays_linked(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Kanamat and al-Husseiniyeh."
    assert AL_HUSAYNIYAH in place_keys(gazetteer, text)


def test_a_list_that_names_a_city_is_left_alone(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Rushdiyeh and Raqqa."
    assert {AR_RUSHDI, RAQQA_CITY} <= place_keys(gazetteer, text)


RASHA_OF_HAMA = "place/rasha-1242867839"  # a village of Hama province
ARD_AL_WATA = "place/ard-al-wata-1293102053"  # a village of Latakia province
KAFR_NAYA = "place/kafr-naya-1259869379"  # a village of Aleppo province
KAFR_NABL = "place/kafr-nabl-890449847"  # a known town of Idlib province


def test_a_village_placed_in_another_governorate_is_a_namesake(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen shelled the villages of Ard al-Wata and Rasha in Lattakia on Monday.")
    assert RASHA_OF_HAMA not in keys
    assert {"place/local/rasha", ARD_AL_WATA} <= keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the village's own governorate
        ("Gunmen shelled the village of Rasha in Hama on Monday.", RASHA_OF_HAMA),
        ("Troops retook the village of Kafr Naya in the northern countryside of Aleppo.", KAFR_NAYA),
        # a known town is no hamlet a writer would misplace by a namesake
        ("Jets struck Kafr Nabl in Aleppo on Monday.", KAFR_NABL),
    ],
)
def test_a_village_in_its_own_governorate_or_a_town_stays(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_the_gap_before_the_governorate_reads_no_run() -> None:
    assert [IN_LAND.fullmatch(text) for text in IN_LAND27_TEXTS] == [None] * len(IN_LAND27_TEXTS)
    assert IN_LAND.fullmatch(" in the eastern ") is not None


def test_a_numbered_area_is_a_place_of_its_own(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Army units shelled militant positions in al-Rashideen 4 area on Monday.")
    assert "place/local/al-rashideen-4" in keys
    assert "place/local/al-rashideen" not in keys


def test_a_numbered_quarter_of_a_known_town_is_not_the_town(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "The blast hit Dummar 1 district of Damascus.")
    assert "place/local/dummar-1" in keys
    assert "place/dummar-1242860585" not in keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Army units shelled positions in al-Rashideen 4 km west of the city.", "place/local/al-rashideen"),
        ("Shells killed 10 in Aleppo 12 in Idlib and 3 in Hama.", "place/idlib-890432567"),
    ],
)
def test_a_number_with_no_place_noun_is_no_part_of_the_name(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_the_number_pattern_reads_no_run() -> None:
    assert [[m.group() for m in NUMBERED.finditer(text)] for text in NUMBERED27_TEXTS] == [[], [" 4"], [], [], []]
    assert [bool(NUMBERED_NAME.search(text)) for text in NUMBERED27_TEXTS] == [False, False, True, False, False]
