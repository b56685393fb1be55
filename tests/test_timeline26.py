"""Twenty-sixth session (helper timeline26): events told as timeline entries. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BEGINS26_TEXTS, ENTRY26_TEXTS, TIMELINE26_TEXTS
from loaders.bare_verbs import GONE_ON_TO
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.timeline_entries import _ENTRY_DATE
from tests.written import types_places as _told

# --- a side driven from ground named behind modifiers ---


@pytest.mark.parametrize(
    "text",
    [
        "May 2016 Kurdish fighters oust IS from the strategic border town of Qamishli.",
        "Kurdish fighters dislodged IS from the besieged northern town of Qamishli on Monday.",
    ],
)
def test_a_side_driven_from_a_described_town_loses_it(text: str, gazetteer: Gazetteer) -> None:
    assert ("non-state-actor-overtakes-territory", ("place/al-qamishli-1225958399",)) in _told(text, gazetteer)


def test_people_driven_from_a_square_lose_no_ground(gazetteer: Gazetteer) -> None:
    assert _told("The police kicked the protesters from the main square of the city.", gazetteer) == []


# --- full control declared ---


@pytest.mark.parametrize(
    "text",
    [
        "December 2016 The army declares it has full control of Qusayr after the last rebels leave.",
        "The army announced that it had taken complete control of the town of Qusayr.",
    ],
)
def test_full_control_declared_is_ground_taken(text: str, gazetteer: Gazetteer) -> None:
    assert ("government-regains-territory", ("place/al-qusayr-421178435",)) in _told(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels say they control the east of Qusayr.",  # a hold, no declaration
        "The monitor announced it has full control over its own funding.",  # no ground
        "The army said it has full control of Qusayr.",  # said, not declared: a hold as often as a capture
    ],
)
def test_control_held_or_of_no_ground_is_no_capture(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- a named operation launched ---


def test_a_named_operation_launched_is_a_battle(gazetteer: Gazetteer) -> None:
    text = "March 2018 Turkey launches Operation Olive Branch in Idlib province to rout Kurdish militias."
    assert [kind for kind, _ in _told(text, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey launched an operation in Idlib province to help families in need.",  # no name, no aim of ground
        "Turkey launched operation planning talks in Idlib province.",  # "operation" not a code name
    ],
)
def test_an_unnamed_operation_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_the_adversarial_texts_read_no_capture() -> None:
    assert [len(trigger_matches(t)) for t in TIMELINE26_TEXTS] == [0, 1, 0, 0, 0, 0, 0]


# --- a timeline entry's conquest summed up ---


def test_a_timeline_entry_tells_swathes_seized_as_its_event(gazetteer: Gazetteer) -> None:
    text = "June 2014 The Islamic State group seizes swathes of territory in Iraq."
    assert [kind for kind, _ in _told(text, gazetteer)] == ["non-state-actor-overtakes-territory"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group seized swathes of territory in Iraq in June 2014.",  # a recap, no entry
        "June 2014 The Islamic State group seized swathes of territory in Iraq.",  # a past: a recap after a date
        "Analysts say the Islamic State group seizes swathes of territory in Iraq when the army retreats.",  # no date
    ],
)
def test_swathes_seized_outside_an_entry_stay_a_summary(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_the_adversarial_dates_open_no_entry() -> None:
    assert [_ENTRY_DATE.match(t) for t in ENTRY26_TEXTS] == [None] * 4


# --- a beginning told in the present ---


def test_a_capture_begun_in_the_present_is_told(gazetteer: Gazetteer) -> None:
    text = "With Iranian support the army begins to retake villages near Qusayr."
    assert [kind for kind, _ in _told(text, gazetteer)] == ["government-regains-territory"]


def test_a_plan_to_begin_is_no_capture(gazetteer: Gazetteer) -> None:
    assert _told("The army plans to retake villages near Qusayr next month.", gazetteer) == []


def test_the_adversarial_beginnings() -> None:
    assert [bool(GONE_ON_TO.search(t)) for t in BEGINS26_TEXTS] == [True, False, True]
