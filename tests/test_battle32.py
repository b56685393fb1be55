"""Thirty-second session (helper battle32): fighting words that tell no new battle (people displaced by the fighting,
an outbreak years back, an offensive not begun, a lull in the fighting, terrorism fought, fighting going on across the
country), each beside a real clash that stays. Texts written for the tests."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from bench.adversarial import BATTLES_ASIDE32_TEXTS
from loaders.battles_aside import (
    _BROKE_OUT_BACK,
    _CAUSE_FOUGHT,
    _DAY,
    _DISPLACED_BY,
    _GOES_ON,
    _LULL_IN,
    _NOT_BEGUN,
    battle_aside,
)
from loaders.gazetteer import Gazetteer
from tests.written import place_slugs

_WORD = re.compile(r"\w+")  # the trigger word the guard is handed, here the sentence's first


_read = partial(place_slugs, titled=True, published=date(2016, 5, 10))


def test_people_displaced_by_the_clashes_is_no_battle(gazetteer: Gazetteer) -> None:
    text = (
        "On Saturday rebels attacked a checkpoint near Saraqib, killing four soldiers, activists said. Hundreds of "
        "families have been displaced by the clashes in Idlib province, the UN said."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["saraqib"])]


def test_clashes_that_displace_people_are_still_a_battle(gazetteer: Gazetteer) -> None:
    text = (
        "On Saturday rebels attacked a checkpoint near Saraqib, killing four soldiers, activists said. Clashes "
        "between rebels and the army displaced hundreds of families in Maarat al-Numan on Sunday, the UN said."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["saraqib"]), ("armed-clash", ["maarrat-al-numan"])]


def test_fighting_that_broke_out_years_ago_is_no_battle(gazetteer: Gazetteer) -> None:
    text = (
        "Islamic State fighters attacked a Kurdish checkpoint in Qamishli on Friday, a security source said. Many "
        "residents left the town when fighting broke out there three years ago."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["al-qamishli"])]


def test_fighting_that_broke_out_on_a_day_is_a_battle(gazetteer: Gazetteer) -> None:
    text = (
        "Islamic State fighters attacked a Kurdish checkpoint in Qamishli on Friday, a security source said. Fighting "
        "broke out in Hasakah on Saturday between Kurdish forces and the army."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["al-qamishli"]), ("armed-clash", ["al-hasakah"])]


def test_an_offensive_not_yet_begun_is_no_battle(gazetteer: Gazetteer) -> None:
    text = "The army clashed with rebels in Hama on Wednesday. The long-awaited offensive on Idlib has not yet begun."
    assert _read(text, gazetteer) == [("armed-clash", ["hama"])]


def test_an_attack_with_something_not_yet_done_after_it_is_a_battle(gazetteer: Gazetteer) -> None:
    text = (
        "The army clashed with rebels in Hama on Wednesday. Rebels attacked army posts in Idlib on Thursday and have "
        "not yet withdrawn."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["hama"]), ("armed-clash", ["idlib"])]


def test_a_lull_in_the_fighting_is_no_battle(gazetteer: Gazetteer) -> None:
    text = "Rebels clashed with troops in Idlib on Sunday. There was a lull in the fighting in Aleppo."
    assert _read(text, gazetteer) == [("armed-clash", ["idlib"])]


def test_an_attack_that_broke_a_lull_is_a_battle(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels clashed with troops in Idlib on Sunday. Rebels broke a two-week lull by attacking army posts in "
        "Aleppo on Monday."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["idlib"]), ("armed-clash", ["aleppo"])]


def test_fighting_terrorism_is_no_battle(gazetteer: Gazetteer) -> None:
    text = "Rebels attacked the army in Hama on Friday. Russia says its forces are fighting terrorism in Syria."
    assert _read(text, gazetteer) == [("armed-clash", ["hama"])]


def test_fighting_the_terror_group_is_a_battle(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels attacked the army in Hama on Friday. Russian forces fought the terror group near Palmyra on "
        "Saturday, killing 12 militants."
    )
    assert _read(text, gazetteer) == [("armed-clash", ["hama"]), ("armed-clash", ["palmyra"])]


def test_fighting_going_on_across_the_country_is_no_battle(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels ambushed an army convoy near Hama on Friday, killing eight soldiers, the Observatory said. Clashes "
        "were still raging throughout Syria."
    )
    assert _read(text, gazetteer) == [("ambush", ["hama"])]


def test_fighting_across_the_country_on_a_day_is_not_set_aside() -> None:
    # Read at the guard: since the thirty-third session (joins33) a sideless "Fighting ..." opener borrows no side
    # from the sentence before, so the article-level reading no longer shows the guard's day exception.
    told = "Fighting raged across the country on Monday, killing 80 people, the Observatory said."
    undated = told.replace(" on Monday", "")
    assert not battle_aside(told, _WORD.match(told))
    assert battle_aside(undated, _WORD.match(undated))


def test_the_patterns_on_their_adversarial_inputs() -> None:
    for pattern in (_DISPLACED_BY, _BROKE_OUT_BACK, _NOT_BEGUN, _CAUSE_FOUGHT, _GOES_ON, _DAY):
        assert [pattern.search(text) for text in BATTLES_ASIDE32_TEXTS] == [None] * len(BATTLES_ASIDE32_TEXTS)
    # the run of "a lull in the" is cut mid-word: its last whole phrase ends the text and is read
    assert [m.group() if (m := _LULL_IN.search(text)) else None for text in BATTLES_ASIDE32_TEXTS] == [
        None,
        None,
        None,
        None,
        "lull in the a ",
        None,
        None,
        None,
        None,
        None,
    ]
