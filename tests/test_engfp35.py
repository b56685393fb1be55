"""Thirty-fifth session (helper engfp35): engagements named, not reported. A campaign carried on in an "as" clause, a
body's remit ("which oversees military operations") and a kind named with "such" report no engagement; the day's news
beside them is still read. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import CARRIED35_TEXTS, REMIT35_TEXTS, SUCH35_TEXTS
from loaders.carried_on import _AS_CARRIED_ON
from loaders.gazetteer import Gazetteer
from loaders.remits import _REMIT
from loaders.such_kinds import _SUCH_BEFORE
from tests.probed_news import read_after_news

NEWS = [("air-strike", ["saraqib"])]


@pytest.mark.parametrize(
    "probe",
    [
        # a present verb of carrying on in an "as" clause: the campaign as backdrop
        "The UN Security Council met as regime forces continue their bombardment of Aleppo.",
        "Aid groups appealed for a truce as government troops extend their shelling of Douma.",
    ],
)
def test_a_campaign_carried_on_in_an_as_clause_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # the past tense with a day: one day's news
        ("Regime forces continued their bombardment of Aleppo on Monday, killing 20 people.", ("shelling", ["aleppo"])),
        # the "as" clause with a day after the trigger: the day's bombardment
        ("The council met as regime forces continue their bombardment of Aleppo on Monday.", ("shelling", ["aleppo"])),
    ],
)
def test_a_campaign_told_with_its_day_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [*NEWS, told]


@pytest.mark.parametrize(
    "probe",
    [
        # "operations" after a word of charge: what a command or an officer is in charge of
        "The command, which oversees military operations in Iraq and Syria, said its review of the Manbij report would "
        "take a week.",
        "The officer responsible for Russian military operations in Hama told reporters in Moscow that the army was "
        "ready.",
    ],
)
def test_a_remit_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


@pytest.mark.parametrize(
    "probe",
    [
        # "such" before the trigger: a kind of deed, or one told before (written-sentence probe)
        "Such attacks have killed hundreds of civilians in Idlib.",
        "Such heavy shelling of Douma has forced thousands to flee.",
    ],
)
def test_a_kind_named_with_such_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


def test_weapons_such_as_barrel_bombs_stay_an_engagement(gazetteer: Gazetteer) -> None:
    # "such as" lists examples: the strike with them is the day's news
    probe = "The army dropped weapons such as barrel bombs on Douma on Monday."
    assert read_after_news(probe, gazetteer) == [*NEWS, ("air-strike", ["douma"])]


def test_the_patterns_on_their_adversarial_inputs() -> None:
    # no verb of carrying on, no trigger after the determiner, no "as": nothing is read
    assert [_AS_CARRIED_ON.search(text) for text in CARRIED35_TEXTS] == [None] * len(CARRIED35_TEXTS)
    # "such" runs reach no trigger at the end of the text ("such as" lists are left)
    assert [_SUCH_BEFORE.search(text) for text in SUCH35_TEXTS] == [None] * len(SUCH35_TEXTS)
    assert [_REMIT.search(text) for text in REMIT35_TEXTS] == [None] * len(REMIT35_TEXTS)
    # each reads its own phrase before a trigger
    assert _AS_CARRIED_ON.search("met as the army and its allies continue their relentless ") is not None
    assert _SUCH_BEFORE.search("an end to such direct ") is not None
    assert _REMIT.search("which oversees US military ") is not None
