"""Places abroad named only as part of another name: a street named for a city, a road's far end, a fighter's origin
(placefp33)."""

from __future__ import annotations

from functools import partial

import pytest

from bench.adversarial import KUNYA33_TEXTS, ROAD33_TEXTS, STREET33_TEXTS, at_every_offset, searched
from loaders.foreign_name_parts import _ENDS_JOIN, KUNYA_OF, ROAD_AFTER, STREET_AFTER
from loaders.gazetteer import Gazetteer
from tests.written import mention_keys

places = partial(mention_keys, kind="place")


@pytest.mark.parametrize(
    ("text", "far", "home"),
    [
        ("Rebels seized a stretch of the Damascus-Beirut highway near Zabadani on Monday.", "Beirut", "Damascus"),
        ("Traffic on the Damascus - Amman road resumed after the crossing opened.", "Amman", "Damascus"),
        ("The Amman-Damascus international highway was closed again.", "Amman", "Damascus"),
        ("Trucks queued on the Aleppo-Gaziantep road for a second day.", "Gaziantep", "Aleppo"),
    ],
)
def test_a_roads_far_end_abroad_is_no_place(text: str, far: str, home: str, gazetteer: Gazetteer) -> None:
    found = places(text, gazetteer)
    assert far not in found
    assert found[home].startswith("place/")


@pytest.mark.parametrize(
    ("text", "city", "home"),
    [
        ("A car bomb exploded on Baghdad Street in Damascus, killing five people.", "Baghdad", "Damascus"),
        ("Shells landed near the Cairo Street roundabout in Aleppo.", "Cairo", "Aleppo"),
        ("A protest was held on Beirut St. in the city of Homs.", "Beirut", "Homs"),
    ],
)
def test_a_city_abroad_naming_a_street_is_no_place(text: str, city: str, home: str, gazetteer: Gazetteer) -> None:
    found = places(text, gazetteer)
    assert city not in found
    assert found[home].startswith("place/")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hezbollah sent fighters from Beirut to Qusayr along the road, a source said.", "Beirut"),
        ("He was flown from Beirut to Damascus on Monday.", "Beirut"),
        ("Convoys crossed into Syria from Gaziantep in Turkey.", "Gaziantep"),
        ("Traffic from Beirut crossed the Lebanon-Syria highway on Monday.", "Beirut"),
        ("Syrian Foreign Minister Walid al-Muallem arrived in Beirut on Monday.", "Beirut"),
        ("Israeli jets struck a convoy on the Syria-Lebanon border road.", "Lebanon"),
    ],
)
def test_a_place_abroad_meant_as_a_place_stays(text: str, kept: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)[kept].startswith("place/")


def test_a_syrian_towns_name_on_a_road_or_street_stays(gazetteer: Gazetteer) -> None:
    found = places("Rebels cut the Aleppo-Damascus highway, and a shell hit Homs Street in Hama.", gazetteer)
    assert {"Aleppo", "Damascus", "Hama"} <= set(found)
    assert found["Homs"] == "place/homs-421168647"


def test_the_adversarial_texts_read_whole_words() -> None:
    streets, blanks, abbreviated, plural = (at_every_offset(STREET_AFTER)(text) for text in STREET33_TEXTS)
    assert set(streets) == {" Street"} and len(streets) == 714
    assert blanks == [] and plural == []
    assert set(abbreviated) == {" St."} and len(abbreviated) == 1250
    international, road_blanks, highways, spaced, dashes = (at_every_offset(ROAD_AFTER)(t) for t in ROAD33_TEXTS)
    assert international == [] and road_blanks == [] and spaced == [] and dashes == []
    assert set(highways) == {" highway"} and len(highways) == 625
    joins = [at_every_offset(_ENDS_JOIN)(text) for text in ROAD33_TEXTS]
    assert joins[0] == [] and joins[1] == [] and joins[2] == []
    assert {join.strip() for join in joins[3]} == {"-"} and joins[4] == ["-"] * 5000


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Three foreign fighters, including Abu Hamza of Egypt, were killed in the ambush near Palmyra.", "Egypt"),
        ("Among the dead near Palmyra was Abu Obaida al-Tunisi of Tunisia, a senior commander.", "Tunisia"),
        ("Abu Hafs of Jordan led the assault on the checkpoint near Palmyra.", "Jordan"),
    ],
)
def test_a_fighters_origin_after_his_by_name_is_no_place(text: str, origin: str, gazetteer: Gazetteer) -> None:
    found = places(text, gazetteer)
    assert origin not in found
    assert found["Palmyra"].startswith("place/")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Abu Ahmed of Saraqib said the bombing lasted all night.", "Saraqib"),
        ("Abu Mohammed from Turkey told AFP the border was closed.", "Turkey"),
        ("Abu Hamza, of Egypt, was killed.", "Egypt"),
        ("Fighters of Abu Hamza's unit came from Egypt.", "Egypt"),
    ],
)
def test_a_place_after_a_by_name_but_not_glued_to_it_stays(text: str, kept: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)[kept].startswith("place/")


def test_the_kunya_texts_find_no_by_name_without_its_of() -> None:
    runs, names, ofs, far = (searched(KUNYA_OF)(text) for text in KUNYA33_TEXTS)
    assert runs is None and ofs is None and far is None and names is None
