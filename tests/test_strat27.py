"""Twenty-seventh session (helper strat27): local deals told as a deal between armed sides, or as people who left
under a deal; a siege laid by a participle after the main clause. Texts written for the tests."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import DEALS27_TEXTS, SIEGE27_TEXTS
from loaders.deals_between_sides import DEAL_BETWEEN_SIDES, LEFT_UNDER_DEAL
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.joined_verbs import _FRONTED_TIME, _SIEGE_LAID
from tests.written import types_attackers as _told

_BETWEEN = re.compile(rf"\b(?:{DEAL_BETWEEN_SIDES})\b", re.IGNORECASE)
_LEFT = re.compile(rf"\b(?:{LEFT_UNDER_DEAL})\b", re.IGNORECASE)


# --- a deal between two armed sides ---


def test_a_deal_between_the_government_and_rebels_is_a_truce_between_them(gazetteer: Gazetteer) -> None:
    text = "The evacuation of Zabadani residents is part of a deal between the Syrian government and rebel groups."
    assert _told(text, gazetteer) == [("ceasefire", ("actor/baathist-syria", "actor/syrian-rebels"))]


@pytest.mark.parametrize(
    "phrase",
    [
        "an agreement between the regime and the armed opposition",
        "the accord between government forces and local militants",
        "deals between the army and rebel factions",
    ],
)
def test_the_sides_of_a_deal_are_named_by_their_kind(phrase: str) -> None:
    assert _BETWEEN.search(f"Residents spoke of {phrase} in the town.")


@pytest.mark.parametrize(
    "text",
    [
        "The gas deal between Russia and Turkey was signed in Ankara on Monday.",  # states, no armed side named
        "A deal between the government and the IMF on loans was signed in Damascus.",  # one side only
        "Rebels said there was no deal between the government and the opposition in Zabadani.",  # denied
    ],
)
def test_a_deal_between_states_or_a_deal_denied_is_no_truce(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- people who left under a deal ---


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of rebel fighters were evacuated from Zabadani on Monday under an agreement with the government.",
        "On Tuesday 300 rebel fighters and their families left Zabadani under a deal reached with the army.",
    ],
)
def test_fighters_who_left_under_a_deal_tell_the_deal(text: str, gazetteer: Gazetteer) -> None:
    assert [t for t, _ in _told(text, gazetteer)] == ["ceasefire"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of rebel fighters are to be evacuated from Zabadani under an agreement with the government.",  # plan
        "Hundreds of rebel fighters will be evacuated from Zabadani under an agreement with the government.",  # plan
        "The patients were evacuated from the hospital in Zabadani under a plan drawn up by doctors.",  # no deal
        "Civilians left Zabadani under cover of darkness on Monday.",
    ],
)
def test_a_planned_departure_or_one_under_no_deal_tells_no_deal(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_the_adversarial_texts_read_no_deal() -> None:
    assert [len(list(_BETWEEN.finditer(t))) for t in DEALS27_TEXTS] == [0, 1, 0, 0, 0, 0]
    assert [len(list(_LEFT.finditer(t))) for t in DEALS27_TEXTS] == [0] * 6
    assert [len(trigger_matches(t)) for t in DEALS27_TEXTS] == [0, 1, 0, 0, 0, 0]


# --- a siege laid by a participle: "captured the area east of Tabqa laying siege to the town" ---


@pytest.mark.parametrize(
    "text",
    [
        "On Monday SDF fighters seized the hills north of Raqqa laying siege to the city.",
        "Last week SDF fighters took two villages west of Raqqa imposing a siege on the city.",
    ],
)
def test_the_subject_lays_the_siege_its_participle_tells(text: str, gazetteer: Gazetteer) -> None:
    sieges = [a for t, a in _told(text, gazetteer) if t == "siege"]
    assert sieges == [("actor/syrian-democratic-forces",)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels accused the army of imposing a siege on Douma.",  # the gerund's doer is the object
        "The Kurdish-led SDF fighters were blamed for laying siege to Raqqa.",
    ],
)
def test_a_gerund_after_a_preposition_is_not_the_subjects_siege(text: str, gazetteer: Gazetteer) -> None:
    assert ("siege", ("actor/syrian-democratic-forces",)) not in _told(text, gazetteer)
    assert ("siege", ("actor/syrian-rebels",)) not in _told(text, gazetteer)


def test_the_adversarial_texts_read_one_siege_laid_and_no_fronted_time() -> None:
    assert [bool(_SIEGE_LAID.search(t)) for t in SIEGE27_TEXTS] == [True, False, False, False]
    assert [bool(_FRONTED_TIME.fullmatch(t)) for t in SIEGE27_TEXTS] == [False] * 4
    assert _FRONTED_TIME.fullmatch("Last week ") and _FRONTED_TIME.fullmatch("On Sunday morning, ")
