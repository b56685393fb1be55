"""Rules for the cases the seventh recall sample classed and left (twentieth session, helper leftovers): fights with
no armed foe, a mortar's bombs, gunfire into where people live, a bombardment "from" its firer. The texts are written
for the tests."""

from __future__ import annotations

import re

import pytest
from detection import engagement_kinds

from bench.adversarial import LEFTOVER_TEXTS
from loaders.fire_sources import _BOMBARDMENT_FROM
from loaders.gazetteer import Gazetteer
from loaders.harm_and_holding_words import SHOT_INTO_HOMES
from loaders.unarmed_fights import _FIGHT_VERB, _NOT_A_FOE


@pytest.mark.parametrize(
    "body",
    [
        "Volunteers helped firefighters battle the blaze in the town of Madaya on Tuesday.",
        "Civil defence teams fought the fire for hours in the town of Madaya on Tuesday.",
        "Firefighters were battling flames at a warehouse in the town of Madaya on Tuesday.",
        "Doctors fought a deadly cholera outbreak in the town of Madaya on Tuesday.",
        "A wounded boy was fighting for his life in a hospital in the town of Madaya on Tuesday.",
        "The governor declared a war on drugs in the town of Madaya on Tuesday.",
        "A mother was fighting back tears in the town of Madaya on Tuesday.",
    ],
)
def test_a_fight_with_fire_sickness_or_want_is_no_clash(body: str, gazetteer: Gazetteer) -> None:
    assert engagement_kinds(body, gazetteer) == []


def test_a_fight_with_an_armed_foe_is_still_a_clash(gazetteer: Gazetteer) -> None:
    # the object right after the verb is the foe: fire spreading later in the sentence is no object of it
    body = "Rebels fought the army for hours in the town of Madaya on Tuesday as fires spread."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["armed-clash"]
    assert engagement_kinds("Rescuers fought the fires for hours in the town of Madaya on Tuesday.", gazetteer) == []


def test_mortar_bombs_are_one_shelling(gazetteer: Gazetteer) -> None:
    # a mortar's round is called a bomb: the bombs are the shelling's, no planted bomb of their own
    body = "Rebels fired hundreds of mortar bombs at the town of Madaya on Tuesday."
    assert engagement_kinds(body, gazetteer) == [("shelling", ["syrian-rebels"], [])]


def test_gunfire_into_homes_is_an_attack_on_civilians(gazetteer: Gazetteer) -> None:
    body = "Regime troops shot into the rebel-held neighbourhood of Bustan al-Qasr in Aleppo on Tuesday wounding two."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["attack-on-civilians"]
    body = "Gunmen opened fire into houses in the town of Madaya on Tuesday killing three residents."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["attack-on-civilians"]
    # shots into the air hit no one; rockets into a district are a shelling
    assert (
        engagement_kinds("Fighters fired shots into the air in the town of Madaya on Tuesday to celebrate.", gazetteer)
        == []
    )
    body = "Rebel groups fired rockets into government-held neighbourhoods of Aleppo on Tuesday killing five."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["shelling"]


def test_a_bombardment_from_a_side_is_that_sides(gazetteer: Gazetteer) -> None:
    body = "Residents fled an escalated bombardment from government forces targeting the town of Madaya on Tuesday."
    assert engagement_kinds(body, gazetteer) == [("shelling", ["syrian-arab-army"], [])]
    # a word between tells of the dead: "mostly from Jabhat al-Nusra" says who they were, not who bombarded
    body = "Twenty fighters died in the bombardments mostly from Jabhat al-Nusra in the town of Madaya on Tuesday."
    assert all("al-nusra-front" not in a for _, a, _ in engagement_kinds(body, gazetteer))


@pytest.mark.parametrize(
    ("pattern", "matches"),
    [
        (_NOT_A_FOE, [[], [], [], [], [" fire"] * 128, []]),
        (_FIGHT_VERB, [["Fight"], [], [], [], [], []]),
        (re.compile(SHOT_INTO_HOMES, re.IGNORECASE), [[]] * 6),
        (_BOMBARDMENT_FROM, [[], [], [], [], [], [" from "] * 227]),
    ],
)
def test_the_new_patterns_read_adversarial_text(pattern: re.Pattern[str], matches: list[list[str]]) -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [[m.group() for m in pattern.finditer(text)] for text in LEFTOVER_TEXTS] == matches
