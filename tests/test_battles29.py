"""Twenty-ninth session (helper battles29): a battle fought since a day, its subject across a relative clause; ground
told taken by state media. Texts written for the tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import BATTLES29_TEXTS
from loaders.extract import extract
from loaders.fought_since import _HAD_BEEN, _SINCE_DAY, fought_since_day
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.nearest_actors import _PROGRESSIVE_AT, _RELATIVE_GAP
from loaders.state_media_gains import _STATE_MEDIA_SAID_GROUND, _TAKEN_AT_END
from tests.written import types_sides as _told

_IS = ("actor/islamic-state",)
_ARMY = "actor/syrian-arab-army"
_YPG = "actor/peoples-protection-units"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Syrian troops and Kurdish fighters who share control of the town had been battling since March 3 to drive"
            " IS out of Hasakeh.",
            ("armed-clash", (_ARMY, _YPG), ()),
        ),
        (
            "Kurdish fighters who hold the north of the city had been fighting IS in Qamishli since Friday.",
            ("armed-clash", (_YPG,), _IS),
        ),
    ],
)
def test_battle_fought_since_a_day_is_one_battle(
    text: str, told: tuple[str, tuple[str, ...], tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops had been fighting since 2013 to drive IS out of Hasakeh.",
        "Syrian troops had been fighting since March to drive IS out of Hasakeh.",
        "Syrian troops have been fighting since March 3 to drive IS out of Hasakeh.",
        "Syrian troops had been shelling Hasakeh since March 3.",
    ],
)
def test_fighting_since_a_month_a_year_or_in_the_present_stays_summed_up(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_fought_since_day_reads_the_past_perfect_and_a_day() -> None:
    text = "The rebels had been clashing since 25 June with the army."
    assert fought_since_day(text, re.search("clashing", text))  # type: ignore[arg-type]
    text = "The rebels were clashing since 25 June with the army."
    assert not fought_since_day(text, re.search("clashing", text))  # type: ignore[arg-type]


def test_relative_clause_on_a_present_verb_of_holding_is_skipped() -> None:
    assert _RELATIVE_GAP.search(" who share control of the town had been ")
    assert _PROGRESSIVE_AT.search(" who share control of the town had been ")
    assert not _RELATIVE_GAP.search(" who say the army had been ")


def test_fought_since_patterns_on_adversarial_texts() -> None:
    for pattern in (_HAD_BEEN, _SINCE_DAY, _RELATIVE_GAP, _PROGRESSIVE_AT):
        assert [pattern.search(t) for t in BATTLES29_TEXTS] == [None] * 11


# --- ground told taken in the passive by the state's own media ---


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The state news agency SANA said the village of Tal Antar in Deraa was taken.",
            ("place/local/tal-antar", "place/daraa-governorate-85678399"),
        ),
        ("State television reported that the town of Morek in Hama was taken.", ("place/murak-1310188781",)),
    ],
)
def test_state_media_telling_ground_taken_is_the_states_gain(
    text: str, places: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    x = extract(Article("test", "t", text), gazetteer)
    assert [(e.type, e.attackers, e.places) for e in x.engagements] == [
        ("government-regains-territory", (_ARMY,), places)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The town of Morek in Hama was taken.",
        "SANA said the wounded were taken to hospital in Hama.",
        "SANA said photos of the damage in Hama were taken.",
        "Rebels said the town of Morek in Hama was taken.",
    ],
)
def test_passive_taken_without_state_media_or_ground_takes_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_state_media_patterns_on_adversarial_texts() -> None:
    assert [_TAKEN_AT_END.search(t) for t in BATTLES29_TEXTS] == [None] * 11
    found = [m.group() if (m := _STATE_MEDIA_SAID_GROUND.search(t)) else None for t in BATTLES29_TEXTS]
    assert found == [None] * 7 + ["SANA said the village of "] + [None] * 3
