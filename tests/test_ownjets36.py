"""Thirty-sixth session (helper ownjets36): a state body saying its own aircraft struck names its air arm; "any" before
a trigger tells none. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import ANY36_TEXTS, SAID_AIRCRAFT36_TEXTS, _group
from loaders.any_determined import _ANY_BEFORE
from loaders.gazetteer import Gazetteer
from loaders.speakers_aircraft import _SAID_OWN_AIRCRAFT
from tests.written import types, types_sides

_RUSSIAN_AIR = ("actor/russian-aerospace-forces", "actor/russia")


@pytest.mark.parametrize(
    "body",
    [
        # a ministry, by the nationality its name opens with
        "The Russian defence ministry said its jets struck IS positions near Deir ez-Zor on Sunday.",
        # a state's military, with a day and "that", and the aircraft's kind before them
        "The Russian military said on Sunday that its strategic bombers had struck IS outside Raqqa.",
        # the aircraft counted, no nationality on them: the speaker's own sorties
        "Russia's defence ministry said four Su-34 bombers carried out strikes on IS near Palmyra.",
    ],
)
def test_a_state_bodys_own_aircraft_are_its_air_arm(body: str, gazetteer: Gazetteer) -> None:
    assert [attackers for _, attackers, _ in types_sides(body, gazetteer)] == [_RUSSIAN_AIR]


@pytest.mark.parametrize(
    "body",
    [
        # aircraft told as unknown are no one's named
        "The Russian defence ministry said two unidentified jets struck a base near Homs.",
        # a monitor is no state body: its "jets" are read by no state
        "The Observatory said its jets struck IS positions near Deir ez-Zor on Sunday.",
    ],
)
def test_no_air_arm_for_aircraft_no_state_body_owns(body: str, gazetteer: Gazetteer) -> None:
    assert all("actor/russian-aerospace-forces" not in a for _, a, _ in types_sides(body, gazetteer))
    assert all(a == () for _, a, _ in types_sides(body, gazetteer))


@pytest.mark.parametrize(
    "body",
    [
        "The ministry made no mention of any air strikes in Idlib province on Sunday.",
        "The army warned that any attack on its posts near Hama would be answered.",
    ],
)
def test_a_trigger_after_any_tells_none(body: str, gazetteer: Gazetteer) -> None:
    assert types(body, gazetteer) == []


def test_a_trigger_without_any_is_told(gazetteer: Gazetteer) -> None:
    assert types("Rebels attacked army posts near Hama on Monday.", gazetteer) == ["armed-clash"]


def test_the_new_patterns_read_nothing_on_adversarial_input() -> None:
    assert [_group(_SAID_OWN_AIRCRAFT.match(text)) for text in SAID_AIRCRAFT36_TEXTS] == [None] * 4
    # the runs of "any" end in "any" and up to two words, read from the last "any" that reaches the end
    assert [_group(_ANY_BEFORE.search(text)) for text in ANY36_TEXTS] == ["any any any ", "any a-b ", None]
