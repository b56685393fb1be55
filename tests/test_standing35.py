"""Thirty-fifth session, helper standing35: standing states the annotators code. Texts written."""

from __future__ import annotations

import re
from functools import partial

from bench.adversarial import STANDING35_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.held_since import HELD_SINCE_MONTH
from loaders.lately_made import _RECENT_BEFORE
from loaders.summed_up import SINCE_WHEN
from loaders.truce_made import TRUCE_MADE
from tests.written import JUNE_12_2017, side_and_place_slugs, types_places

_told = partial(types_places, titled=True, published=JUNE_12_2017)
_sides = partial(side_and_place_slugs, titled=True, published=JUNE_12_2017)

# --- "the recent ceasefire in Hama": a truce told as lately made, a state the article dates ---


def test_recent_truce_is_told(gazetteer: Gazetteer) -> None:
    for text in (
        "The recent ceasefire in Hama province has let the farmers go back to their fields, residents said.",
        "Officials said the recent truces in Daraa and Homs have opened the roads to aid convoys.",
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if e[0] == "ceasefire" and e[1]], (text, found)


def test_truce_only_named_stays_untold(gazetteer: Gazetteer) -> None:
    # without "recent" the truce is only named, as before; a recent truce broken is a breach, no truce made
    for text in (
        "The ceasefire in Hama province has let the farmers go back to their fields, residents said.",
        "Residents said the recent ceasefire in Hama province had collapsed.",
    ):
        assert not [e for e in _told(text, gazetteer) if e[0] == "ceasefire"], text


def test_recent_patterns_on_adversarial_texts() -> None:
    assert [searched(_RECENT_BEFORE)(text) for text in STANDING35_TEXTS] == [None] * len(STANDING35_TEXTS)
    assert searched(TRUCE_MADE)("recent " * 715) is None


# --- "has been under IS control since May": ground held since a month of the past year, its taking dated ---


def test_ground_held_since_a_month(gazetteer: Gazetteer) -> None:
    for text in (
        "The town of Marea has been held by the rebels since March, residents said.",
        "The city of Palmyra has been under Islamic State control since May, the monitor said.",
        "Jisr al-Shughur has been controlled mostly by the Nusra Front since April.",
    ):
        found = _sides(text, gazetteer)
        assert [e for e in found if e[0] == "non-state-actor-overtakes-territory" and e[1] and e[3]], (text, found)


def test_ground_held_since_a_year_stays_the_old_map(gazetteer: Gazetteer) -> None:
    for text in (
        "The town of Marea has been held by the rebels since 2012, residents said.",
        "The city of Palmyra has been under Islamic State control since May 2015, the monitor said.",
    ):
        assert not [e for e in _sides(text, gazetteer) if "territory" in e[0]], text


def test_held_since_pattern_on_adversarial_texts() -> None:
    held = re.compile(HELD_SINCE_MONTH, re.IGNORECASE)
    assert [searched(held)(text) for text in STANDING35_TEXTS] == [None] * len(STANDING35_TEXTS)


# --- "since July when regime troops seized the road": a recent taking, the state it began still news ---


def test_taking_told_after_since_a_month_when(gazetteer: Gazetteer) -> None:
    text = "Aid has been kept out of the town of Madaya since March when government troops seized the last road in."
    found = _sides(text, gazetteer)
    assert [e for e in found if "territory" in e[0] and e[1] == ["syrian-arab-army"]], found


def test_taking_after_since_a_year_when_stays_history(gazetteer: Gazetteer) -> None:
    for text in (
        "The town of Madaya has been divided since 2013 when rebels seized its eastern half.",
        "Aid has been kept out of the town of Madaya since March 2015 when government troops seized the last road in.",
    ):
        assert not [e for e in _sides(text, gazetteer) if "territory" in e[0]], text


def test_since_when_pattern_on_adversarial_texts() -> None:
    assert [searched(SINCE_WHEN)(text) for text in STANDING35_TEXTS] == [None] * len(STANDING35_TEXTS)
