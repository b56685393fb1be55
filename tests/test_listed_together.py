"""Places listed together lie together (`loaders.listed_together`), and namesakes the tables list twice a few hundred
metres apart are one place (`place_lookup.one_place`); twenty-first session, helper outplace7. Texts written for
the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import JOINED_GAP, JOINED_NAMES
from loaders import listed_together, place_lookup
from loaders.gazetteer import Gazetteer
from tests.extracted_places import places


def test_a_list_of_respelt_villages_is_read_where_its_pieces_lie_together(gazetteer: Gazetteer) -> None:
    found = places("Warplanes pounded the villages of Sekeik Tamaneh and Atshan at dawn.", gazetteer)
    assert found["Sekeik"] == "place/sukayk-1243350561"
    assert found["Tamaneh"] == "place/at-tamani-ah-1343749053"


def test_a_respelt_village_beside_two_duplicates_of_a_named_village_is_linked(gazetteer: Gazetteer) -> None:
    # the tables list Kadin of al-Haffah twice, 700 m apart: one place, not two namesakes
    found = places("Shells hit Tartiya Kadin and Jabal Nuba areas on Monday.", gazetteer)
    assert found["Kadin"] in ("place/kadin-1242680885", "place/kadin-1327440377")
    assert found["Tartiya"] == "place/tartiyah-1293107507"


def test_namesakes_a_few_hundred_metres_apart_are_one_place(gazetteer: Gazetteer) -> None:
    assert place_lookup.one_place(gazetteer, ["place/kadin-1242680885", "place/kadin-1327440377"]) == [
        "place/kadin-1242680885"
    ]
    # Saraf and Sarraf of Latakia district lie 35 km apart: two villages
    pair = ["place/saraf-1293111649", "place/sarraf-1293213299"]
    assert place_lookup.one_place(gazetteer, pair) == pair


def test_the_loose_skeleton_holds_d_and_t_alike() -> None:
    assert listed_together.loose_skeleton("Kafr Dbeet") == listed_together.loose_skeleton("Kafr Tbit")
    assert listed_together.loose_skeleton("Sekeik") != listed_together.loose_skeleton("Tamaneh")


@pytest.mark.parametrize(
    ("text", "local"),
    [
        # two pieces are chance, not a list's place
        ("Warplanes pounded the villages of Sekeik and Tamaneh at dawn.", "Tamaneh"),
        # names not joined as a list
        ("Warplanes pounded Sekeik on Monday while rebels in Tamaneh shelled the outskirts.", "Tamaneh"),
        # a piece far from the others: the list is not read as lying together
        ("Warplanes pounded the villages of Sekeik Talkalakh and Tamaneh at dawn.", "Tamaneh"),
        # a spelling that may be either of two villages near the list stays unread
        ("Jets bombed the hamlets of Tartiya Kaddin and Deroon on Monday.", "Deroon"),
        # quarters of a city are no located villages
        ("Shells hit the neighborhoods of Bustan al-Qasr al-Kallaseh and al-Sukkari in the city.", "al-Kallaseh"),
    ],
)
def test_a_list_that_does_not_place_its_pieces_leaves_them_local(gazetteer: Gazetteer, text: str, local: str) -> None:
    assert places(text, gazetteer)[local].startswith("place/local/")


def test_names_of_people_and_provinces_are_left_as_they_were(gazetteer: Gazetteer) -> None:
    assert "Sekeik" not in places("The commanders Ahmad Sekeik Omar Tamaneh and Khaled Atshan were killed.", gazetteer)
    found = places("Rebels shelled Daraa Quneitra and Sweida provinces.", gazetteer)
    assert found["Daraa"] == "place/daraa-governorate-85678399"


def test_a_long_run_of_joined_names_is_read(gazetteer: Gazetteer) -> None:
    # their speed is timed by make bench-patterns (bench/adversarial.py)
    found = places(JOINED_NAMES[0], gazetteer)
    assert "Sekeik" not in found and "Tamaneh" not in found
    assert listed_together._JOINED.fullmatch(JOINED_GAP[0]) is None
