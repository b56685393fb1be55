"""Thirty-seventh session, helper engbattles37: a fight "among" named groups names its sides. Texts written."""

from __future__ import annotations

from bench.adversarial import ENGBATTLES37_TEXTS, PRESSED37_TEXTS, _matched, searched
from loaders.among_sides import _AMONG
from loaders.gazetteer import Gazetteer
from loaders.pressed_offensives import _PRESSED_WITH
from tests.written import types_sides


def test_clashes_among_groups_name_their_sides(gazetteer: Gazetteer) -> None:
    text = "Clashes among Jaish al-Islam and Faylaq al-Rahman in Eastern Ghouta on Monday killed 40 fighters."
    assert types_sides(text, gazetteer) == [("armed-clash", ("actor/jaysh-al-islam",), ("actor/faylaq-al-rahman",))]


def test_among_after_a_kill_counts_the_dead_and_names_no_side(gazetteer: Gazetteer) -> None:
    text = "An air strike on Eastern Ghouta on Monday killed 20 people, among them Jaish al-Islam fighters."
    assert all("actor/jaysh-al-islam" not in attackers for _, attackers, _ in types_sides(text, gazetteer))


# --- "pressed ahead with their offensive": the side pressing on with its own fight fights it ---


def test_side_pressing_ahead_with_its_offensive_attacks(gazetteer: Gazetteer) -> None:
    text = "Government forces pressed on with their assault on Douma on Monday."
    assert types_sides(text, gazetteer) == [("armed-clash", ("actor/syrian-arab-army",), ())]


def test_side_pressing_ahead_with_talks_is_no_attacker(gazetteer: Gazetteer) -> None:
    text = "Russia pressed ahead with its peace talks as rebels attacked Douma on Monday."
    assert all("actor/russia" not in attackers for _, attackers, _ in types_sides(text, gazetteer))


def test_adversarial_runs_read_one_among_and_no_pressing_gap() -> None:
    # the bench's inputs: a run of "among" is read one word at a time, and no run ends a pressing gap
    assert [_matched(_AMONG)(t) for t in ENGBATTLES37_TEXTS] == [None, " among ", " among the "]
    assert [searched(_PRESSED_WITH)(t) for t in PRESSED37_TEXTS] == [None] * 5
    assert _PRESSED_WITH.search("Kurdish forces pressed ahead with their ") is not None
