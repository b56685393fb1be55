"""A road with a name of its own is a place; a road named after a town is a way to it (seventeenth session;
docs/extraction.md, "Mentions")."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import place_spans as places


def test_a_road_with_a_name_of_its_own_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Rebels shelled the Karmoush road in Aleppo on Monday cutting the last supply line."
    assert ("Karmoush road", "place/local/karmoush-road") in places(text, gazetteer)
    # named after a town the gazetteer knows, the road is the way to it: the town stays, no road is minted
    found = places("Kurdish fighters closed the Hasakeh-Qamishli road on Monday.", gazetteer)
    assert [key for _, key in found] == ["place/al-hasakah-421168649", "place/al-qamishli-1225958399"]
