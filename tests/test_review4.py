"""Fixes from the review of the eighteenth session's last rules (helper review4): sentences written for the test, one
per form of over-reach found."""

from __future__ import annotations

import pytest
from detection import detect
from sides_check import IS, SAA

from loaders.gazetteer import Gazetteer

REBELS = "actor/syrian-rebels"


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("IS militants seized the Yarmouk refugee camp in Damascus.", IS),
        ("IS militants captured the Druze village of Hader.", IS),
        ("Rebels captured the family home of the governor.", REBELS),
        # FA-KES drops commas: the activists are the report's source, not the people taken
        ("Government forces captured Deir Ezzor Sunday activists said.", SAA),
    ],
)
def test_victims_word_modifying_ground_or_reporting_is_no_abduction(
    text: str, attacker: str, gazetteer: Gazetteer
) -> None:
    (d,) = detect(text, gazetteer)
    assert d.type != "abduction"
    assert d.attackers == (attacker,)


def test_people_seized_still_abducted(gazetteer: Gazetteer) -> None:
    (d,) = detect("Rebels seized two aid workers near the camp.", gazetteer)
    assert d.type == "abduction"


@pytest.mark.parametrize(
    "text",
    [
        "Five children burned to death when a barrel bomb hit their home in Aleppo.",
        "Three residents starved to death in Madaya.",
    ],
)
def test_dying_by_fire_or_hunger_is_no_killing_by_hand(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "IS militants burned the pilot to death.",
        "The pilot was burned to death by IS militants.",
        "The prisoners were starved to death by IS militants.",
    ],
)
def test_burned_or_starved_by_someone_is_still_killing(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "After the attack Russia began withdrawing its troops from Syria.",
        "After the airstrikes Russia launched a diplomatic initiative.",
        "After the attack Turkey started to build a wall.",
        "During the siege Hezbollah imposed a curfew on the town.",
    ],
)
def test_main_clause_after_fronted_phrase_names_no_agent(text: str, gazetteer: Gazetteer) -> None:
    # the comma after the fronted phrase dropped: the verb has an object of its own, so no relative clause
    (d,) = detect(text, gazetteer)
    assert d.attackers == ()


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("The airstrikes Russia launched on Idlib killed ten civilians.", "actor/russia"),
        ("The offensive Turkey launched the previous day stalled.", "actor/turkey"),
    ],
)
def test_relative_clause_with_its_gap_still_names_agent(text: str, attacker: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.attackers == (attacker,)


@pytest.mark.parametrize(
    "text",
    [
        "Weapons supplied to rebels in Aleppo fell into the hands of Islamic State.",
        "Weapons supplied to rebels in Aleppo fell to Islamic State.",
        "Dozens of US-trained rebels in Idlib fell into the hands of the Nusra Front.",
    ],
)
def test_things_or_people_falling_to_a_side_take_no_ground(text: str, gazetteer: Gazetteer) -> None:
    # the name right before the verb closes a modifier of the subject; the subject is no ground
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The oil fields near Deir Ezzor came under the control of Islamic State.",
        "The rebels retreated and Palmyra fell to Islamic State.",
    ],
)
def test_ground_falling_to_a_side_still_taken(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("non-state-actor-overtakes-territory", (IS,))


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army said its soldiers suffered heavy losses in an ambush near Hama.",
        "Turkey said its troops faced an attack near Afrin.",
    ],
)
def test_speakers_men_undergoing_the_attack_are_not_its_doers(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.attackers == ()


def test_speakers_men_doing_it_still_its_doers(gazetteer: Gazetteer) -> None:
    (d,) = detect("The Syrian army said its forces had retaken Palmyra.", gazetteer)
    assert d.attackers == (SAA,)


def test_fronted_backing_list_without_closing_comma_ends_at_first_comma(gazetteer: Gazetteer) -> None:
    (d,) = detect("Backed by Russia, Syrian troops and Hezbollah attacked Aleppo.", gazetteer)
    assert (d.attackers, d.supporters) == ((SAA, "actor/hezbollah"), ("actor/russia",))


def test_fronted_backing_list_closed_by_comma_keeps_all(gazetteer: Gazetteer) -> None:
    (d,) = detect("Backed by Russia, Iran and Hezbollah, Syrian troops attacked Aleppo.", gazetteer)
    assert (d.attackers, d.supporters) == ((SAA,), ("actor/russia", "actor/iran", "actor/hezbollah"))
