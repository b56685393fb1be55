"""Thirty-fifth session, helper review35b: the fixes of this session's rules found by writing sentences against them.
Texts written for the tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import REVIEW35B_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.held_since import HELD_SINCE_MONTH
from loaders.other_munitions import _OPENS_ON_OTHER
from loaders.such_kinds import _RESULT
from tests.probed_news import read_after_news
from tests.written import JUNE_12_2017, types_places

_NEWS = [("air-strike", ["saraqib"])]
_LEAD = "Rebels fired rocket shells on al-Midan neighborhood in Aleppo city on Monday killing three civilians. "


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # a kind counted: the deeds themselves (`such_kinds._COUNTED`)
        ("Two such strikes hit the town of Ariha on Sunday.", ("air-strike", ["ariha"])),
        # a degree with its result: how heavy one day's shelling was, "such heavy ... that" (`such_kinds._RESULT`)
        (
            "Rebels in Daraa came under such heavy shelling on Sunday that 30 fighters were killed.",
            ("shelling", ["daraa"]),
        ),
    ],
)
def test_a_kind_counted_or_dated_is_told(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [*_NEWS, told]


def test_an_end_to_such_attacks_is_still_none(gazetteer: Gazetteer) -> None:
    assert read_after_news("The UN called for an end to such attacks on hospitals.", gazetteer) == _NEWS


@pytest.mark.parametrize(
    "probe",
    [
        "Other sources said shelling killed five civilians in al-Midan.",
        "Other activists reported shelling on al-Midan neighborhood.",
    ],
)
def test_other_sources_telling_the_shelling_tell_the_same_one(probe: str, gazetteer: Gazetteer) -> None:
    found = types_places(_LEAD + probe, gazetteer, titled=True, published=JUNE_12_2017)
    assert [t for t, _ in found] == ["shelling"], found


def test_other_shells_still_another_shelling(gazetteer: Gazetteer) -> None:
    text = _LEAD + "Other mortar shells landed on al-Ramouseh neighborhood injuring two."
    found = types_places(text, gazetteer, titled=True, published=JUNE_12_2017)
    assert [t for t, _ in found] == ["shelling", "shelling"], found


@pytest.mark.parametrize(
    "probe",
    [
        "Activists held by the regime since March were released on Monday.",
        "Two journalists who have been held by the regime since March were freed in Saraqib.",
        "A Jordanian pilot held by IS since December was shown in a video.",
    ],
)
def test_people_held_since_a_month_are_no_ground_taken(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == _NEWS


def test_ground_held_since_a_month_is_still_its_taking(gazetteer: Gazetteer) -> None:
    found = read_after_news("The town of Ariha has been held by rebels since May.", gazetteer)
    assert found == [*_NEWS, ("non-state-actor-overtakes-territory", ["ariha"])], found


def test_ground_held_since_last_month_is_its_taking(gazetteer: Gazetteer) -> None:
    found = read_after_news("The town of Ariha has been under rebel control since last May.", gazetteer)
    assert found == [*_NEWS, ("non-state-actor-overtakes-territory", ["ariha"])], found


def test_a_recent_truce_only_proposed_is_none(gazetteer: Gazetteer) -> None:
    found = read_after_news("Russia presented its recent ceasefire proposal for Douma to the council.", gazetteer)
    assert found == _NEWS


@pytest.mark.parametrize(
    "probe",
    [
        # the condemnation dated, not the strikes
        "Turkey condemned such air strikes in Ariha on Monday.",
        # a relative clause after the kind, with its own subject
        "The UN called for an end to such attacks that the regime carries out.",
    ],
)
def test_a_kind_with_a_day_or_a_relative_clause_is_still_none(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == _NEWS


def test_the_adversarial_runs_match_nothing() -> None:
    held = re.compile(HELD_SINCE_MONTH, re.IGNORECASE)
    assert [held.search(text) for text in REVIEW35B_TEXTS] == [None] * len(REVIEW35B_TEXTS)
    assert [_RESULT.match(text) for text in REVIEW35B_TEXTS] == [None] * len(REVIEW35B_TEXTS)
    assert [_OPENS_ON_OTHER.fullmatch(text) for text in REVIEW35B_TEXTS] == [None] * len(REVIEW35B_TEXTS)
