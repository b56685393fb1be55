"""Suburb37's reading of a city named as an unnamed suburb's reference point: sentences written for these tests."""

from __future__ import annotations

from bench.adversarial import SUBURB37_TEXTS, found
from loaders.gazetteer import Gazetteer
from loaders.reference_cities import _INDEFINITE_BEFORE, _UNNAMED_SUBURB_AFTER
from tests.written import place_keys, place_slugs

DAMASCUS = "place/damascus-421202165"


def test_a_city_locating_an_unnamed_suburb_is_linked_but_places_no_event(gazetteer: Gazetteer) -> None:
    text = "Government jets bombed a besieged Damascus suburb on Monday, killing six civilians."
    assert DAMASCUS in place_keys(text, gazetteer)
    assert all("damascus" not in places for _, places in place_slugs(text, gazetteer))


def test_a_named_suburb_and_the_city_itself_still_place_the_event(gazetteer: Gazetteer) -> None:
    named = "Government jets bombed the Damascus suburb of Douma on Monday, killing six civilians."
    assert place_slugs(named, gazetteer) == [("air-strike", ["damascus", "douma"])]
    plain = "Government jets bombed Damascus on Monday, killing six civilians."
    assert place_slugs(plain, gazetteer) == [("air-strike", ["damascus"])]


def test_adversarial_runs_read_one_article_and_suburbs_with_no_name_after() -> None:
    # the bench's inputs: only a text ending in "a " ends with the article; each bare "suburb" is unnamed
    assert [len(found(_INDEFINITE_BEFORE)(t)) for t in SUBURB37_TEXTS] == [1, 0, 0, 0, 0]
    assert [len(found(_UNNAMED_SUBURB_AFTER)(t)) for t in SUBURB37_TEXTS] == [0, 0, 1, 1, 625]
    assert _UNNAMED_SUBURB_AFTER.match(" suburb of Douma") is None
    assert _UNNAMED_SUBURB_AFTER.match(" suburbs") is None
