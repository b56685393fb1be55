"""Engagements at places whose names nobody listed: a side of a city lies in that city (twenty-seventh session,
helper unseeneng27; docs/extraction.md, "Engagements")."""

from __future__ import annotations

from bench.adversarial import CITY_SIDE_NAME27_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement
from loaders.sides_in_cities import SIDE_AND_NAME, with_cities_of_sides

DAMASCUS = "place/damascus-421202165"


def test_an_unlisted_side_of_a_city_is_placed_in_the_city(gazetteer: Gazetteer) -> None:
    """A strike on "opposition-held southern Damascus", a side no table lists, is a strike in Damascus too."""
    text = "Regime helicopters dropped barrel bombs on opposition-held southern Damascus on Friday, killing five."
    engagements = extract(Article("test", "1", text), gazetteer).engagements
    assert [e.places for e in engagements] == [("place/local/southern-damascus", DAMASCUS)]


def test_a_side_of_a_region_gets_no_town(gazetteer: Gazetteer) -> None:
    """Only a town's side is nested in it: "eastern Qalamoun" (mountains) and a quarter's name are left as they are."""
    local = {
        "place/local/eastern-qalamoun": ("place", "eastern Qalamoun"),
        "place/local/al-midan": ("place", "al-Midan"),
    }
    strike = Engagement(key="air-strike@0", type="air-strike", places=tuple(local))
    assert with_cities_of_sides([strike], local, gazetteer) == [strike]


def test_a_side_already_beside_its_city_is_not_repeated(gazetteer: Gazetteer) -> None:
    """The city is added once, and not when the engagement names it already."""
    local = {"place/local/southern-damascus": ("place", "southern Damascus")}
    strike = Engagement(key="air-strike@0", type="air-strike", places=(DAMASCUS, "place/local/southern-damascus"))
    assert with_cities_of_sides([strike], local, gazetteer) == [strike]


def test_side_and_name_on_adversarial_inputs() -> None:
    """The side-and-name pattern reads runs of side words, names and blanks as bench/adversarial.py times them."""
    found = [m.group("name") if (m := SIDE_AND_NAME.fullmatch(text)) else None for text in CITY_SIDE_NAME27_TEXTS]
    assert found[0] is None
    assert found[1] is not None and found[1].startswith("Aa south-west")
    assert found[2] is None
    assert found[3] is None
