"""Readings left by the twentieth session's reviews and fixed by helper leftovers2: each sentence is written for the
test."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.story_turns import NEW_SCENE
from tests.written import types as _types


def test_shells_fired_at_targets_in_drills_are_no_shelling(gazetteer: Gazetteer) -> None:
    body = "Syrian troops fired artillery shells at targets during military drills near Latakia on Monday."
    assert _types(body, gazetteer) == []


def test_snipers_firing_in_exercises_attack_nobody(gazetteer: Gazetteer) -> None:
    body = "Russian officers trained Syrian snipers who fired at targets during joint exercises near Latakia on Monday."
    assert _types(body, gazetteer) == []


def test_snipers_firing_on_a_town_still_attack(gazetteer: Gazetteer) -> None:
    body = "Government snipers fired on the town of Madaya on Tuesday wounding two men."
    assert _types(body, gazetteer) == ["attack-on-civilians"]


def test_a_speaker_before_meanwhile_opens_no_scene() -> None:
    assert NEW_SCENE.match("Putin Meanwhile said Russian jets struck the town.") is None
    assert NEW_SCENE.match("Homs Meanwhile two civilians were killed by shells.") is not None


def test_a_habit_of_a_relative_clause_leaves_the_main_verb(gazetteer: Gazetteer) -> None:
    body = "Rebels who usually operate in the north shelled the town of Douma on Monday, killing 12 people."
    assert _types(body, gazetteer) == ["shelling"]


def test_a_habit_before_the_main_verb_still_sums_up(gazetteer: Gazetteer) -> None:
    assert _types("Rebels who usually operate in the north often shelled the town of Douma.", gazetteer) == []
    assert _types("Rebels who regularly shelled the town of Douma withdrew on Monday.", gazetteer) == []


def test_the_sniper_fire_that_stopped_is_no_new_attack(gazetteer: Gazetteer) -> None:
    body = "The sniper fire stopped after the ceasefire took effect in the town of Madaya on Tuesday."
    assert _types(body, gazetteer) == ["ceasefire"]


def test_the_shelling_that_killed_is_told(gazetteer: Gazetteer) -> None:
    assert _types("The shelling killed five people in the town of Madaya on Tuesday.", gazetteer) == ["shelling"]


def test_a_judged_shelling_with_its_day_and_toll_is_told(gazetteer: Gazetteer) -> None:
    body = (
        "The shelling of Harasta on Monday was a blatant violation of the truce, the ministry said, adding that five"
        " civilians died."
    )
    assert _types(body, gazetteer) == ["shelling"]


def test_fighting_described_with_its_day_is_told(gazetteer: Gazetteer) -> None:
    assert _types("Activists described the fighting in Harasta on Tuesday as fierce.", gazetteer) == ["armed-clash"]


def test_a_judgement_alone_tells_none(gazetteer: Gazetteer) -> None:
    assert _types("The shelling of Harasta was a blatant violation of the truce, the ministry said.", gazetteer) == []
    assert _types("Activists described the fighting in Harasta as fierce.", gazetteer) == []


def test_a_past_sarin_attack_in_a_relative_clause_leaves_the_shelling(gazetteer: Gazetteer) -> None:
    body = (
        "The regime, which killed 1400 people with sarin in Ghouta in 2013, shelled the town of Douma on Monday,"
        " killing five."
    )
    assert sorted(_types(body, gazetteer)) == ["chemical-weapon", "shelling"]


def test_a_dated_chlorine_bombing_is_one_chemical_attack(gazetteer: Gazetteer) -> None:
    body = "Regime helicopters bombed the town of Douma with chlorine-filled barrel bombs in April 2018, killing five."
    assert _types(body, gazetteer) == ["chemical-weapon"]
