"""A strike whose doer the text says is unknown is lent no attacker (thirty-seventh session, helper usdoer37)."""

from __future__ import annotations

import pytest

from bench.adversarial import UNCLEAR37_TEXTS, _group
from loaders.gazetteer import Gazetteer
from loaders.unclear_doers import _BLAST_NOUNS, _FIRE_NOUNS, _STRIKE_NOUNS, _UNCLEAR
from tests.written import types_attackers

_LATER = " Russia also bombed Saraqib on Wednesday."


@pytest.mark.parametrize(
    "doubt",
    [
        "A monitor said it was unclear if the strike was carried out by Syrian planes or those of Russia.",
        "It is not yet known whose aircraft carried out the raid.",
    ],
)
def test_a_strike_of_unknown_doer_takes_not_the_one_attacker_of_the_others(gazetteer: Gazetteer, doubt: str) -> None:
    body = f"An air strike hit a bakery in Ariha on Tuesday killing four people. {doubt}{_LATER}"
    assert [attackers for _, attackers in types_attackers(body, gazetteer)] == [
        (),
        ("actor/russia", "actor/russian-aerospace-forces"),
    ]


def test_without_the_doubt_the_one_attacker_is_lent(gazetteer: Gazetteer) -> None:
    body = f"An air strike hit a bakery in Ariha on Tuesday killing four people.{_LATER}"
    assert [attackers for _, attackers in types_attackers(body, gazetteer)] == [
        ("actor/russia", "actor/russian-aerospace-forces"),
        ("actor/russia", "actor/russian-aerospace-forces"),
    ]


def test_the_patterns_on_their_adversarial_inputs() -> None:
    # no doubt without its question word, no noun in runs of blanks or of "air "
    assert [_group(_UNCLEAR.search(text)) for text in UNCLEAR37_TEXTS] == [None] * len(UNCLEAR37_TEXTS)
    assert [_group(_STRIKE_NOUNS.search(text)) for text in UNCLEAR37_TEXTS] == [None] * len(UNCLEAR37_TEXTS)
    assert [_group(_FIRE_NOUNS.search(text)) for text in UNCLEAR37_TEXTS] == [None] * len(UNCLEAR37_TEXTS)
    assert [_group(_BLAST_NOUNS.search(text)) for text in UNCLEAR37_TEXTS] == [None] * len(UNCLEAR37_TEXTS)
    # each reads its own phrase
    assert _group(_UNCLEAR.search("it remained unclear whose jets")) == "it remained unclear whose"
    assert _group(_STRIKE_NOUNS.search("the airstrikes")) == "airstrikes"
