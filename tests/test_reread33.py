"""Bugs the review of the thirty-third session's first round mended (reread33)."""

from __future__ import annotations

from functools import partial

from bench.adversarial import SOLDIERS33_TEXTS, SURROUNDED_BY33_TEXTS, _matched, searched
from loaders.actor_references import _SOLDIERS_BEFORE
from loaders.gazetteer import Gazetteer
from loaders.trigger_objects import _BY_AFTER
from tests.written import JUNE_12_2017, side_slugs

_sides = partial(side_slugs, titled=True, published=JUNE_12_2017)


# --- a sentence opening on bare "Soldiers": the army the article named, as "12 soldiers" in mid-sentence ---

ARMY_THEN_REBELS = (
    "The Syrian army lost ground in Homs province on Sunday. Rebels ambushed a convoy near Rastan on Monday. "
)


def test_sentence_initial_soldiers_are_the_army_the_article_named(gazetteer: Gazetteer) -> None:
    told = _sides(ARMY_THEN_REBELS + "Soldiers shelled rebel positions near Talbiseh on Tuesday.", gazetteer)
    # (without the army, the sentence before's rebels were read as the shelling's doer)
    assert ("shelling", ["syrian-arab-army"], ["syrian-rebels"]) in told


def test_sentence_initial_soldiers_with_no_army_named_stay_sideless(gazetteer: Gazetteer) -> None:
    told = _sides("Soldiers shelled rebel positions near Talbiseh on Tuesday.", gazetteer)
    assert ("shelling", [], ["syrian-rebels"]) in told
    assert all("syrian-arab-army" not in attackers for _, attackers, _ in told)


def test_soldiers_before_reads_the_sentence_start() -> None:
    assert _SOLDIERS_BEFORE.search("Soldiers shelled", 0, 0) is not None
    assert _SOLDIERS_BEFORE.search("Rebel soldiers shelled", 0, 6) is None
    assert [searched(_SOLDIERS_BEFORE)(t) is not None for t in SOLDIERS33_TEXTS] == [False, False, False, True]


# --- "surrounded" and its passive "by" after more than one blank ---


def test_passive_surrounded_with_two_blanks_before_by_is_a_siege(gazetteer: Gazetteer) -> None:
    told = _sides("The town of Madaya, which is surrounded  by government forces, ran out of food.", gazetteer)
    assert ("siege", ["syrian-arab-army"], []) in told


def test_active_surrounded_still_needs_a_place_after_it(gazetteer: Gazetteer) -> None:
    text = "Police surrounded the building in Damascus on Monday. IS militants surrounded the town of Kobani."
    assert [kind for kind, _, _ in _sides(text, gazetteer)].count("siege") == 1
    assert ("siege", ["islamic-state"], []) in _sides(text, gazetteer)


def test_by_after_adversarial_inputs() -> None:
    assert [_matched(_BY_AFTER)(t) is not None for t in SURROUNDED_BY33_TEXTS] == [False, True, True]
