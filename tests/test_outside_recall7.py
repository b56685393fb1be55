"""Rules from a seventh recall sample: engagements read on FA-KES articles outside the gold set (twentieth session,
helper outrecall7). The texts are written for the tests."""

from __future__ import annotations

import re

import pytest
from detection import engagement_kinds

from bench.adversarial import SNIPER_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.harm_and_holding_words import SNIPER_FIRE


@pytest.mark.parametrize(
    "body",
    [
        "A woman was killed by sniper fire in the town of Madaya on Tuesday.",
        "Two residents were wounded by sniper shots in the Salaheddine district of Aleppo on Tuesday.",
        "Government snipers posted on a hill fired on the town of Madaya on Tuesday wounding two men.",
        "A boy was shot by a pro-government sniper in the town of Madaya on Tuesday.",
    ],
)
def test_a_snipers_shots_at_people_are_an_attack_on_civilians(body: str, gazetteer: Gazetteer) -> None:
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["attack-on-civilians"]


def test_a_sniper_from_a_group_is_the_groups(gazetteer: Gazetteer) -> None:
    # "from" after a sniper names whose man he is, as after rocket fire who fired it
    body = "A sniper from the Islamic State group shot dead two women in the town of Madaya on Tuesday."
    assert engagement_kinds(body, gazetteer) == [("attack-on-civilians", ["islamic-state"], [])]


def test_a_snipers_shots_at_soldiers_are_a_clash(gazetteer: Gazetteer) -> None:
    body = "Rebel snipers shot dead three soldiers near the town of Madaya on Tuesday."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "body",
    [
        "Residents of Madaya were told to stay away from streets exposed to the snipers.",
        "Sniper rifles and ammunition were found in a house in the town of Madaya on Tuesday.",
    ],
)
def test_a_sniper_with_no_shot_told_is_no_engagement(body: str, gazetteer: Gazetteer) -> None:
    assert engagement_kinds(body, gazetteer) == []


@pytest.mark.parametrize("vehicle", ["truck", "lorry", "vehicle"])
def test_a_bomb_named_for_its_vehicle_is_an_explosive(vehicle: str, gazetteer: Gazetteer) -> None:
    body = f"Rebels sent a {vehicle} bomb into the Zahraa district of Aleppo on Sunday evening."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["remote-explosive"]


def test_a_killing_told_with_poison_gas_is_a_chemical_attack(gazetteer: Gazetteer) -> None:
    body = "The opposition said the army had killed hundreds of civilians with poison gas in Douma on Wednesday."
    assert [k[0] for k in engagement_kinds(body, gazetteer)] == ["chemical-weapon"]


@pytest.mark.parametrize(
    ("text", "triggers"), list(zip(SNIPER_TEXTS, [[], [], [], ["killed"], [], ["snipers"] * 357], strict=True))
)
def test_the_new_patterns_read_adversarial_text(text: str, triggers: list[str]) -> None:
    # the new pattern as the trigger table reads it (a word on either side), and the whole table: only "snipers fired"
    # is sniper fire; their speed on these is timed by make bench-patterns (bench/adversarial.py)
    sniper = re.compile(rf"\b(?:{SNIPER_FIRE})\b", re.IGNORECASE)
    assert sniper.findall(text) == [t for t in triggers if t == "snipers"]
    assert [m.group() for m in trigger_matches(text)] == triggers
