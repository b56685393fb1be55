"""Thirty-seventh session (helper joins37): an attack told with the ground it took is a battle, not the bombardment
told in another sentence. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import GROUND_TAKEN37_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.ground_taken import GROUND_TAKEN, ground_taken
from tests.written import types

_ATTACK = "Syrian army units attacked positions of ISIS terrorists west of Deir Ezzor on Monday"
_SHELLING = " The army also shelled ISIS positions in Deir Ezzor on Monday, killing 30 terrorists."


def test_an_attack_that_took_ground_is_no_bombardment_told_apart(gazetteer: Gazetteer) -> None:
    text = _ATTACK + " and control was established over the hills." + _SHELLING
    assert types(text, gazetteer) == ["armed-clash", "shelling"]


def test_an_attack_that_took_no_ground_still_joins_the_shelling(gazetteer: Gazetteer) -> None:
    # nothing tells a fight of its own: the shelling that day says how the attack was made
    assert types(_ATTACK + "." + _SHELLING, gazetteer) == ["shelling"]


def test_ground_taken_is_read_by_control_over() -> None:
    assert ground_taken("control was established over the hills")
    assert ground_taken("troops took full control of the town")
    assert not ground_taken("the attack was aimed to retake the city")
    assert not ground_taken("checkpoints control the road")


def test_ground_taken_reads_adversarial_text() -> None:
    assert [searched(GROUND_TAKEN)(t) for t in GROUND_TAKEN37_TEXTS] == [None, None, None, None]
