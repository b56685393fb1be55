"""Engagements and places read by the thirty-seventh session's rules (helper idlibtown37): sentences written for these
tests, never copied from a corpus."""

from __future__ import annotations

from written import types

from bench.adversarial import MEASURE_CAUSES37_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.measure_causes import _CAUSE_BEFORE, _DATED_AFTER, _MEASURE


def test_a_campaign_given_as_the_cause_of_a_closure_is_no_strike(gazetteer: Gazetteer) -> None:
    text = "Hospitals in Hama suspended work on Tuesday owing to the intense Russian bombing campaign."
    assert types(text, gazetteer) == []


def test_a_dated_cause_of_a_closure_is_still_reported(gazetteer: Gazetteer) -> None:
    text = "The market in Hama was closed because of heavy shelling by government forces on Tuesday."
    assert types(text, gazetteer) == ["shelling"]


def test_measure_cause_patterns_on_adversarial_texts() -> None:
    assert [bool(_CAUSE_BEFORE.search(t)) for t in MEASURE_CAUSES37_TEXTS] == [False] * 3
    assert [bool(_MEASURE.search(t)) for t in MEASURE_CAUSES37_TEXTS] == [False] * 3
    assert [bool(_DATED_AFTER.match(t)) for t in MEASURE_CAUSES37_TEXTS] == [False] * 3
