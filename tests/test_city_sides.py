"""A provincial capital read as its city when a quarter of it is named, and a held side of a large city read as a place
of its own (seventeenth session; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.leave_out import write_reference_without
from loaders.extract import extract
from loaders.gazetteer import REFERENCE_DIR, Gazetteer
from loaders.model import Article
from loaders.reference_tables import read_tables


def places(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(text, key) of the place mentions extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return [(text[m.span.start : m.span.end], m.key) for m in found.mentions if m.kind == "place"]


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
