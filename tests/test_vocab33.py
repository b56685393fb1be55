"""Thirty-third session (helper vocab33): the words and shapes of war reporting, checked on written sentences; every
sentence is written for the test (not taken from the corpus)."""

from __future__ import annotations

from functools import partial

from bench.adversarial import (
    FOILED33_TEXTS,
    MATERIEL33_TEXTS,
    MUNITION_HELD33_TEXTS,
    PLANTED33_TEXTS,
    ROCKET_HIT33_TEXTS,
    SHARE33_TEXTS,
    STRUCK_DEAL33_TEXTS,
    SURROUNDED33_TEXTS,
    SWEPT_INTO33_TEXTS,
    _fullmatched,
    _matched,
    munition_held_before_end,
    searched,
)
from loaders.conquests_summed import _SHARE_AFTER
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.munition_subjects import _MISSILE_BEFORE
from loaders.other_senses import _BOMBING_WORD, FOILED_BEFORE, MATERIEL_TAKEN, MUNITION_NOUN, STRUCK_DEAL
from loaders.trigger_objects import _AFTER_ACTOR, _SIDE_BEFORE, _SURROUNDED_OBJECT
from tests.written import JUNE_12_2017, side_slugs

_told = partial(side_slugs, titled=True, identifier="A report", published=JUNE_12_2017)


# --- a word cut at the edge of the window read around a generic trigger ---


def test_an_airport_near_an_attack_is_no_air_strike(gazetteer: Gazetteer) -> None:
    # "airport" ends 41 characters after "attacked": the window once cut it to "air"
    told = _told("Islamic State fighters attacked an army checkpoint near Deir ez-Zor airport.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], ["syrian-arab-army"])]


def test_aircraft_near_an_attack_is_still_an_air_strike(gazetteer: Gazetteer) -> None:
    told = _told("Russian aircraft attacked the town of Morek near a car repair shop on Monday.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]


# --- "struck a deal": a deal made, no blow struck ---


def test_a_deal_struck_is_no_air_strike(gazetteer: Gazetteer) -> None:
    assert _told("Russia and Turkey struck a deal on the town of Tal Rifaat on Monday.", gazetteer) == []
    assert _told("Moscow and Ankara struck a new agreement over the city of Idlib on Monday.", gazetteer) == []


def test_a_truce_struck_is_a_ceasefire_only(gazetteer: Gazetteer) -> None:
    told = _told("The rebels and the army struck a truce in the town of Wadi Barada on Monday.", gazetteer)
    assert [t for t, _, _ in told] == ["ceasefire"]


def test_a_base_struck_is_still_an_air_strike(gazetteer: Gazetteer) -> None:
    told = _told("Israeli jets struck a Syrian army base near Damascus on Wednesday.", gazetteer)
    assert told == [("air-strike", ["israel-defense-forces", "israel"], ["syrian-arab-army"])]
    told = _told("Syrian warplanes struck the town of Saraqeb on Monday, killing seven people.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]


def test_struck_deal_reads_the_object_only() -> None:
    assert STRUCK_DEAL.match(" a deal on Idlib") is not None
    assert STRUCK_DEAL.match(" a rare balance") is not None
    assert STRUCK_DEAL.match(" the deal's critics") is None  # a possessive: the deal owns what was struck
    assert STRUCK_DEAL.match(" a Syrian army base") is None


def test_struck_deal_adversarial_inputs() -> None:
    assert [_matched(STRUCK_DEAL)(t) for t in STRUCK_DEAL33_TEXTS] == [None, None, None, None]


# --- a swift entry: "swept into", "rolled into", "marched into" ---


def test_fighters_swept_into_a_town_took_it(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State fighters swept into the town of Qaryatain on Wednesday.", gazetteer)
    assert told == [("non-state-actor-overtakes-territory", ["islamic-state"], [])]
    told = _told("Government forces swept through the rebel-held district of Bab Amr on Monday.", gazetteer)
    assert told == [("government-regains-territory", ["syrian-arab-army"], ["syrian-rebels"])]


def test_troops_rolled_into_a_town_took_it(gazetteer: Gazetteer) -> None:
    told = _told("Syrian troops rolled into the town of Palmyra on Monday.", gazetteer)
    assert told == [("government-regains-territory", ["syrian-arab-army"], [])]
    told = _told("Rebels marched into the town of Morek on Monday.", gazetteer)
    assert told == [("non-state-actor-overtakes-territory", ["syrian-rebels"], [])]


def test_what_sweeps_through_with_no_side_takes_nothing(gazetteer: Gazetteer) -> None:
    assert _told("A fire swept through a market in the town of Azaz on Monday.", gazetteer) == []
    assert _told("A wave of protests swept through the city of Daraa on Friday.", gazetteer) == []
    assert _told("Protesters marched into the main square of the city of Suwayda on Monday.", gazetteer) == []


def test_a_swift_entry_under_a_deal_is_a_handover(gazetteer: Gazetteer) -> None:
    told = _told(
        "Syrian troops rolled into the town of Madaya on Monday after a surrender deal with rebels.", gazetteer
    )
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], []) in told
    assert all(not t.endswith("territory") or t.startswith("non-violent") for t, _, _ in told)


def test_swept_into_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in SWEPT_INTO33_TEXTS] == [0, 294, 312, 0]


# --- "planted a bomb", the active voice, with the harm it did ---


def test_a_bomb_planted_that_killed_is_a_remote_explosive(gazetteer: Gazetteer) -> None:
    text = "Islamic State militants planted a bomb under a bus in the city of Homs on Monday, killing four soldiers."
    assert _told(text, gazetteer) == [("remote-explosive", ["islamic-state"], [])]
    text = (
        "Nusra Front fighters planted an explosive charge under a tank near Mhardeh on Monday, wounding two soldiers."
    )
    assert [(t, a) for t, a, _ in _told(text, gazetteer)] == [("remote-explosive", ["al-nusra-front"])]


def test_a_bomb_only_planted_or_trees_planted_is_no_blast(gazetteer: Gazetteer) -> None:
    assert _told("Islamic State planted explosives around the ancient city of Palmyra on Monday.", gazetteer) == []
    assert _told("Volunteers planted trees in the town of Douma on Monday, wounding nobody.", gazetteer) == []
    assert (
        _told("Police said a man planted a bomb hoax in the city of Latakia on Monday, injuring none.", gazetteer) == []
    )


def test_planted_adversarial_inputs() -> None:
    # the runs of "bombs" are the generic trigger's word, as before the rule
    assert [len(trigger_matches(t)) for t in PLANTED33_TEXTS] == [0, 357, 454, 0]


# --- one rocket that hit, a missile that slammed into ---


def test_one_rocket_that_hit_is_a_shelling(gazetteer: Gazetteer) -> None:
    assert _told("A rocket hit a school in the town of Jaramana on Monday.", gazetteer) == [("shelling", [], [])]
    assert _told("A rocket struck a school in the town of Jaramana on Monday.", gazetteer) == [("shelling", [], [])]
    told = _told("A rocket fired by rebels slammed into a school in the town of Mhardeh on Monday.", gazetteer)
    assert told == [("shelling", ["syrian-rebels"], [])]


def test_a_missile_slammed_into_is_a_strike(gazetteer: Gazetteer) -> None:
    told = _told("A missile slammed into a market in the town of Azaz on Monday, killing five people.", gazetteer)
    assert [t for t, _, _ in told] == ["shelling"]
    told = _told("An Israeli missile slammed into an army post near Damascus on Monday.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("air-strike", ["israel-defense-forces", "israel"])]


def test_what_else_crashed_into_is_no_strike(gazetteer: Gazetteer) -> None:
    assert _told("A truck crashed into a market in the town of Azaz on Monday, killing five people.", gazetteer) == []
    assert _told("A rocket launcher crashed into a wall in the town of Jableh on Monday.", gazetteer) == []
    assert _told("Shells slammed into the town of Douma on Monday.", gazetteer) == [("shelling", [], [])]


def test_rocket_hit_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in ROCKET_HIT33_TEXTS] == [0, 0, 238, 0]
    assert [searched(_MISSILE_BEFORE)(t) for t in ROCKET_HIT33_TEXTS] == [None, None, None, None]


# --- the active "surrounded": an armed side, then a place ---


def test_a_side_that_surrounded_a_town_besieges_it(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State militants surrounded the town of Kobani on Monday.", gazetteer)
    assert told == [("siege", ["islamic-state"], [])]
    told = _told("Regime forces surrounded the rebel-held district of Jobar on Monday.", gazetteer)
    assert told == [("siege", ["syrian-arab-army"], ["syrian-rebels"])]
    told = _told("The Syrian army has surrounded Zabadani, a monitor said on Monday.", gazetteer)
    assert told == [("siege", ["syrian-arab-army"], [])]


def test_what_surrounds_with_no_side_or_no_place_is_no_siege(gazetteer: Gazetteer) -> None:
    assert _told("Mountains surrounded the town of Zabadani on Monday.", gazetteer) == []
    assert _told("Police surrounded the building in the city of Latakia on Monday.", gazetteer) == []
    assert _told("Troops surrounded the hospital in the city of Aleppo on Monday.", gazetteer) == []
    assert _told("Controversy surrounded the decision of the government in Damascus on Monday.", gazetteer) == []


def test_the_passive_surrounded_reads_as_before(gazetteer: Gazetteer) -> None:
    told = _told("Kafraya, which is surrounded by rebels, was shelled on Monday.", gazetteer)
    assert ("siege", ["syrian-rebels"], []) in told


def test_surrounded_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in SURROUNDED33_TEXTS] == [454, 0, 0, 0, 0]
    assert [len(_matched(_SURROUNDED_OBJECT)(t) or "") for t in SURROUNDED33_TEXTS] == [0, 24, 1, 1, 5000]
    assert [searched(_SIDE_BEFORE)(t) for t in SURROUNDED33_TEXTS] == [None, None, "forces ", None, None]
    assert [len(_fullmatched(_AFTER_ACTOR)(t) or "") for t in SURROUNDED33_TEXTS] == [0, 0, 0, 0, 5000]


# --- arms and goods seized or captured: no ground taken ---


def test_weapons_seized_take_no_ground(gazetteer: Gazetteer) -> None:
    text = "Islamic State seized weapons and ammunition from the army in the town of Palmyra on Monday."
    assert _told(text, gazetteer) == []
    assert _told("Rebels paraded captured tanks through the town of Idlib on Monday.", gazetteer) == []
    assert _told("Rebels captured large quantities of weapons in the town of Morek on Monday.", gazetteer) == []


def test_ground_and_stores_of_arms_are_still_taken(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State fighters seized the town of Palmyra and captured weapons on Monday.", gazetteer)
    assert told == [("non-state-actor-overtakes-territory", ["islamic-state"], [])]
    told = _told("Rebels captured the weapons depots of the army base in the town of Mhardeh on Monday.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("non-state-actor-overtakes-territory", ["syrian-rebels"])]


def test_materiel_taken_adversarial_inputs() -> None:
    assert [len(_matched(MATERIEL_TAKEN)(t) or "") for t in MATERIEL33_TEXTS] == [0, 0, 16, 0, 0]


# --- a bombing foiled did not happen ---


def test_a_foiled_bombing_is_no_bombing(gazetteer: Gazetteer) -> None:
    assert _told("Police said on Monday they foiled a suicide bombing in the city of Latakia.", gazetteer) == []
    assert _told("Kurdish police foiled a car bomb attack in the city of Hasakah on Monday.", gazetteer) == []
    assert _told("The army averted a suicide bombing at a checkpoint in the town of Jableh on Monday.", gazetteer) == []


def test_an_attack_foiled_is_still_a_defence_and_a_bombing_told_is_still_one(gazetteer: Gazetteer) -> None:
    told = _told("Syrian troops foiled an attack by Nusra Front militants on the town of Mhardeh on Monday.", gazetteer)
    assert told == [("armed-clash", ["al-nusra-front"], ["syrian-arab-army"])]
    text = "A car bomb attack killed ten people in the town of Azaz on Monday, after police had foiled another one."
    assert [t for t, _, _ in _told(text, gazetteer)] == ["remote-explosive"]


def test_foiled_adversarial_inputs() -> None:
    assert [searched(FOILED_BEFORE)(t) for t in FOILED33_TEXTS] == [None, "thwarted the planned car ", None, None]
    assert [_matched(_BOMBING_WORD)(t) for t in FOILED33_TEXTS] == [None, None, "suicide", None]


# --- rockets and guns held, sent or received: none fired ---


def test_munitions_sent_or_held_are_no_shelling(gazetteer: Gazetteer) -> None:
    text = "A shipment of rockets for Hezbollah arrived at the port of Tartus on Monday."
    assert _told(text, gazetteer) == []
    assert _told("Iran sent ballistic missiles to its allies in the city of Aleppo on Monday.", gazetteer) == []
    text = "Kurdish fighters received artillery and mortars from the coalition in the town of Kobani on Monday."
    assert _told(text, gazetteer) == []
    text = "The rebels' arsenal includes rockets and mortars, a commander in the town of Douma said on Monday."
    assert _told(text, gazetteer) == []


def test_munitions_fired_are_still_a_shelling(gazetteer: Gazetteer) -> None:
    assert _told("Rebels fired rockets at the town of Nubul on Monday.", gazetteer) == [
        ("shelling", ["syrian-rebels"], [])
    ]
    text = "Government forces shelled the town of Douma with artillery and mortars on Monday, killing four people."
    assert _told(text, gazetteer) == [("shelling", ["syrian-arab-army"], [])]
    # the arms of the attackers are its means, "armed with" holds nothing back
    text = "Rebels armed with rockets and mortars attacked the town of Mhardeh on Monday."
    assert [t for t, _, _ in _told(text, gazetteer)] == ["shelling"]


def test_munition_held_adversarial_inputs() -> None:
    assert [len(munition_held_before_end(t) or "") for t in MUNITION_HELD33_TEXTS] == [60, 60, 0, 0, 0]
    assert [MUNITION_NOUN.fullmatch(t) for t in MUNITION_HELD33_TEXTS] == [None] * 5


# --- most of the country: a conquest summed up ---


def test_most_of_the_country_regained_is_no_one_place_taken(gazetteer: Gazetteer) -> None:
    text = "The Syrian army has regained control of most of the country, President Assad said in Damascus on Monday."
    assert _told(text, gazetteer) == []
    text = "Regime forces have recaptured much of Syria, the minister said in Damascus on Monday."
    assert _told(text, gazetteer) == []


def test_most_of_a_town_or_of_the_country_s_fields_is_still_taken(gazetteer: Gazetteer) -> None:
    told = _told("The Syrian army recaptured most of the town of Morek on Monday.", gazetteer)
    assert told == [("government-regains-territory", ["syrian-arab-army"], [])]
    text = "Government forces have retaken the bulk of the territory around the city of Aleppo, state media said."
    assert [t for t, _, _ in _told(text, gazetteer)] == ["government-regains-territory"]


def test_share_after_adversarial_inputs() -> None:
    assert [_matched(_SHARE_AFTER)(t) for t in SHARE33_TEXTS] == [None, None, None, None]
    assert _SHARE_AFTER.match(" control of about 55 percent of Syria") is not None  # the measure word's own blank
