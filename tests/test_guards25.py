"""Twenty-fifth session, helper guards25: the engagement guards measured as a whole by counts on half a; "yet to"
hedges only as an infinitive, not as "so far" before a preposition's noun phrase. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import HEDGE_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.trigger_guards import _HEDGE
from tests.written import types


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched an attack on Khan Touman on Monday dealing the heaviest blow yet to the army in Aleppo.",
        "IS fighters stormed an army post near Palmyra in the worst setback yet to a government offensive there.",
        "Rebels launched an attack on Harasta on Friday inflicting the biggest loss yet to date on the army.",
    ],
)
def test_yet_before_a_noun_phrase_is_no_hedge(text: str, gazetteer: Gazetteer) -> None:
    assert types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # "yet to" with its infinitive: not done
        "Rebels have yet to launch an attack on Khan Touman.",
        "The army is yet to attack the rebel-held town of Harasta.",
        "An attack on Harasta that rebels are yet to carry out was announced on Friday.",
        # with "be": not confirmed
        "A reported attack on Khan Touman is yet to be confirmed by the army.",
        # the words of the preposition reading, but an infinitive after all ("yet to the" never; "yet to their" never)
        "Rebels are yet to attack Khan Touman, the observatory said.",
    ],
)
def test_yet_to_with_an_infinitive_still_hedges(text: str, gazetteer: Gazetteer) -> None:
    assert "armed-clash" not in types(text, gazetteer)


def test_the_hedge_on_adversarial_input() -> None:
    # "yet to yet ..." is "yet to" before a word that is no determiner; "yet to the" only where the cut ends the text
    # after "to"; "yet" alone and "Yet To A" are none
    assert [len(_HEDGE.findall(text)) for text in HEDGE_TEXTS] == [714, 1, 0, 0]
