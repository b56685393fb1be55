"""Missiles fired at a site, the answered phrase an -ing participle closes, and the side carried on from a sentence
that answers an attack not made its doer (thirty-seventh session, helper missiles37, on usdoer37's patch)."""

from __future__ import annotations

import pytest

from bench.adversarial import _MISSILES37, MISSILES37_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.places_hit import _HIT_IN_PASSIVE
from loaders.reactions import answered_phrase
from loaders.summed_up import HABITUAL
from tests.written import types_attackers, types_sides

_US = ("actor/united-states",)


@pytest.mark.parametrize(
    "text",
    [
        "The United States fired missiles at an air base in central Syria on Friday.",
        "The US launched 59 Tomahawks at the Shayrat airfield near Homs on Friday.",
    ],
)
def test_missiles_fired_at_a_site_are_the_firers_strike(gazetteer: Gazetteer, text: str) -> None:
    assert [(t, a) for t, a in types_attackers(text, gazetteer)] == [("shelling", _US)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened to fire missiles at the base on Friday.",
        "Iran test-fired missiles at a target in the desert on Friday.",
        "The rebels fired rockets on Friday to celebrate.",
    ],
)
def test_a_threat_a_test_or_no_site_is_no_strike(gazetteer: Gazetteer, text: str) -> None:
    assert types_attackers(text, gazetteer) == []


def test_a_participle_after_the_answered_event_is_the_answer(gazetteer: Gazetteer) -> None:
    # "in response to the attack launching missiles": the attack is answered, the missiles are the answer, fired by
    # the main clause's subject
    text = (
        "The US ordered military action against the Syrian government in response to the attack launching missiles "
        "against an air base in central Syria."
    )
    assert [(t, a) for t, a, _ in types_sides(text, gazetteer)] == [("shelling", _US)]


@pytest.mark.parametrize(
    ("text", "trigger", "answered"),
    [
        ("in response to the attack launching missiles against a base", "launching", False),
        ("in retaliation for the heavy shelling of Kilis", "shelling", True),
        ("in response to the attack on Kilis", "attack", True),
    ],
)
def test_a_participle_closes_the_answered_phrase_a_gerund_heads_it(text: str, trigger: str, answered: bool) -> None:
    start = text.index(trigger)
    assert (answered_phrase(text, start, start + len(trigger)) is not None) == answered


def test_the_side_that_answered_an_attack_is_not_its_doer_next_sentence(gazetteer: Gazetteer) -> None:
    text = (
        "The US President ordered a strike on Syria in response to the chemical attack. "
        "On Tuesday a chemical attack in Khan Sheikhun killed 87 people."
    )
    assert all("actor/united-states" not in a for t, a in types_attackers(text, gazetteer) if t == "chemical-weapon")


def test_a_place_told_hit_carries_on_no_subject(gazetteer: Gazetteer) -> None:
    # "Khan Sheikhun has been hit ... in a strike": who struck it only "by X" would tell, not the sentence before
    text = (
        "Rebels shelled army positions in Deir Ezzor on Friday. "
        "Palmyra has been hit several times since then including in a strike on a hospital on Saturday."
    )
    assert [a for _, a in types_attackers(text, gazetteer)][1:] == [()]


def test_a_few_strikes_told_done_over_time_sum_up(gazetteer: Gazetteer) -> None:
    # "has also carried out rare strikes": a few over time, summed up, none of them told
    text = "The US-led coalition has also carried out occasional air strikes on Idlib."
    assert types_attackers(text, gazetteer) == []


def test_adversarial_runs_fire_no_missile_hit_no_place_and_sum_nothing_up() -> None:
    # the bench's inputs: runs of the verbs and of "fired missiles at the" with no site read nothing
    assert [len(list(_MISSILES37.finditer(t))) for t in MISSILES37_TEXTS] == [0] * 10
    assert [_HIT_IN_PASSIVE.match(t) for t in MISSILES37_TEXTS] == [None] * 10
    assert [HABITUAL.search(t) for t in MISSILES37_TEXTS] == [None] * 10
    assert _MISSILES37.search("The US fired missiles at the Shayrat airfield") is not None
