"""Remote violence the thirty-fifth session's helper engremote35 found missed, on articles written for the tests."""

from __future__ import annotations

from bench.adversarial import _SIDE_FIRE, REMOTE35_TEXTS, found
from loaders.gazetteer import Gazetteer
from tests.written import JUNE_12_2017, engagements, place_slug, slug

Told = list[tuple[str, list[str], list[str]]]


def _told(text: str, gazetteer: Gazetteer) -> Told:
    """(type, attacker slugs, place slugs) of each engagement of an article dated 12 June 2017."""
    return [
        (e.type, [slug(k) for k in e.attackers], [place_slug(k) for k in e.places])
        for e in engagements(text, gazetteer, titled=True, published=JUNE_12_2017)
    ]


def test_fire_named_by_its_side_onto_a_place_is_a_shelling(gazetteer: Gazetteer) -> None:
    text = "Regime fire on Douma wounded six residents on Sunday, a monitor said."
    assert _told(text, gazetteer) == [("shelling", ["baathist-syria"], ["douma"])]


def test_side_fire_onto_a_city_district_names_the_side_as_the_firer(gazetteer: Gazetteer) -> None:
    text = "Four people were killed on Monday in rebel fire on the western districts of Aleppo, the monitor said."
    assert _told(text, gazetteer) == [("shelling", ["syrian-rebels"], ["aleppo"])]


def test_side_fire_onto_people_is_no_shelling(gazetteer: Gazetteer) -> None:
    # firing on protesters is shooting at them: the side-fire trigger leaves it alone
    assert [t for t, _, _ in _told("Government fire on protesters in Homs wounded three people.", gazetteer)] != [
        "shelling"
    ]


def test_side_fire_adversarial_inputs_read_as_the_trigger_table_reads_them() -> None:
    assert [len(found(_SIDE_FIRE)(t)) for t in REMOTE35_TEXTS] == [357, 1, 0, 0, 0]
