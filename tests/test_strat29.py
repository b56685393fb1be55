"""Twenty-ninth session (helper strat29): protests put down by force are an attack on civilians, unless the sentence
tells how the war began. Texts written for the tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import PROTESTS29_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.protests_put_down import _WAR_BEGAN, PROTESTS_PUT_DOWN
from tests.written import types as _types

_PUT_DOWN = re.compile(rf"\b(?:{PROTESTS_PUT_DOWN})\b", re.IGNORECASE)


# --- protests put down by force ---


@pytest.mark.parametrize(
    "text",
    [
        "Security forces suppressed protests in Homs on Friday, activists said.",
        "The government crushed the peaceful demonstrations in Hama with brutal force.",
        "Regime forces dispersed a rally of students in Damascus.",
        "The rally was violently dispersed by Nusra Front fighters in Idlib on Friday.",
        "Residents held protests in Saraqeb against Nusra Front, which its fighters broke up with live fire.",
    ],
)
def test_protests_put_down_are_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        # the war's origin told as history
        "The protests became an armed uprising after Assad's forces cracked down on demonstrators in Daraa.",
        "The conflict began when the regime crushed peaceful protests in Daraa.",
        # a plan, a crowd only gathered, a protest banned
        "The governor vowed to crush any protests in Homs.",
        "Thousands of protesters gathered in Idlib on Friday.",
        "The authorities banned the demonstrations in Damascus.",
        # not a crowd: a revolt put down is the war told
        "The army crushed the uprising in Hama.",
    ],
)
def test_history_plans_and_crowds_unharmed_tell_no_attack(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == []


def test_the_war_began_guard_reads_the_origin_only() -> None:
    assert _WAR_BEGAN.search("the protests turned into a full-scale civil war")
    assert _WAR_BEGAN.search("the war, which began with protests")
    assert not _WAR_BEGAN.search("protests continued in Homs as troops dispersed them")


def test_the_adversarial_texts_read_no_protest_put_down() -> None:
    assert [len(list(_PUT_DOWN.finditer(t))) for t in PROTESTS29_TEXTS] == [0] * 6
    assert [_WAR_BEGAN.search(t) for t in PROTESTS29_TEXTS] == [None] * 6
    assert [len(trigger_matches(t)) for t in PROTESTS29_TEXTS] == [0] * 6
