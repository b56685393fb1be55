"""A bare "attack" in a story told only of one means is of that means (twenty-fourth session, helper engtypes24):
"a car bomb killed nine ... an earlier attack on the town in March killed 14" is a second bombing, not a clash. The
texts are written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from bench.adversarial import ENGTYPES24_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.story_means import _FIGHTING
from tests.written import written

_BOMB = "A car bomb exploded near a market in the town of Azaz on Sunday, killing nine people. "


def _types(body: str, gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """(type, place names) of every engagement extracted from one article dated 1 May 2016."""
    found = written(body, gazetteer, published=date(2016, 5, 1)).engagements
    return sorted((e.type, sorted(k.split("/")[-1].split("-")[0] for k in e.places)) for e in found)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_BOMB + "An earlier attack on the town in March killed 14 people.", "remote-explosive"),
        (
            "Suicide bombers struck a checkpoint in Jableh on Monday, killing 12 people. Another attack in Tartous"
            " in May killed 30 people.",
            "suicide-bombing",
        ),
    ],
)
def test_a_bare_attack_in_a_story_of_one_means_is_of_that_means(body: str, expected: str, gazetteer: Gazetteer) -> None:
    types = _types(body, gazetteer)
    assert len(types) == 2
    assert all(t == expected for t, _ in types)


@pytest.mark.parametrize(
    "body",
    [
        # a battle told before: the story is not of one means
        "Rebels clashed with troops in Azaz on Sunday. A car bomb exploded near a market in the town on Monday, killing"
        " nine people. An attack on Marea in March killed 14 people.",
        # one armed side attacking another: a battle, whatever the story's means
        _BOMB + "Islamic State launched an attack on Kurdish forces in Tal Abyad, killing four.",
        # an attack on an armed side, its doer unnamed
        _BOMB + "Meanwhile, an attack targeted army checkpoints on the outskirts of Marea on Monday.",
        # the sentence tells a fight on the ground
        _BOMB + "Rebels launched an attack on army positions in Tal Rifaat with tanks and troops, killing four.",
        _BOMB + "Heavy fighting broke out in Marea on Monday after an attack that killed four people.",
        # not the bare noun: a verb, another generic noun
        _BOMB + "Militants attacked a checkpoint in Marea on Monday, killing four.",
        _BOMB + "An assault on Marea on Monday killed four people.",
        # no means told before it
        "An attack on the town of Marea killed nine people on Sunday.",
    ],
)
def test_an_attack_of_a_fight_or_before_any_means_takes_no_means(body: str, gazetteer: Gazetteer) -> None:
    at_marea = [t for t, places in _types(body, gazetteer) if places != ["azaz"]]
    assert all(t in {"armed-clash", "non-state-actor-overtakes-territory"} for t in at_marea)


def test_the_words_of_fighting_on_adversarial_input() -> None:
    # only the whole word cut off at the end of the first text is read
    found = [_FIGHTING.search(t) for t in ENGTYPES24_TEXTS]
    assert [m.group(0) if m else None for m in found] == ["clash", None, None]
