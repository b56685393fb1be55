"""Thirty-first session, helper prec31: false engagements where the sentence tells none
(`loaders/denied_and_remarked.py`, `loaders/past_deeds.py`; docs/extraction.md "Engagements")."""

from __future__ import annotations

import pytest

from bench.adversarial import POSSESSIVE_TEXTS, TAKEN_IN_RELATIVE_TEXTS
from loaders.denied_and_remarked import _POSSESSIVE_HEAD, _POSSESSIVE_REMARK
from loaders.gazetteer import Gazetteer
from loaders.past_deeds import _DATED_AFTER, _WHICH_SUBJECT
from tests.written import written


def _engagements(body: str, gazetteer: Gazetteer) -> list[tuple[str, int]]:
    """The type and trigger offset of each engagement extracted from a body."""
    found = written(body, gazetteer).engagements
    return [(e.type, int(e.key.rsplit("@", 1)[1])) for e in found]


def test_a_possessive_head_that_only_marks_its_place_in_the_record_tells_no_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "Islamic State fighters attacked army posts east of Homs on Friday. "
        "According to a monitoring group, ISIS’s push towards Palmyra marks its biggest gain in a year."
    )
    assert _engagements(body, gazetteer) == [("armed-clash", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's air strikes on Idlib highlighted the risk to the truce.",
        "The rebels' offensive in Hama marked a turn in the war.",
        # "marked" after a definite head too
        "The shelling of Homs on Monday marked a turn in the war.",
    ],
)
def test_an_engagement_only_remarked_on_is_not_told(text: str, gazetteer: Gazetteer) -> None:
    assert _engagements(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # the possessive's engagement acts: it kills, and the remark comes after "and"
        "Russia's air strikes on Idlib killed 12 people and marked an escalation.",
        # no possessive head: the strikes are told here
        "Russian air strikes on Idlib on Monday marked a new escalation.",
    ],
)
def test_an_engagement_that_acts_or_has_no_possessive_head_is_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _ in _engagements(text, gazetteer)] == ["air-strike"]


def test_the_possessive_patterns_on_adversarial_inputs() -> None:
    assert [_POSSESSIVE_HEAD.search(t) is not None for t in POSSESSIVE_TEXTS] == [False, False, True, False, False]
    assert [_POSSESSIVE_REMARK.match(t) is not None for t in POSSESSIVE_TEXTS] == [False, False, False, False, True]


def test_a_taking_that_describes_a_place_in_a_dated_relative_clause_is_history(gazetteer: Gazetteer) -> None:
    body = (
        "Islamic State fighters attacked army posts east of Homs on Friday. "
        "The jihadists came within four kilometres of Palmyra, which government forces recaptured in March."
    )
    assert _engagements(body, gazetteer) == [("armed-clash", 0)]


@pytest.mark.parametrize(
    "text",
    [
        # not a relative clause: the taking is told
        "Government forces recaptured Palmyra in March.",
        # a relative clause with a weekday: news of the week, still told
        "Rebels shelled Maarat al-Numan, which government forces recaptured on Sunday.",
    ],
)
def test_a_taking_told_or_dated_by_a_day_is_still_read(text: str, gazetteer: Gazetteer) -> None:
    assert "government-regains-territory" in [kind for kind, _ in _engagements(text, gazetteer)]


def test_the_relative_clause_patterns_on_adversarial_inputs() -> None:
    assert [_WHICH_SUBJECT.search(t) is not None for t in TAKEN_IN_RELATIVE_TEXTS] == [False] * 5
    assert [_DATED_AFTER.match(t) is not None for t in TAKEN_IN_RELATIVE_TEXTS] == [False, False, False, False, True]
