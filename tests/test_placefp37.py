"""False place links (thirty-seventh session, helper placefp37; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from bench.adversarial import DISTRICT37_TEXTS, OFFICE37_TEXTS, _fullmatched, _matched, searched
from loaders.gazetteer import Gazetteer
from loaders.place_readings import _DISTRICT_BEFORE
from loaders.speaking_offices import _GROUND_BEFORE, _OFFICE_NAME, _SOURCE_AT, _SPEAKS_AFTER
from tests.written import mention_keys

DUMA_DISTRICT = "place/duma-district-1108779079"
DOUMA_TOWN = "place/douma-890442375"
HAMA_GOVERNORATE = "place/hama-governorate-85678363"


def test_the_district_named_before_its_seat_is_the_district(gazetteer: Gazetteer) -> None:
    """The District of Douma is the district (the tables spell it "Duma District"), not the town."""
    text = "Regime artillery hit a crowded market in the District of Douma in Rural Damascus on Monday."
    assert mention_keys(text, gazetteer, "place")["District of Douma"] == DUMA_DISTRICT


def test_the_town_without_the_district_noun_stays_the_town(gazetteer: Gazetteer) -> None:
    text = "Regime artillery hit a crowded market in Douma in Rural Damascus on Monday."
    assert mention_keys(text, gazetteer, "place")["Douma"] == DOUMA_TOWN


def test_a_quarter_called_a_district_of_its_city_is_left(gazetteer: Gazetteer) -> None:
    """The district of Zahra in Homs names a quarter: no district of the tables bears its name."""
    found = mention_keys("Clashes raged in the district of Zahra in Homs on Sunday.", gazetteer, "place")
    assert "Zahra" in found


def test_a_governorate_a_source_works_at_is_no_place(gazetteer: Gazetteer) -> None:
    """A source at Hama Governorate told SANA: the governor's office, not the province."""
    text = "A source at Hama Governorate told SANA that a car bomb went off in Salamiyeh on Monday."
    assert "Hama Governorate" not in mention_keys(text, gazetteer, "place")


def test_a_governorate_that_speaks_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Hama Governorate said in a statement that shells hit Salamiyeh on Monday."
    assert "Hama Governorate" not in mention_keys(text, gazetteer, "place")


def test_sources_in_a_governorate_name_the_province(gazetteer: Gazetteer) -> None:
    """A preposition before the name makes it ground, though a verb of saying follows."""
    text = "Sources in Hama Governorate said shells hit Salamiyeh on Monday."
    assert mention_keys(text, gazetteer, "place")["Hama Governorate"] == HAMA_GOVERNORATE


def test_a_governorate_shelled_stays_the_province(gazetteer: Gazetteer) -> None:
    text = "Shells hit villages in Hama Governorate on Monday, a source at the hospital said."
    assert mention_keys(text, gazetteer, "place")["Hama Governorate"] == HAMA_GOVERNORATE


def test_the_new_patterns_find_nothing_in_their_adversarial_inputs() -> None:
    """The bench's inputs hold no whole phrase of any pattern: each call runs through and finds nothing."""
    assert [searched(_DISTRICT_BEFORE)(text) for text in DISTRICT37_TEXTS] == [None] * len(DISTRICT37_TEXTS)
    readers = (_fullmatched(_OFFICE_NAME), searched(_SOURCE_AT), searched(_GROUND_BEFORE), _matched(_SPEAKS_AFTER))
    assert [read(text) for read in readers for text in OFFICE37_TEXTS] == [None] * (4 * len(OFFICE37_TEXTS))
    assert _DISTRICT_BEFORE.search("a market in the District of ") and _SOURCE_AT.search("A source at the ")
