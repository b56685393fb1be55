"""Thirty-second session (helper sd32): strategic developments in common wire phrasings, probed with sentences
written for the tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    _AGREED_TO_STOP,
    _SURRENDERED,
    AGREED32_TEXTS,
    SURRENDERS32_TEXTS,
    _fullmatched,
    _group,
    _matched,
    searched,
)
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.truce_made import TRUCE_MADE
from loaders.truce_parties import _AGREED_BEFORE
from loaders.unopposed import _UNOPPOSED_AFTER
from tests.written import attacker_place_slugs as _told


def _types(text: str, gazetteer: Gazetteer) -> list[str]:
    return [t for t, _, _ in _told(text, gazetteer)]


# --- a truce told by its verb: "agreed to stop fighting" ---


@pytest.mark.parametrize(
    "text",
    [
        "The army and rebels agreed to stop fighting in the town of Zabadani on Sunday.",
        "Government forces and rebels agreed to end the fighting in the town of Zabadani on Friday.",
    ],
)
def test_agreed_to_stop_fighting_is_a_truce_of_both_sides(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("ceasefire", ["syrian-arab-army", "syrian-rebels"], ["al-zabadani"])]


def test_a_refusal_or_a_hope_to_stop_fighting_is_no_truce(gazetteer: Gazetteer) -> None:
    assert _told("The rebels refused to stop fighting in Zabadani on Sunday.", gazetteer) == []
    assert _told("The UN hopes the army and rebels will agree to stop fighting in Zabadani.", gazetteer) == []
    assert _told("The army called on the rebels to stop fighting in Zabadani on Sunday.", gazetteer) == []
    # and the agreement in the same words is still read
    assert _types("The army and rebels agreed to stop fighting in Zabadani on Sunday.", gazetteer) == ["ceasefire"]


# --- the sides that agreed on or reached a truce are its parties ---


@pytest.mark.parametrize(
    "text",
    [
        "The army and rebels agreed on a ceasefire in Zabadani on Sunday.",
        "The army and the rebels reached a ceasefire in Zabadani on Sunday.",
    ],
)
def test_the_sides_that_agreed_on_a_truce_are_its_parties(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("ceasefire", ["syrian-arab-army", "syrian-rebels"], ["al-zabadani"])]


def test_who_only_reports_the_agreement_is_no_party(gazetteer: Gazetteer) -> None:
    told = _told("Russia said the army and rebels agreed on a ceasefire in Zabadani on Sunday.", gazetteer)
    assert told == [("ceasefire", ["syrian-arab-army", "syrian-rebels"], ["al-zabadani"])]
    # a side named far from the verb of agreeing is left to the other rules
    assert _AGREED_BEFORE.fullmatch(" agreed on the terms of a deal that ended a ") is None


# --- a truce that "took hold" ---


def test_a_truce_that_took_hold_is_made(gazetteer: Gazetteer) -> None:
    assert _told("A truce took hold in Homs on Sunday.", gazetteer) == [("ceasefire", [], ["homs"])]


def test_a_truce_feared_never_to_take_hold_is_none(gazetteer: Gazetteer) -> None:
    assert _told("Fears grew that no truce would take hold in Homs.", gazetteer) == []
    assert _types("A fragile truce took hold in Homs on Sunday.", gazetteer) == ["ceasefire"]


# --- fighters who give themselves up ---


@pytest.mark.parametrize(
    "text",
    [
        "Rebels turned themselves in to the authorities in Rastan on Sunday.",
        "Rebels turned in themselves and their weapons to the authorities in Rastan on Sunday.",
        "Rebels surrendered to the Syrian army in Rastan on Monday.",
        "Rebels gave themselves up to the army in Rastan on Monday.",
        "Rebels laid down their arms in Rastan on Monday.",
    ],
)
def test_fighters_who_give_themselves_up_hand_over_their_ground(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("non-violent-transfer-of-territory", ["syrian-rebels"], ["al-rastan"])]


def test_a_surrender_refused_demanded_or_to_despair_is_none(gazetteer: Gazetteer) -> None:
    assert _told("The rebels refused to surrender to the army in Rastan on Monday.", gazetteer) == []
    assert _told("The army called on the rebels in Rastan to lay down their arms on Monday.", gazetteer) == []
    assert _told("The rebels surrendered to despair in Homs after the siege.", gazetteer) == []
    assert _types("Rebels surrendered to the army in Rastan on Monday.", gazetteer) == [
        "non-violent-transfer-of-territory"
    ]


# --- ground taken with no fight ---


@pytest.mark.parametrize(
    "text",
    [
        "Government forces entered the town of Rastan without a fight on Monday.",
        "Government forces took control of the town of Rastan on Monday without a shot being fired.",
        "Government forces entered Rastan unopposed on Monday.",
    ],
)
def test_ground_taken_with_no_fight_is_a_transfer(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("non-violent-transfer-of-territory", ["syrian-arab-army"], ["al-rastan"])]


def test_ground_taken_in_a_battle_stays_a_battle(gazetteer: Gazetteer) -> None:
    assert _types("Government forces took control of the town of Rastan on Monday.", gazetteer) == [
        "government-regains-territory"
    ]
    # the other clause's "unopposed" is not this taking's
    text = "The army took Rastan after a fierce battle and rebels entered the village of Morek unopposed."
    assert "government-regains-territory" in _types(text, gazetteer)
    assert _told("The rebels vowed that the army would not enter Rastan without a fight.", gazetteer) == []


# --- observation points set up ---


def test_an_observation_point_set_up_is_a_base(gazetteer: Gazetteer) -> None:
    told = _told("Turkey established a military observation point in Idlib on Sunday.", gazetteer)
    assert told == [("headquarters-or-base-established", ["turkey"], ["idlib"])]


def test_an_observation_point_planned_or_hit_is_no_base(gazetteer: Gazetteer) -> None:
    assert _told("Turkey plans to set up an observation point near Morek.", gazetteer) == []
    assert "headquarters-or-base-established" not in _types(
        "An army shell hit the Turkish observation point near Morek on Monday.", gazetteer
    )
    assert _types("Turkish troops set up a new observation point near Morek on Monday.", gazetteer) == [
        "headquarters-or-base-established"
    ]


# --- the adversarial inputs of the new patterns ---


def test_surrenders_adversarial_inputs() -> None:
    assert [searched(_AGREED_TO_STOP)(t) for t in SURRENDERS32_TEXTS] == [None, None, None, None, None, None]
    # (no taker after "surrendered to the surrendered"; a capitalised name after "to" is one)
    assert [searched(_SURRENDERED)(t) for t in SURRENDERS32_TEXTS] == [
        None,
        None,
        None,
        None,
        "surrendered to Aa",
        None,
    ]
    assert [len(trigger_matches(t)) for t in SURRENDERS32_TEXTS] == [0, 0, 0, 0, 1, 0]


def test_agreed_and_unopposed_adversarial_inputs() -> None:
    assert [_fullmatched(_AGREED_BEFORE)(t) for t in AGREED32_TEXTS] == [None, None, None, None, None]
    assert [_matched(_UNOPPOSED_AFTER)(t) for t in AGREED32_TEXTS] == [None, None, None, None, None]
    assert [_group(TRUCE_MADE.search(t)) for t in AGREED32_TEXTS] == ["agreed", None, None, None, "took hold"]
