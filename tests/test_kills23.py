"""Events told without the extractor's usual trigger forms (twenty-third session, helper kills23): the infinitive of a
verb of attack after a verb of going on. The texts are written for the tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import KILLS23_TEXTS
from loaders.bare_verbs import GONE_ON_TO
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

Read = list[tuple[str, list[str], list[str], list[str]]]


def _read(body: str, gazetteer: Gazetteer) -> Read:
    """Each engagement's type, place slugs (without the WOF id), attacker and target slugs."""
    x = extract(Article("test", "t", body), gazetteer)

    def slugs(keys: tuple[str, ...]) -> list[str]:
        return [re.sub(r"-\d+$", "", k.split("/")[-1]) for k in keys]

    return [(e.type, slugs(e.places), slugs(e.attackers), slugs(e.targets)) for e in x.engagements]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The army continued to shell the besieged neighbourhoods of Homs on Saturday.",
            [("shelling", ["homs"], ["syrian-arab-army"], [])],
        ),
        (
            "Government forces began to bombard Daraya on Monday morning.",
            [("shelling", ["darayya"], ["syrian-arab-army"], [])],
        ),
        (
            "IS began to target army checkpoints in Raqqa on Monday.",
            [("armed-clash", ["raqqa"], ["islamic-state"], [])],
        ),
    ],
)
def test_an_infinitive_after_a_verb_of_going_on_is_an_act_done(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert _read(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Rebels vowed to continue to shell Latakia.",  # a vow
        "Government forces will continue to shell Homs.",  # the future
        "The army did not continue to shell Homs after the truce.",  # negated
        "The army has promised to start to shell the rebel areas of Homs if talks fail.",  # a promise, a condition
        "Rebels threatened to kill the soldiers in Idlib.",  # a threat, no verb of going on
        "Rebels continued to storm out of the Geneva talks on Syria.",  # "storm out": leaving a room
        "Residents continued to flee the shelling of Homs, aid workers said.",  # no act of the subject
    ],
)
def test_an_infinitive_of_intent_or_in_another_sense_tells_no_engagement(body: str, gazetteer: Gazetteer) -> None:
    assert _read(body, gazetteer) == []


def test_the_bare_verb_needs_a_verb_of_going_on_before_it() -> None:
    words = [m.group(0) for m in trigger_matches("The troops shell out money and went on to shell Homs.")]
    assert words == ["shell"]  # the second only: "troops shell out" is no verb after "went on to"
    assert GONE_ON_TO.search("the army continued to ") is not None
    assert GONE_ON_TO.search("the army wanted to ") is None


def test_verbs_of_going_on_read_adversarial_text() -> None:
    # timed by make bench-patterns: runs of the verbs with no trigger after them, or a trigger after each
    assert [GONE_ON_TO.search(text) for text in KILLS23_TEXTS] == [None] * 4
    assert [len(trigger_matches(text)) for text in KILLS23_TEXTS] == [0, 0, 333, 277]
