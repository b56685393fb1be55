"""Thirty-seventh session (helper ownjets37): aircraft a nationality names through words of kind are that state's air
arm, and not a speaker's own; one list of aircraft plurals for every possessive reader. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import OWNJETS37_TEXTS, _group
from loaders.actor_mentions import _DEMONYM
from loaders.gazetteer import Gazetteer
from loaders.speakers_aircraft import _SAID_OWN_AIRCRAFT
from tests.written import types_attackers

_RUSSIAN_AIR = ("actor/russian-aerospace-forces", "actor/russia")


def test_an_army_saying_its_warplanes_struck_names_the_air_arm(gazetteer: Gazetteer) -> None:
    # annotators name the air arm for a state body's own aircraft ("Russias military said six long-range Tu-22M3
    # bombers ...": the aerospace forces), not the body that spoke: the reading is kept as it was
    body = "The Syrian army said its warplanes struck rebel positions near Hama on Monday."
    assert types_attackers(body, gazetteer) == [("air-strike", ("actor/syrian-arab-air-force", "actor/baathist-syria"))]


@pytest.mark.parametrize(
    "body",
    [
        "Russian long-range bombers struck IS positions near Deir ez-Zor on Monday.",
        "Russian Tu-22M3 bombers struck IS positions near Deir ez-Zor on Monday.",
        # counted by a state's army, the nationality on them still tells whose they are
        "The Syrian army said two Russian Su-24 jets struck rebel positions near Idlib on Monday.",
    ],
)
def test_a_nationality_before_words_of_kind_names_the_air_arm(body: str, gazetteer: Gazetteer) -> None:
    assert types_attackers(body, gazetteer) == [("air-strike", _RUSSIAN_AIR)]


def test_counted_aircraft_of_another_nationality_are_not_the_speakers(gazetteer: Gazetteer) -> None:
    body = "The Russian defence ministry said two Belgian F-16 jets struck a village near Aleppo on Monday."
    assert all("actor/russian-aerospace-forces" not in a for _, a in types_attackers(body, gazetteer))


def test_a_speakers_own_aircraft_in_the_shared_plurals(gazetteer: Gazetteer) -> None:
    # "aircrafts", FA-KES's plural, which the possessive readers take, is the speaker's own too
    body = "The Russian defence ministry said its aircrafts struck IS positions near Raqqa on Monday."
    assert types_attackers(body, gazetteer) == [("air-strike", _RUSSIAN_AIR)]


def test_the_new_patterns_read_nothing_on_adversarial_input() -> None:
    assert [[m.group() for m in _DEMONYM.finditer(text)] for text in OWNJETS37_TEXTS] == [[]] * 4
    assert [_group(_SAID_OWN_AIRCRAFT.match(text)) for text in OWNJETS37_TEXTS] == [None] * 4
