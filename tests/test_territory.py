"""Ground taken or fought for, told by other verbs than "seized" (loaders/ground.py; sentences written for them)."""

from __future__ import annotations

import pytest
from detection import detect
from sides_check import IS, SAA

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer

REBELS = "actor/syrian-rebels"
TERRITORY = {"non-state-actor-overtakes-territory", "government-regains-territory"}


def taken(text: str, gazetteer: Gazetteer) -> Detection:
    """The one territory change of a sentence."""
    found = [d for d in detect(text, gazetteer) if d.type in TERRITORY]
    assert len(found) == 1, detect(text, gazetteer)
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "attacker"),
    [
        ("IS fighters entered Kobani on Monday.", "non-state-actor-overtakes-territory", IS),
        ("IS militants broke into the eastern districts of Kobani.", "non-state-actor-overtakes-territory", IS),
        ("Government troops entered the town of Palmyra on Sunday.", "government-regains-territory", SAA),
    ],
)
def test_a_side_entering_ground_takes_it(text: str, etype: str, attacker: str, gazetteer: Gazetteer) -> None:
    found = taken(text, gazetteer)
    assert (found.type, found.attackers) == (etype, (attacker,))


@pytest.mark.parametrize(
    "text",
    [
        "Government troops entered Syria from Lebanon in 1976.",  # a border crossed, not ground taken
        "IS fighters entered the war in its third year.",  # nothing held
        "Troops entered the village on Sunday.",  # no side named: anyone's troops
        "Turkish troops entered Idlib province on Thursday to set up observation posts.",  # a deployment
        "Government troops entered Douma after the last rebels left under a surrender deal.",  # handed over
    ],
)
def test_entering_a_country_or_no_ground_or_unnamed_takes_none(text: str, gazetteer: Gazetteer) -> None:
    assert not TERRITORY & {d.type for d in detect(text, gazetteer)}


def test_a_road_cut_takes_the_ground_of_whoever_held_it(gazetteer: Gazetteer) -> None:
    found = taken("Government forces cut the main road leading to rebel-held parts of Aleppo on Thursday.", gazetteer)
    assert (found.type, found.attackers, found.targets) == ("government-regains-territory", (SAA,), (REBELS,))


def test_a_road_cut_off_by_rebels_is_theirs(gazetteer: Gazetteer) -> None:
    found = taken("Rebels cut off the highway between Hama and Aleppo on Friday.", gazetteer)
    assert (found.type, found.attackers) == ("non-state-actor-overtakes-territory", (REBELS,))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have been trying to isolate Aleppo by cutting supply lines to the city.",  # an aim, not a road taken
        "Government forces cut the power to rebel-held parts of Aleppo.",  # no road
    ],
)
def test_cutting_no_road_or_as_an_aim_takes_none(text: str, gazetteer: Gazetteer) -> None:
    assert not TERRITORY & {d.type for d in detect(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Government forces withdrew from Palmyra after a fierce assault by IS fighters.", (IS,)),
        ("Government troops pulled out of Palmyra as they faced a rebel counter-offensive.", (REBELS,)),
    ],
)
def test_a_withdrawal_under_attack_is_ground_taken_by_the_attacker(
    text: str, attackers: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    found = taken(text, gazetteer)
    assert (found.attackers, found.targets) == (attackers, (SAA,))


@pytest.mark.parametrize(
    "text",
    [
        "Government forces withdrew from Palmyra amid heavy shelling by IS fighters.",  # fire from afar takes nothing
        "Rebels withdrew from Palmyra under a deal with the government.",  # no attack: handed over
    ],
)
def test_a_withdrawal_under_fire_or_by_agreement_hands_the_ground_over(text: str, gazetteer: Gazetteer) -> None:
    types = {d.type for d in detect(text, gazetteer)}
    assert "non-violent-transfer-of-territory" in types and not TERRITORY & types


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The Army of Conquest alliance of Islamist and jihadist fighters seized Jisr al-Shughur.", "jaysh-al-fatah"),
        ("The Syrian Democratic Forces coalition of Arab militias captured Tabqa.", "syrian-democratic-forces"),
    ],
)
def test_what_the_agent_is_between_it_and_its_verb_leaves_it_the_agent(
    text: str, attacker: str, gazetteer: Gazetteer
) -> None:
    assert taken(text, gazetteer).attackers == (f"actor/{attacker}",)


def test_a_taking_told_twice_in_a_scene_is_the_one_whose_taker_is_named(gazetteer: Gazetteer) -> None:
    text = "IS fighters entered the town held by Kurdish and regime forces on June 25 seizing several districts."
    assert [(d.type, d.attackers) for d in detect(text, gazetteer) if d.type in TERRITORY] == [
        ("non-state-actor-overtakes-territory", (IS,))
    ]


def test_a_taking_whose_side_is_only_guessed_stays_when_no_taker_is_named(gazetteer: Gazetteer) -> None:
    found = taken("Militants on Monday seized several districts of the town.", gazetteer)
    assert (found.type, found.attackers) == ("non-state-actor-overtakes-territory", ())


@pytest.mark.parametrize(
    ("text", "etype", "attacker", "target"),
    [
        ("IS chased government forces out of Palmyra on Monday.", "non-state-actor-overtakes-territory", IS, SAA),
        ("Government forces have wrested most of the province from IS.", "government-regains-territory", SAA, IS),
    ],
)
def test_a_foe_driven_out_is_ground_taken_from_it(
    text: str, etype: str, attacker: str, target: str, gazetteer: Gazetteer
) -> None:
    found = taken(text, gazetteer)
    assert (found.type, found.attackers, found.targets) == (etype, (attacker,), (target,))


def test_a_deal_told_in_another_clause_leaves_the_entry_a_taking(gazetteer: Gazetteer) -> None:
    # review: the deal or mission that makes an entry no taking is told in the entry's own clause
    text = "IS fighters entered the town of Tadmur on Friday, and officials in Damascus said a truce deal was near."
    assert [d.type for d in detect(text, gazetteer) if d.type in TERRITORY] == ["non-state-actor-overtakes-territory"]


def test_what_is_wrested_must_be_ground(gazetteer: Gazetteer) -> None:
    # review: "wrested ... from" takes ground only when ground, a name or "it" is what was wrested
    text = "Rebel negotiators wrested a concession from the government at talks in Homs on Monday."
    assert [d.type for d in detect(text, gazetteer) if d.type in TERRITORY] == []


def test_a_perfect_verb_after_and_shares_the_sentences_subject(gazetteer: Gazetteer) -> None:
    text = "The Syrian army besieged the town for weeks and has retaken its eastern districts."
    assert taken(text, gazetteer).attackers == (SAA,)


def test_a_capture_attempted_is_a_battle_for_the_ground(gazetteer: Gazetteer) -> None:
    found = detect("IS fighters tried to retake the town of Palmyra from government forces on Monday.", gazetteer)
    assert [(d.type, d.attackers, d.targets) for d in found] == [("armed-clash", (IS,), (SAA,))]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels plan to retake the town of Palmyra.",  # a plan
        "Government forces are attempting to cut the main road into Aleppo.",  # a road cut tried: a siege's aim
        "Rebels want an operation to retake Palmyra.",  # an operation named for its aim
    ],
)
def test_a_capture_planned_or_a_road_cut_tried_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []
