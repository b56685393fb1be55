"""Places abroad the gazetteer holds no place for (loaders/abroad.py), on sentences written for these tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.model import Extraction
from tests.written import written as _read


def _places(x: Extraction) -> set[str]:
    return {m.key for m in x.mentions if m.kind == "place"}


def test_a_capital_named_where_is_a_local_place(gazetteer: Gazetteer) -> None:
    x = _read("Diplomats in Moscow expect the talks to resume next month.", gazetteer)
    assert "place/local/moscow" in _places(x)
    assert x.local_entities["place/local/moscow"] == ("place", "Moscow")


def test_the_city_a_wire_files_from_is_a_local_place(gazetteer: Gazetteer) -> None:
    x = _read("Talks stall again\nLondon AFP Tuesday 3 May 2016\nThe envoys met for an hour.", gazetteer)
    assert "place/local/london" in _places(x)


def test_a_capital_acting_stays_the_state(gazetteer: Gazetteer) -> None:
    x = _read("Washington accused the militia of shelling Afrin on Monday.", gazetteer)
    assert "place/local/washington" not in _places(x)
    x = _read("The rebels asked for more support from Riyadh and sent a letter to Paris.", gazetteer)
    assert not {"place/local/riyadh", "place/local/paris"} & _places(x)
    x = _read("The envoy flew to Riyadh after a week of talks.", gazetteer)
    assert "place/local/riyadh" in _places(x)


def test_a_region_people_come_from_is_a_local_place(gazetteer: Gazetteer) -> None:
    x = _read("The ministry said twelve natives of the North Caucasus were among the dead.", gazetteer)
    assert "place/local/north-caucasus" in _places(x)
    x = _read("A doctor from Homs who now lives in Europe said the clinic had closed.", gazetteer)
    assert "place/local/europe" in _places(x)


def test_a_region_named_where_is_a_local_place(gazetteer: Gazetteer) -> None:
    x = _read("The envoy has toured capitals in the Middle East for a week.", gazetteer)
    assert "place/local/middle-east" in _places(x)


def test_a_region_named_otherwise_is_no_place(gazetteer: Gazetteer) -> None:
    x = _read("Europe has pledged more aid to the displaced in Idlib.", gazetteer)
    assert "place/local/europe" not in _places(x)


def test_a_place_abroad_is_never_where_an_engagement_happened(gazetteer: Gazetteer) -> None:
    x = _read("An engineer who lives in Europe said warplanes bombed Saraqeb on Sunday killing six.", gazetteer)
    assert "place/local/europe" in _places(x)
    assert x.engagements and all("place/local/europe" not in e.places for e in x.engagements)
    x = _read("Officials in Paris said warplanes bombed Saraqeb on Sunday killing six.", gazetteer)
    assert "place/local/paris" in _places(x)
    assert x.engagements and all("place/local/paris" not in e.places for e in x.engagements)
