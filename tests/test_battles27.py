"""Twenty-seventh session (helper battles27): battle reports found and dropped. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BATTLES27_TEXTS
from loaders import taken_from
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from tests.written import types_sides as _told

_ARMY = ("actor/syrian-arab-army",)


# --- ground "wrested back from" a side, in the passive: taken back, its loser named ---


@pytest.mark.parametrize(
    ("text", "loser"),
    [
        ("The army said two villages near Kassab had been wrested back from the militants on Sunday.", ()),
        ("Officials said the town of Morek was wrested back from IS after heavy fighting.", ("actor/islamic-state",)),
    ],
)
def test_ground_wrested_back_from_a_side_is_retaken(text: str, loser: tuple[str, ...], gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("government-regains-territory", _ARMY, loser)]


def test_something_wrested_back_from_no_side_takes_nothing(gazetteer: Gazetteer) -> None:
    text = "The club said the title had been wrested back from its rivals in Aleppo last season."
    assert _told(text, gazetteer) == []


# --- a side expelled or pushed out in the passive: its subject lost the ground ---


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Rebel fighters were expelled from the Jobar district of Damascus on Tuesday.",
            ("government-regains-territory", _ARMY, ("actor/syrian-rebels",)),
        ),
        (
            "IS fighters were pushed out of the town of Manbij last week.",
            ("government-regains-territory", _ARMY, ("actor/islamic-state",)),
        ),
        (
            "Government troops were expelled from the town of Morek on Friday.",
            ("non-state-actor-overtakes-territory", (), _ARMY),
        ),
    ],
)
def test_a_side_expelled_lost_the_ground(
    text: str, told: tuple[str, tuple[str, ...], tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    ["Two diplomats were expelled from Damascus on Friday.", "Journalists were expelled from the town of Manbij."],
)
def test_people_expelled_are_no_side(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- advances made against a foe ---


def test_advances_made_against_a_foe_take_ground(gazetteer: Gazetteer) -> None:
    text = "The Syrian army has made major advances against militants north of Aleppo."
    assert _told(text, gazetteer) == [("government-regains-territory", _ARMY, ())]


@pytest.mark.parametrize(
    "text",
    ["Scientists have made major advances against cancer in Aleppo.", "The army made advances in Aleppo."],
)
def test_advances_with_no_armed_foe_take_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- ground recovered ---


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Government forces had launched a counter attack and had recovered some lost ground in Sahl al-Ghab.",
            ("government-regains-territory", _ARMY, ()),
        ),
        (
            "Rebels recovered territory near Morek on Sunday after a week of fighting.",
            ("non-state-actor-overtakes-territory", ("actor/syrian-rebels",), ()),
        ),
    ],
)
def test_ground_recovered_is_ground_taken(
    text: str, told: tuple[str, tuple[str, ...], tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian pound recovered some lost ground against the dollar in Damascus.",
        "Rescuers recovered the bodies of 12 soldiers in Palmyra.",
    ],
)
def test_what_is_recovered_other_than_ground_is_no_taking(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- the adversarial inputs of bench/adversarial.py, read as the rules read them ---


def test_the_adversarial_inputs_read_as_expected() -> None:
    assert [len(trigger_matches(t)) for t in BATTLES27_TEXTS] == [0, 0, 0, 550, 450, 0, 0]
    assert [len(taken_from._TAKEN_BACK.findall(t)) for t in BATTLES27_TEXTS] == [0, 0, 380, 0, 0, 0, 0]
    assert [len(taken_from._LOSER_AS_SUBJECT.findall(t)) for t in BATTLES27_TEXTS] == [0, 0, 0, 550, 450, 0, 0]
