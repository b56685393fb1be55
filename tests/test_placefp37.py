"""False place links (thirty-seventh session, helper placefp37; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import mention_keys

DUMA_DISTRICT = "place/duma-district-1108779079"
DOUMA_TOWN = "place/douma-890442375"


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
