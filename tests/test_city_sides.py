"""A provincial capital read as its city when a quarter of it is named, and a held side of a large city read as a place
of its own (seventeenth session; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.adversarial import CITY_SIDE25_TEXTS
from graph.leave_out import write_reference_without
from loaders.capital_readings import _LAND_NOUN_AFTER
from loaders.gazetteer import REFERENCE_DIR, Gazetteer
from loaders.reference_tables import read_tables
from tests.written import place_spans as places

HOMS_CITY = "place/homs-421168647"
HOMS_PROVINCE = "place/homs-governorate-85678367"


@pytest.fixture(scope="module")
def without_hand_places(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The gazetteer with the hand-added Syrian places (East Aleppo among them) left out."""
    tables = tmp_path_factory.mktemp("lhpo") / "reference"
    write_reference_without("hand-places", Path(REFERENCE_DIR), tables)
    return Gazetteer(*read_tables(tables))


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fell on the Qasr Nour neighbourhood of Hama on Monday. The governor of Hama province said two died.",
        "Rockets fell on the Hama Qasr Nour neighbourhood on Monday. The governor of Hama province said two died.",
        "Rockets fell on residential neighbourhoods in Hama on Monday. The governor of Hama province said two died.",
    ],
)
def test_a_capital_holding_a_quarter_is_the_city(text: str, gazetteer: Gazetteer) -> None:
    found = places(text, gazetteer)
    assert ("Hama", "place/hama-421202161") in found
    assert ("Hama", "place/hama-governorate-85678363") not in found
    # named bare beside its province, with no quarter, the capital is still the province
    bare = places("Rockets fell on Hama on Monday. The governor of Hama province said two died.", gazetteer)
    assert ("Hama", "place/hama-governorate-85678363") in bare


def test_a_quarter_inside_a_longer_name_leaves_the_capital_alone(gazetteer: Gazetteer) -> None:
    text = "Shells hit the Ghazal neighbourhood in Hama al-Jadida on Monday. The governor of Hama province spoke."
    assert ("Hama", "place/hama-421202161") not in places(text, gazetteer)


def test_a_held_side_of_a_large_city_is_a_place_wherever_named(gazetteer: Gazetteer) -> None:
    text = "Shells fell on besieged southern Damascus on Monday. Aid has not reached southern Damascus since May."
    assert places(text, gazetteer) == [("southern Damascus", "place/local/southern-damascus")] * 2
    # held by no one named, the side stays the city; a side the tables list keeps its entry
    assert places("Shells fell on southern Damascus on Monday.", gazetteer) == [
        ("Damascus", "place/damascus-421202165")
    ]
    assert places("Shells fell on rebel-held eastern Aleppo.", gazetteer) == [("eastern Aleppo", "place/east-aleppo")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Shells fell on rebel-held eastern Aleppo. No aid reached eastern Aleppo.", "eastern Aleppo"),
        ("Civilians in opposition-held east Aleppo fled. Strikes hit east Aleppo again.", "east Aleppo"),
    ],
)
def test_an_unlisted_held_side_is_neither_the_city_nor_its_province(
    text: str, side: str, without_hand_places: Gazetteer
) -> None:
    key = "place/local/" + side.lower().replace(" ", "-")
    assert places(text, without_hand_places) == [(side, key)] * 2
    # the side of the province named after the city stays the province
    found = places("Rebels shelled rebel-held northern Aleppo province.", without_hand_places)
    assert found == [("northern Aleppo", "place/aleppo-governorate-85678359")]


# Twenty-fifth session (helper capital25): a governorate's noun after the side keeps it the province
@pytest.mark.parametrize(
    ("text", "side", "key"),
    [
        ("Shells fell on the Waer neighbourhood in western Homs province.", "western Homs", HOMS_PROVINCE),
        ("Shells fell on the Waer neighbourhood in western Homs governorate.", "western Homs", HOMS_PROVINCE),
        ("Shells fell on the Waer neighbourhood in western Homs.", "western Homs", HOMS_CITY),
        ("Shells fell on the Waer neighbourhood in western Homs provinces' capital.", "western Homs", HOMS_CITY),
        ("Shells fell on the Waer neighbourhood in western Homs, the province's capital.", "western Homs", HOMS_CITY),
        ("Shells fell on the Waer neighbourhood in western Homs as province officials met.", "western Homs", HOMS_CITY),
    ],
)
def test_a_side_followed_by_a_province_noun_is_not_the_city_of_the_quarter(
    text: str, side: str, key: str, gazetteer: Gazetteer
) -> None:
    assert dict(places(text, gazetteer))[side] == key


def test_the_land_noun_reads_adversarial_text() -> None:
    # the length and start of what it finds in each text (blanks from their start only, so one match, linear in
    # the blanks); its speed is timed by make bench-patterns
    found = [_LAND_NOUN_AFTER.search(text) for text in CITY_SIDE25_TEXTS]
    assert [(len(m.group()), m.start()) if m else None for m in found] == [(4998, 0), (9, 8), None, None]
