"""Bnone28's guards and readings: a verb joined to a wished infinitive, a siege one calls to lift, "the bombing also
killed" after an air strike, and whose shelling or fighting "after N days of" tells: sentences written for these tests,
never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import detect, detected_types, engagement_kinds

from bench.adversarial import BNONE28_TEXTS
from loaders.after_days_of import _AFTER_DAYS_OF, _TAKING, _TRUCE_AGREED
from loaders.gazetteer import Gazetteer
from loaders.joined_infinitives import joined_to_infinitive
from loaders.trigger_guards import _NOT_HAPPENING


@pytest.mark.parametrize(
    "text",
    [
        "Residents are waiting for the Syrian army to save them and liberate their neighbourhoods in Aleppo.",
        "The opposition called on Turkey to send troops and attack IS positions near Jarablus.",
    ],
)
def test_a_verb_joined_to_a_wished_infinitive_is_no_engagement(gazetteer: Gazetteer, text: str) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # an irregular past after the "and" is done
        "Syrian troops were ordered to advance and took the town of Kafr Nabl on Monday.",
        # no wish, vow or plan before the infinitive
        "The Syrian army continued to shell the area and storm the town of Kafr Nabl on Monday.",
    ],
)
def test_a_verb_joined_to_an_infinitive_of_a_deed_is_still_an_engagement(gazetteer: Gazetteer, text: str) -> None:
    assert detected_types(text, gazetteer) != []


def test_a_siege_one_calls_to_lift_is_no_siege(gazetteer: Gazetteer) -> None:
    text = "The opposition urged the United Nations to force the regime to lift the blockade on Madaya."
    assert detected_types(text, gazetteer) == []


def test_a_siege_lifted_is_still_read(gazetteer: Gazetteer) -> None:
    assert detected_types("The Syrian army lifted the siege of Deir Ezzor on Tuesday.", gazetteer) == ["siege"]


def test_the_bombing_that_also_killed_is_the_air_strike_told(gazetteer: Gazetteer) -> None:
    body = (
        "Russian warplanes struck the town of Saraqeb in Idlib on Monday killing a reporter.\n\n"
        "The bombing also killed 13 people in a fuel market in the same town."
    )
    assert [kind[0] for kind in engagement_kinds(body, gazetteer)] == ["air-strike"]


def test_a_bombing_with_no_also_is_not_joined_by_this_rule(gazetteer: Gazetteer) -> None:
    body = (
        "Russian warplanes struck the town of Saraqeb in Idlib on Monday killing a reporter.\n\n"
        "A bombing killed 13 people in a fuel market in Aleppo on Tuesday."
    )
    assert sorted(kind[0] for kind in engagement_kinds(body, gazetteer)) == ["air-strike", "remote-explosive"]


def _sides(text: str, etype: str, gazetteer: Gazetteer) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(attackers, targets) of each detection of one type in one sentence."""
    return [(d.attackers, d.targets) for d in detect(text, gazetteer) if d.type == etype]


def test_the_taker_shelled_before_taking(gazetteer: Gazetteer) -> None:
    text = "Regime forces seized the town of Rastan after three weeks of heavy shelling."
    assert _sides(text, "shelling", gazetteer) == [(("actor/syrian-arab-army",), ())]


def test_who_left_after_shelling_did_not_shell(gazetteer: Gazetteer) -> None:
    text = "Syrian rebels left the town of Rastan after three weeks of heavy shelling."
    assert _sides(text, "shelling", gazetteer) == [((), ())]


def test_the_truce_makers_fought_the_clashes_before_it(gazetteer: Gazetteer) -> None:
    text = "Kurdish fighters and government forces agreed a ceasefire in Hasakeh after a week of clashes."
    assert _sides(text, "armed-clash", gazetteer) == [
        (("actor/peoples-protection-units",), ("actor/syrian-arab-army",))
    ]


def test_sides_who_only_met_after_clashes_are_not_read_as_fighting(gazetteer: Gazetteer) -> None:
    text = "Kurdish fighters and government forces met in Hasakeh after a week of clashes."
    assert _sides(text, "armed-clash", gazetteer) == [((), ())]


def test_the_patterns_on_adversarial_inputs() -> None:
    # (the same inputs are timed by `make bench-patterns`); only the wait before "to save them and" and the run of
    # "lift the" read as their rules read them
    assert [joined_to_infinitive(t, "liberate") for t in BNONE28_TEXTS] == [False, False, True] + [False] * 4
    assert [bool(_AFTER_DAYS_OF.search(t)) for t in BNONE28_TEXTS] == [False] * 7
    assert [len(_TAKING.findall(t)) for t in BNONE28_TEXTS] == [0] * 7
    assert [bool(_TRUCE_AGREED.search(t)) for t in BNONE28_TEXTS] == [False] * 7
    assert [bool(_NOT_HAPPENING.search(t)) for t in BNONE28_TEXTS] == [False] * 5 + [True, False]
