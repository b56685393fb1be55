"""Thirty-third session (helper fixes33b): misreadings found by written probes. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import KIN33_TEXTS, OVERFLOWN33_TEXTS, OWN_DOER33_TEXTS, _matched, found, searched
from loaders.aircraft_named import _CONTRAST
from loaders.anniversaries import _KIN_OF_KILLED
from loaders.gazetteer import Gazetteer
from loaders.overflown import _DENIED_AFTER, _FLEW_OVER
from loaders.story_turns import OWN_DOER
from loaders.told_apart import DAY_SHIFT
from tests.probed_news import told_with_attackers as _told

# --- "A suicide bomber blew himself up": a sentence naming its own new doer takes none from the sentence before ---

_JETS = "Government jets bombed Saraqib on Monday. "


def test_a_suicide_bomber_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "A suicide bomber blew himself up in Idlib on Tuesday.", gazetteer)
    assert ("suicide-bombing", ["idlib-890432567"], []) in found
    assert found[0][0] == "air-strike" and "syrian-arab-air-force" in found[0][2]


def test_a_car_bomb_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "A car bomb exploded in Idlib on Tuesday, killing five people.", gazetteer)
    assert ("remote-explosive", ["idlib-890432567"], []) in found


def test_an_explosive_device_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "An explosive device went off in Idlib on Tuesday.", gazetteer)
    assert ("remote-explosive", ["idlib-890432567"], []) in found


def test_the_jets_named_again_keep_their_side(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "The jets also struck Idlib on Tuesday.", gazetteer)
    assert found[0] == ("air-strike", ["saraqib-890449833"], ["syrian-arab-air-force", "baathist-syria"])
    assert ("air-strike", ["idlib-890432567"], ["syrian-arab-air-force", "baathist-syria"]) in found


def test_own_doer_reads_the_adversarial_inputs() -> None:
    assert [_matched(OWN_DOER)(t) for t in OWN_DOER33_TEXTS] == [None, None, None, None]
    assert _matched(OWN_DOER)("Unknown gunmen shot") == "Unknown gunmen"
    assert _matched(OWN_DOER)("Its suicide bombers") is None
    assert _matched(OWN_DOER)("The bomber") is None


# --- "Orphans of fighters killed by IS in Kobani were honoured": a killing named to say whose kin they are ---


def test_orphans_of_fighters_killed_tell_no_clash(gazetteer: Gazetteer) -> None:
    text = "Orphans of fighters killed by IS in Kobani were honoured at a ceremony in Qamishli on Monday. "
    found = _told(text + "IS militants shelled Hasakah on Monday.", gazetteer)
    assert found == [("shelling", ["al-hasakah-421168649"], ["islamic-state"])]


def test_families_of_soldiers_killed_tell_no_clash(gazetteer: Gazetteer) -> None:
    text = "Families of soldiers killed by rebels in Aleppo received aid in Latakia on Monday. "
    found = _told(text + "Rebels shelled Idlib on Monday.", gazetteer)
    assert found == [("shelling", ["idlib-890432567"], ["syrian-rebels"])]


def test_kin_as_the_object_keep_the_killing(gazetteer: Gazetteer) -> None:
    found = _told("Air strikes killed the parents of three children in Douma on Monday.", gazetteer)
    assert ("air-strike", ["douma-890442375"], []) in found


def test_kin_who_speak_keep_the_killing_they_tell(gazetteer: Gazetteer) -> None:
    found = _told("Families of the dead said IS militants killed 12 people in Kobani on Monday.", gazetteer)
    assert ("attack-on-civilians", ["kobani-1360282145"], ["islamic-state"]) in found


def test_kin_of_killed_reads_the_adversarial_inputs() -> None:
    assert [searched(_KIN_OF_KILLED)(t) for t in KIN33_TEXTS] == [None, "families of the old ", None, None]
    assert searched(_KIN_OF_KILLED)("Widows of the Kurdish fighters ") == "Widows of the Kurdish fighters "
    assert searched(_KIN_OF_KILLED)("Families of the dead said IS militants ") is None


# --- "Jets flew over Idlib and did not strike, but helicopters dropped barrel bombs on Daraa" ---


def test_jets_that_did_not_strike_beside_helicopters_that_did(gazetteer: Gazetteer) -> None:
    text = "Jets flew over Idlib and did not strike, but helicopters dropped barrel bombs on Daraa on Monday."
    assert _told(text, gazetteer) == [("air-strike", ["daraa-421197257"], [])]


def test_russian_jets_that_did_not_strike_are_no_strike(gazetteer: Gazetteer) -> None:
    text = "Russian jets flew over Saraqib without striking, while Syrian helicopters dropped barrels on Tafas."
    assert _told(text, gazetteer) == [("air-strike", ["tafas-421205447"], ["syrian-arab-air-force", "baathist-syria"])]


def test_jets_that_struck_beside_helicopters_keep_their_strike(gazetteer: Gazetteer) -> None:
    found_ = _told("Jets bombed Idlib on Monday, but helicopters dropped barrel bombs on Daraa.", gazetteer)
    assert ("air-strike", ["idlib-890432567"], []) in found_
    assert ("air-strike", ["daraa-421197257"], []) in found_


def test_a_flight_over_a_town_that_struck_keeps_the_town(gazetteer: Gazetteer) -> None:
    found_ = _told("Warplanes flew over Saraqib and struck a market, killing 12 people.", gazetteer)
    assert ("air-strike", ["saraqib-890449833"], []) in found_


def test_overflown_patterns_read_the_adversarial_inputs() -> None:
    assert [len(found(_CONTRAST)(t)) > 0 for t in OVERFLOWN33_TEXTS] == [True, False, False, False]
    assert [searched(_FLEW_OVER)(t) is not None for t in OVERFLOWN33_TEXTS] == [False, True, False, True]
    assert [_matched(_DENIED_AFTER)(t) for t in OVERFLOWN33_TEXTS] == [None, None, None, None]
    assert _matched(_DENIED_AFTER)(" and did not strike") == " and did not strike"


# --- "10 days earlier": a day counted with two figures or spelled up to ten tells another engagement ---

_SHELLED = "Rebels shelled Aleppo on Monday. "


def test_ten_days_earlier_in_figures_is_another_shelling(gazetteer: Gazetteer) -> None:
    found_ = _told(_SHELLED + "10 days earlier, rebels had shelled Aleppo.", gazetteer)
    assert found_ == [("shelling", ["aleppo-421202163"], ["syrian-rebels"])] * 2


def test_ten_days_later_spelled_is_another_shelling(gazetteer: Gazetteer) -> None:
    found_ = _told(_SHELLED + "Ten days later, rebels shelled Aleppo again.", gazetteer)
    assert found_ == [("shelling", ["aleppo-421202163"], ["syrian-rebels"])] * 2


def test_a_toll_ten_days_later_is_no_new_shelling(gazetteer: Gazetteer) -> None:
    found_ = _told("Rebels shelled Aleppo on Monday, killing 12. 12 days later the toll rose.", gazetteer)
    assert found_ == [("shelling", ["aleppo-421202163"], ["syrian-rebels"])]


def test_day_shift_reads_counts_of_two_figures() -> None:
    assert _matched(DAY_SHIFT)("10 days earlier, rebels") == "10 days earlier"
    assert _matched(DAY_SHIFT)("100 days earlier, rebels") is None


# --- "The insurgents" right after the Islamic State is named: the group, not the rebels at large ---

_IS_KOBANI = "Islamic State fighters attacked Kobani on Friday. "


def test_the_insurgents_are_the_group_just_named(gazetteer: Gazetteer) -> None:
    found_ = _told(_IS_KOBANI + "The insurgents also shelled Tal Abyad.", gazetteer)
    assert found_ == [
        ("armed-clash", ["kobani-1360282145"], ["islamic-state"]),
        ("shelling", ["tell-abyad-1310429531"], ["islamic-state"]),
    ]


def test_the_insurgents_after_rebels_named_in_reach_stay_the_rebels(gazetteer: Gazetteer) -> None:
    found_ = _told(
        "Rebels attacked Hama on Friday. " + _IS_KOBANI + "The insurgents also shelled Tal Abyad.", gazetteer
    )
    assert ("armed-clash", ["kobani-1360282145"], ["islamic-state"]) in found_
    assert ("shelling", ["tell-abyad-1310429531"], ["syrian-rebels"]) in found_


def test_bare_insurgents_stay_the_rebels(gazetteer: Gazetteer) -> None:
    found_ = _told(_IS_KOBANI + "Insurgents also shelled Tal Abyad.", gazetteer)
    assert ("armed-clash", ["kobani-1360282145"], ["islamic-state"]) in found_
    assert ("shelling", ["tell-abyad-1310429531"], ["syrian-rebels"]) in found_


def test_the_insurgents_with_no_group_named_stay_the_rebels(gazetteer: Gazetteer) -> None:
    found_ = _told(
        "Syrian troops shelled Daraa on Friday. The insurgents attacked an army checkpoint in Daraa.", gazetteer
    )
    assert ("armed-clash", ["daraa-421197257"], ["syrian-rebels"]) in found_
