"""Thirty-fifth session, helper engbattles35: ground engagements missed. Texts written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import ENGBATTLES35_TEXTS, _fullmatched, _matched, searched
from loaders.comments_after import _COMMENT
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.recent_gains import _RECENT_DAYS
from loaders.truce_made import TRUCE_MADE
from tests.written import JUNE_12_2017, side_and_place_slugs, types

_told = partial(side_and_place_slugs, titled=True, published=JUNE_12_2017)

# --- "In recent days rebels have captured villages": ground taken over days is one push's gains, no habit ---


def test_ground_taken_in_recent_days(gazetteer: Gazetteer) -> None:
    for text in (
        "In recent days Islamic State fighters have seized three villages near Palmyra.",
        "Kurdish forces have captured several villages near Manbij in recent weeks.",
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if e[0] == "non-state-actor-overtakes-territory" and e[1]], (text, found)


def test_strikes_in_recent_days_stay_a_habit(gazetteer: Gazetteer) -> None:
    # only the taking of ground is let through: shelling "in recent days" is many attacks summed up, as before
    text = "In recent days government forces have repeatedly shelled the town of Douma."
    assert "shelling" not in types(text, gazetteer, titled=True, published=JUNE_12_2017)


def test_ground_taken_in_recent_months_stays_summed_up(gazetteer: Gazetteer) -> None:
    text = "In recent months Islamic State fighters have seized three villages near Palmyra."
    assert not _told(text, gazetteer)


# --- "a seige enforced by government troops": the noun's common misspelling ---


def test_misspelt_siege(gazetteer: Gazetteer) -> None:
    text = "Since January the town of Madaya has been choked by a seige enforced by government troops."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "siege" and "madaya" in e[3]], found


# --- "the ceasefire is in effect in Idlib": a truce in force, told by its verb ---


def test_truce_in_effect(gazetteer: Gazetteer) -> None:
    text = "On Monday a ceasefire was in effect in Idlib province between the army and the rebels."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "ceasefire"], found


def test_in_effect_as_effectively_makes_no_truce(gazetteer: Gazetteer) -> None:
    text = "The local truce in Idlib province was in effect a surrender by the rebels, activists said on Monday."
    found = _told(text, gazetteer)
    assert not [e for e in found if e[0] == "ceasefire"], found


# --- "attempting to capture al-Bab, a move that will end Kurdish hopes": the hedge is the comment's ---


def test_hedge_in_a_comment_after_the_trigger(gazetteer: Gazetteer) -> None:
    for text in (
        "Turkish-backed rebels are now attempting to capture the town of al-Bab from Islamic State a move that will "
        "end Kurdish hopes of joining their areas.",
        "Islamic State fighters seized the town of Palmyra on Monday, a major blow that could weaken the army.",
    ):
        found = _told(text, gazetteer)
        assert found and found[0][1], (text, found)


def test_hedge_before_the_trigger_still_blocks(gazetteer: Gazetteer) -> None:
    text = "Rebels could seize the town of al-Bab on Monday, a move that would anger Turkey."
    assert not _told(text, gazetteer)


def test_adversarial_inputs_of_engbattles35() -> None:
    assert [_fullmatched(_RECENT_DAYS)(t) for t in ENGBATTLES35_TEXTS] == [None] * 6
    # (review35: "in effect" before "is" is no truce in force, so the run of "is in effect " no longer matches)
    assert [searched(TRUCE_MADE)(t) for t in ENGBATTLES35_TEXTS] == [None] * 6
    assert [_matched(_COMMENT)(t) for t in ENGBATTLES35_TEXTS] == [None] * 6
    assert [len(trigger_matches(t)) for t in ENGBATTLES35_TEXTS] == [0, 0, 833, 0, 0, 0]
