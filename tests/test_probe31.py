"""Thirty-first session (helper probe31): common phrasings of war reporting, probed with sentences written for the
tests (not taken from the corpus)."""

from __future__ import annotations

from bench.adversarial import _HANDED_OVER, FIRED_ON31_TEXTS, HANDED31_TEXTS, _fullmatched, searched
from loaders import fired_on
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import attacker_place_slugs as _told

# --- a place handed over with "over" first or its kind before its name ---


def test_handed_over_a_town_by_name(gazetteer: Gazetteer) -> None:
    told = _told("Rebels handed over Rastan to government forces on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["syrian-rebels"], ["al-rastan"])]


def test_handed_the_town_of_a_place_over(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State handed the town of Tabqa over to the SDF on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["islamic-state"], ["tabqa"])]


def test_handed_over_the_town_of_a_place(gazetteer: Gazetteer) -> None:
    told = _told("Rebels handed over the town of Rastan to government forces on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["syrian-rebels"], ["al-rastan"])]


def test_prisoners_or_weapons_handed_over_are_no_ground(gazetteer: Gazetteer) -> None:
    assert _told("The SDF handed over Islamic State suspects to Iraq on Monday.", gazetteer) == []
    assert _told("The rebels handed over their heavy weapons to the army in Rastan on Monday.", gazetteer) == []
    # and the place handed over in the same words is still read
    told = _told("The rebels handed over Rastan to the army on Monday.", gazetteer)
    assert [t[0] for t in told] == ["non-violent-transfer-of-territory"]


def test_handed_over_adversarial_inputs() -> None:
    assert [searched(_HANDED_OVER)(t) for t in HANDED31_TEXTS] == [None, None, None, "handed Rastan over to", None]


def _sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """Each engagement's type, attacker slugs and target slugs."""
    x = extract(Article("test", "t", text), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1] for k in e.targets]) for e in x.engagements
    ]


# --- whose thing was hit, the subject of a passive before the means ---


def test_patrol_hit_by_a_roadside_bomb_is_hit(gazetteer: Gazetteer) -> None:
    told = _sides("A Russian military police patrol was hit by a roadside bomb near Daraa on Monday.", gazetteer)
    assert told == [("remote-explosive", [], ["russian-armed-forces"])]


def test_vehicle_struck_by_an_ied_is_hit(gazetteer: Gazetteer) -> None:
    told = _sides("An SDF vehicle was struck by an IED in Raqqa on Monday.", gazetteer)
    assert told == [("remote-explosive", [], ["syrian-democratic-forces"])]


def test_the_side_that_planted_the_bomb_still_planted_it(gazetteer: Gazetteer) -> None:
    # active: the subject planted the bomb; its object's owner was hit
    told = _sides("SDF fighters planted a roadside bomb that hit an IS vehicle near Hajin on Monday.", gazetteer)
    assert told == [("remote-explosive", ["syrian-democratic-forces"], ["islamic-state"])]


# --- the side fired on, the object of "opened fire on" ---


def test_opened_fire_on_a_checkpoint_names_its_side(gazetteer: Gazetteer) -> None:
    told = _sides("Gunmen opened fire on an SDF checkpoint in Raqqa on Monday.", gazetteer)
    assert told == [("armed-clash", [], ["syrian-democratic-forces"])]


def test_opened_fire_on_a_group_of_fighters(gazetteer: Gazetteer) -> None:
    told = _sides("IS militants opened fire on a group of SDF fighters in Raqqa on Monday.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], ["syrian-democratic-forces"])]


def test_opened_fire_with_no_side_after_it_names_none(gazetteer: Gazetteer) -> None:
    # the protesters fired on stay civilians
    told = _sides("Security forces opened fire on protesters in Homs on Monday, killing three.", gazetteer)
    assert told == [("attack-on-civilians", [], [])]
    # a time before the place: the side named in a later clause holds the city, it was not fired on
    told = _sides(
        "IS militants opened fire on Monday in Raqqa, where the Syrian Democratic Forces hold the city.", gazetteer
    )
    assert told == [("armed-clash", ["islamic-state"], [])]


def test_fired_on_adversarial_inputs() -> None:
    assert [_fullmatched(fired_on._TO_THE_SIDE)(t) is not None for t in FIRED_ON31_TEXTS] == [
        False,
        False,
        False,
        False,
        True,
    ]
