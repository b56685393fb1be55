"""Thirty-seventh session (helper vague37): reports told with a toll but no number. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import VAGUE37_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.vague_tolls import VAGUE_TOLL
from tests.written import JUNE_12_2017, place_slugs, written

# --- "injured a number of civilians": a toll told without a number keeps the report, and gives no figure ---


def test_an_attack_that_injured_a_number_of_civilians_is_kept(gazetteer: Gazetteer) -> None:
    text = "Unidentified attackers injured a number of civilians in rocket attacks near Saraqeb."
    assert place_slugs(text, gazetteer) == [("shelling", ["saraqib"])]


def test_several_people_wounded_in_shelling_is_kept(gazetteer: Gazetteer) -> None:
    text = "Several people were wounded in mortar attacks on Saraqeb."
    assert place_slugs(text, gazetteer) == [("shelling", ["saraqib"])]


def test_fighting_that_claimed_the_lives_of_many_fighters_is_kept(gazetteer: Gazetteer) -> None:
    text = "Heavy fighting in Saraqeb has claimed the lives of many fighters."
    assert place_slugs(text, gazetteer) == [("armed-clash", ["saraqib"])]


def test_a_vague_toll_gives_no_figure(gazetteer: Gazetteer) -> None:
    found = written("Unidentified attackers injured a number of civilians in rocket attacks near Saraqeb.", gazetteer)
    assert [c.figures for c in found.claims] == [()]


def test_bombings_told_with_no_toll_stay_background(gazetteer: Gazetteer) -> None:
    assert place_slugs("The city of Saraqeb has been hit by rocket attacks.", gazetteer) == []


def test_a_number_of_houses_is_no_toll(gazetteer: Gazetteer) -> None:
    text = "Rocket attacks near Saraqeb damaged a number of houses."
    assert place_slugs(text, gazetteer, published=JUNE_12_2017) == []


def test_vague_toll_reads_the_adversarial_inputs() -> None:
    assert [searched(VAGUE_TOLL)(text) for text in VAGUE37_TEXTS] == [None] * len(VAGUE37_TEXTS)
