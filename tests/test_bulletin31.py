"""Thirty-first session (helper bulletin31): the house styles of the Observatory and the Turkish ministry, probed with
sentences written for the tests (not taken from the corpus)."""

from __future__ import annotations

from bench.adversarial import (
    AT_LEAST31_TEXTS,
    COMMANDOS31_TEXTS,
    DEATHS31_TEXTS,
    NEUTRALIZED31_TEXTS,
    NUMBER_ROSE31_TEXTS,
    found,
    searched,
)
from loaders.actor_mentions import _DEMONYM
from loaders.aircraft_named import _AIR_ACTION
from loaders.engagement_triggers import trigger_matches
from loaders.figures import _NUMBER_ROSE, find_figures
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _AT_LEAST
from tests.written import side_slugs as _told


def _dead(text: str) -> list[int]:
    """The low counts of the text's fatality figures."""
    return [f.low for f in find_figures(text) if f.kind == "fatalities"]


# --- "the number of people killed ... rose to N": the running toll in the simple past ---


def test_number_killed_rose_to_a_count() -> None:
    assert _dead("The number of people killed in the shelling of the town rose to 23, including four women.") == [23]
    assert _dead("The number of civilians killed since Monday climbed to 40, the monitor said.") == [40]


def test_number_of_dead_and_wounded_or_of_strikes_is_no_toll() -> None:
    assert _dead("The number of dead and wounded rose to 50 on Friday.") == []
    assert _dead("The number of air strikes on the town rose to 30.") == []
    # and the toll told with the dead alone is still read
    assert _dead("The number of dead rose to 50 on Friday.") == [50]


def test_number_rose_adversarial_inputs() -> None:
    assert [found(_NUMBER_ROSE)(t) for t in NUMBER_ROSE31_TEXTS] == [[], [], [], [], []]


# --- "neutralized N terrorists": the Turkish ministry's kill verb ---


def test_forces_neutralized_fighters_is_a_clash(gazetteer: Gazetteer) -> None:
    told = _told("The Turkish Armed Forces neutralized 9 PKK/YPG terrorists near Afrin on Sunday.", gazetteer)
    assert told == [("armed-clash", ["turkish-armed-forces"], ["kurdistan-workers-party"])]


def test_drones_neutralized_fighters_is_an_air_strike(gazetteer: Gazetteer) -> None:
    told = _told("Turkish drones neutralized four PKK/YPG terrorists near Qamishli on Sunday.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("air-strike", ["turkish-armed-forces", "turkey"])]


def test_neutralized_a_threat_or_a_mine_is_no_killing(gazetteer: Gazetteer) -> None:
    assert _told("The Turkish Armed Forces neutralized the threat near Afrin on Sunday.", gazetteer) == []
    assert _told("The Turkish Armed Forces neutralized 12 mines near Afrin on Sunday.", gazetteer) == []
    # and fighters neutralized in the same words are still read
    told = _told("The Turkish Armed Forces neutralized 12 terrorists near Afrin on Sunday.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_neutralized_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in NEUTRALIZED31_TEXTS] == [0, 0, 0, 185, 0]


# --- "at least N" between a side and what it fired is a count, not a place ---


def test_forces_fired_at_least_n_rockets(gazetteer: Gazetteer) -> None:
    told = _told("Regime forces fired at least 30 rockets on Kansafra on Tuesday, the monitor said.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("shelling", ["syrian-arab-army"])]


def test_at_without_a_count_still_parts_a_side_from_the_act(gazetteer: Gazetteer) -> None:
    told = _told("Regime forces stationed at the hill fired rockets on Kansafra on Tuesday.", gazetteer)
    assert [t for t, _, _ in told] == ["shelling"]
    assert _AT_LEAST.sub(" ", "stationed at least near the hill ") == "stationed at least near the hill "


def test_at_least_adversarial_inputs() -> None:
    out = [_AT_LEAST.sub(" ", t) for t in AT_LEAST31_TEXTS]
    assert out[0] == AT_LEAST31_TEXTS[0] and out[3] == AT_LEAST31_TEXTS[3]
    # every qualifier before its count is gone (the cut may end on one with no count after it)
    assert out[1].count("at most") <= 1 and out[4].count("at least") <= 1


# --- "documented the death of N civilians by warplanes": the Observatory's noun for the dead ---


def test_death_of_civilians_by_warplanes_is_an_air_strike(gazetteer: Gazetteer) -> None:
    text = "The Observatory documented the death of five civilians by warplanes believed to be Russian in Saraqeb."
    told = _told(text, gazetteer)
    assert [(t, a) for t, a, _ in told] == [("air-strike", ["russian-aerospace-forces", "russia"])]


def test_warplanes_with_no_harm_told_strike_nothing(gazetteer: Gazetteer) -> None:
    assert (
        _told("Residents of Saraqeb described the deathly roar of warplanes over the town on Monday.", gazetteer) == []
    )
    # and the deaths told with the same aircraft are still read
    told = _told("Residents of Saraqeb described the deaths of six people by warplanes on Monday.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]


def test_deaths_adversarial_inputs() -> None:
    assert [bool(searched(_AIR_ACTION)(t)) for t in DEATHS31_TEXTS] == [True, True, False, False, False]


# --- "Turkish commandos": a nationality's commandos are its army's ---


def test_commandos_of_a_nationality_are_its_army(gazetteer: Gazetteer) -> None:
    told = _told("Turkish commandos killed five YPG fighters near Afrin on Sunday.", gazetteer)
    assert told == [("armed-clash", ["turkish-armed-forces"], ["peoples-protection-units"])]


def test_commandos_with_no_nationality_name_no_side(gazetteer: Gazetteer) -> None:
    assert _told("Commandos killed five YPG fighters near Afrin on Sunday.", gazetteer) == []
    # and the nationality's commandos in the same words are still read
    told = _told("Turkish commandos killed five YPG fighters near Afrin on Sunday.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_commandos_adversarial_inputs() -> None:
    # the cut ends on a last "Turkish comma"
    assert [len(found(_DEMONYM)(t)) for t in COMMANDOS31_TEXTS] == [277, 0, 0, 0]
