"""An engagement only prepared for, and attacks summed up over the whole war or as a cycle, tell none: "the army is
preparing an assault on Raqqa", "has bombed hospitals throughout the war", "a cycle of tit-for-tat attacks"
(twenty-third session, helper precision23; `spoken_of._PREPARED_FOR`, `summed_up.HABIT_AFTER`, `summed_up.HABITUAL`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import PLAN_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.spoken_of import _PREPARED_FOR
from loaders.summed_up import HABIT_AFTER, HABITUAL


@pytest.mark.parametrize(
    "text",
    [
        "The army is preparing an assault on Raqqa, a commander said.",
        "Turkey is readying a military operation against Kurdish fighters in Afrin.",
        "Rebels are gearing up for a new battle over Hama.",
        "The regime has bombed hospitals in Idlib throughout the war.",
        "Damascus has been rocked by bomb blasts throughout the Syrian conflict.",
        "Rebels have shelled Aleppo over the course of the six-year war.",
        # a cycle or spiral of attacks is a pattern of many, no one engagement
        "The deaths came amid an escalating cycle of attacks between regime forces and rebels in Eastern Ghouta.",
        "Rebels and regime forces in Eastern Ghouta are locked in a cycle of tit-for-tat attacks.",
    ],
)
def test_a_plan_or_a_wartime_habit_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # another trigger of the clause than the one prepared for is news
        ("Troops preparing an assault on Raqqa were hit by a car bomb on Monday.", "remote-explosive"),
        # the object of "preparing" is no engagement; the shelling is the means, told
        ("The army prepared the ground for the assault on Raqqa by shelling IS positions on Monday.", "shelling"),
        # "preparing the dead": another object; the air strike told after it
        ("Doctors were preparing the dead for burial after the air strike on Douma on Monday.", "air-strike"),
        # one day or night is no war
        ("Rebels shelled Aleppo throughout the day on Monday.", "shelling"),
        ("Warplanes bombed Douma throughout the night, activists said.", "air-strike"),
        # "war" inside a compound is no span: the war-torn province is where jets struck
        ("Russian jets struck Idlib throughout the war-torn province on Monday.", "air-strike"),
        # a cycle named, then an engagement told by its own verb
        ("A new cycle of fighting began in Daraa on Monday when rebels attacked army posts.", "armed-clash"),
        ("The army broke the cycle when it shelled Douma on Monday.", "shelling"),
    ],
)
def test_an_engagement_beside_a_plan_or_a_span_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_PREPARED_FOR.search(t) is not None for t in PLAN_TEXTS] == [True, False, True, False, False]
    assert [HABIT_AFTER.search(t) is not None for t in PLAN_TEXTS] == [False] * 5
    assert [HABITUAL.search(t) is not None for t in PLAN_TEXTS] == [False, False, False, False, True]
