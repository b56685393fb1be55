"""Thirty-fifth session, helper review35: the session's merged rules tried on sentences written to break them."""

from __future__ import annotations

from functools import partial

from bench.adversarial import _SIDE_FIRE, REVIEW35_TEXTS, _matched, found, searched
from loaders.comments_after import _COMMENT
from loaders.gazetteer import Gazetteer
from loaders.truce_made import TRUCE_MADE
from tests.written import JUNE_12_2017, types

_types = partial(types, titled=True, published=JUNE_12_2017)

# --- side fire (loaders/side_fire.py): fire onto a gathering of people, or a day after "on", is no shelling ---


def test_side_fire_onto_a_gathering_is_no_shelling(gazetteer: Gazetteer) -> None:
    for text in (
        "Security forces said government fire on a funeral march in Homs left four people dead on Friday.",
        "Regime fire on a rally in the town of Daraa wounded ten people on Friday, activists said.",
    ):
        assert "shelling" not in _types(text, gazetteer), text


def test_side_fire_on_a_day_is_no_shelling(gazetteer: Gazetteer) -> None:
    text = "Rebel fire on Tuesday left two people dead in Aleppo, the monitor said."
    assert "shelling" not in _types(text, gazetteer)


def test_side_fire_onto_a_town_is_still_a_shelling(gazetteer: Gazetteer) -> None:
    assert "shelling" in _types("Rebel fire on the town of Douma on Tuesday left two people dead.", gazetteer)


# --- a truce "in effect" (loaders/truce_made.py): "in effect" as "effectively" before a state makes no truce ---


def test_truce_in_effect_dead_is_no_truce_made(gazetteer: Gazetteer) -> None:
    for text in (
        "The local truce in Idlib province is in effect finished, rebel commanders said on Monday.",
        "The ceasefire in Daraa was in effect over on Monday, activists said.",
    ):
        assert "ceasefire" not in _types(text, gazetteer), text


def test_truce_in_effect_before_a_place_or_a_time_is_made(gazetteer: Gazetteer) -> None:
    for text in (
        "On Monday a ceasefire was in effect across Idlib province, activists said.",
        "On Monday a ceasefire was in effect between the army and the rebels in Idlib.",
        "On Monday the ceasefire in Idlib remained in effect.",
    ):
        assert "ceasefire" in _types(text, gazetteer), text


def test_adversarial_inputs_of_review35() -> None:
    # the first "rebel fire on Monday" only: each later "rebel" is glued to the "Monday" before it
    assert [len(found(_SIDE_FIRE)(t)) for t in REVIEW35_TEXTS] == [1, 0, 0, 0, 0, 0]
    truces = [searched(TRUCE_MADE)(t) for t in REVIEW35_TEXTS]
    assert truces == [None, None, "was in effect", "is in effect", None, None]
    assert [_matched(_COMMENT)(t) for t in REVIEW35_TEXTS] == [None] * 6


# --- a comment after the trigger (loaders/comments_after.py): "another" opens it as "a" does ---


def test_a_comment_opened_by_another_ends_the_hedge_window(gazetteer: Gazetteer) -> None:
    text = (
        "Kurdish fighters are now attempting to take the town of Manbij from Islamic State another setback that "
        "could cost the jihadists their supply route."
    )
    assert {"non-state-actor-overtakes-territory", "armed-clash"} & set(_types(text, gazetteer))
