"""Twenty-eighth session (helper battles28): battle reports found and dropped. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BATTLES28_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.launched_offensives import _LAUNCHED_TO, _RELATIVE_BEFORE, launched_at
from tests.written import types_sides as _told

_IS = ("actor/islamic-state",)


# --- an offensive launched to take ground: the battle for it ---


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("The SDF started an operation aimed to liberate Raqqa from IS in June.", ("actor/syrian-democratic-forces",)),
        (
            "Kurdish fighters began a major offensive to capture Manbij from IS on Tuesday.",
            ("actor/peoples-protection-units",),
        ),
    ],
)
def test_offensive_launched_to_take_ground_is_a_battle(
    text: str, attackers: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [("armed-clash", attackers, _IS)]


@pytest.mark.parametrize(
    "text",
    [
        "The army plans to launch an offensive to retake Palmyra from IS.",
        "Residents of Morek, which the army began an operation to retake last month, fled on Friday.",
        "Any operation to retake Raqqa should be led by Arab forces, the official said.",
    ],
)
def test_offensive_planned_or_describing_a_place_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_launch_is_read_right_before_the_verb() -> None:
    text = "the army launched an assault to recapture"
    assert launched_at(text, text.index("recapture")) == text.index("launched")
    text = "the army launched an assault on the town to recapture"
    assert launched_at(text, text.index("recapture")) is None


def test_launch_patterns_on_adversarial_texts() -> None:
    assert [_LAUNCHED_TO.search(t) for t in BATTLES28_TEXTS] == [None] * 12
    assert [bool(_RELATIVE_BEFORE.search(t)) for t in BATTLES28_TEXTS] == [False] * 4 + [True] + [False] * 7


# --- a side's advances, the noun with its side before it ---


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Rebels inside Aleppo are under growing pressure from regime advances around the southern outskirts of the "
            "city.",
            ("armed-clash", ("actor/baathist-syria",), ()),
        ),
        (
            "Amid IS advances near Marea on Sunday, hundreds of families fled toward the Turkish border.",
            ("armed-clash", _IS, ()),
        ),
    ],
)
def test_side_advances_are_a_battle(
    text: str, told: tuple[str, tuple[str, ...], tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "The government advances a plan to rebuild Homs, the minister said.",
        "Scientists in Damascus praised advances in medicine on Monday.",
    ],
)
def test_advances_with_no_side_or_an_object_are_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_side_advances_on_adversarial_texts() -> None:
    assert [len(trigger_matches(t)) for t in BATTLES28_TEXTS] == [0, 0, 0, 166, 0, 0, 312, 208, 0, 0, 0, 0]


# --- a side defeated or routed: a side fought ---


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Kurdish fighters routed IS militants near Tal Abyad on Monday.",
            ("armed-clash", ("actor/peoples-protection-units",), _IS),
        ),
        (
            "Syrian forces have defeated militants across the outskirts of Daraa on Friday.",
            ("armed-clash", ("actor/syrian-arab-army",), ()),
        ),
    ],
)
def test_side_defeated_is_a_battle(
    text: str, told: tuple[str, tuple[str, ...], tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "The incumbent defeated his rivals in the vote in Damascus on Sunday.",
        "IS was defeated in Raqqa last year, officials in Damascus said.",
    ],
)
def test_defeat_of_no_fighters_or_in_the_passive_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- ground taken behind the modifiers "strategically located", "important", "vital" ---


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents took the strategically located town of Jisr al-Shughour in April.",
        "Rebels took the strategically important town of Morek on Friday.",
    ],
)
def test_ground_taken_behind_its_modifiers(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("non-state-actor-overtakes-territory", ("actor/syrian-rebels",), ())]


@pytest.mark.parametrize(
    "text",
    [
        "The minister took the important decision in Damascus on Friday.",
        "The army took vital supplies to Homs on Monday.",
    ],
)
def test_modifiers_before_no_ground_take_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []
