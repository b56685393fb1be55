"""Engagement wording that English news copy uses for events the triggers had no word for (seventeenth session's
coverage audit): each sentence is written for the test, one per form."""

from __future__ import annotations

import pytest
from detection import detect
from sides_check import IS, SAA

from loaders.gazetteer import Gazetteer

REBELS = "actor/syrian-rebels"
HEZBOLLAH = "actor/hezbollah"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels exchanged fire with the Syrian army near Daraa on Monday.",
        "Rebels traded gunfire with the Syrian army near Daraa on Monday.",
        "Rebels were exchanging heavy fire with the Syrian army near Daraa.",
    ],
)
def test_an_exchange_of_fire_told_by_its_verb_is_a_clash(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (REBELS,), (SAA,))
    # other things exchanged, or fire traded as goods, are no clash
    assert detect("Rebels and the Syrian army exchanged prisoners near Daraa on Monday.", gazetteer) == []
    assert detect("Merchants in Daraa trade fire extinguishers.", gazetteer) == []


def test_opening_fire_on_someone_is_an_attack(gazetteer: Gazetteer) -> None:
    (d,) = detect("Islamic State militants opened fire on a Syrian army checkpoint near Palmyra.", gazetteer)
    assert (d.type, d.attackers) == ("armed-clash", (IS,))


@pytest.mark.parametrize(
    ("text", "etype", "takers"),
    [
        ("Palmyra fell to Islamic State fighters on Monday.", "non-state-actor-overtakes-territory", (IS,)),
        ("The town fell to the Syrian army and Hezbollah on Monday.", "government-regains-territory", (SAA, HEZBOLLAH)),
    ],
)
def test_ground_that_fell_to_a_side_was_taken_by_it(
    text: str, etype: str, takers: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == (etype, takers)


def test_what_fell_to_a_number_took_nothing(gazetteer: Gazetteer) -> None:
    assert detect("The number of rebels in Daraa fell to 200 on Monday.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops counterattacked Islamic State fighters near Palmyra on Monday.",
        "Syrian troops launched a counteroffensive against Islamic State fighters near Palmyra.",
    ],
)
def test_every_inflection_of_a_counter_attack_is_an_attack(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (SAA,), (IS,))


@pytest.mark.parametrize(
    ("text", "etype", "taker"),
    [
        ("The Syrian army drove Islamic State fighters from Palmyra.", "government-regains-territory", SAA),
        ("Rebels ousted IS from the town of Dabiq on Monday.", "non-state-actor-overtakes-territory", REBELS),
        ("Rebels dislodged the jihadists from the hill near Dabiq.", "non-state-actor-overtakes-territory", REBELS),
        ("Rebels flushed the Syrian army out of Idlib on Monday.", "non-state-actor-overtakes-territory", REBELS),
    ],
)
def test_a_side_driven_from_ground_lost_it(text: str, etype: str, taker: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == (etype, (taker,))
    # people driven from their homes are no side: no ground taken
    assert detect("Islamic State fighters drove Christians from Raqqa.", gazetteer) == []


def test_ground_lost_to_a_side_was_taken_by_it(gazetteer: Gazetteer) -> None:
    (d,) = detect("The Syrian army lost the town of Palmyra to Islamic State fighters on Monday.", gazetteer)
    assert (d.type, d.attackers, d.targets) == ("non-state-actor-overtakes-territory", (IS,), (SAA,))
    (d,) = detect("Rebels lost control of Morek to the Syrian army on Monday.", gazetteer)
    assert (d.type, d.attackers, d.targets) == ("government-regains-territory", (SAA,), (REBELS,))
    # fighters lost are no ground, nor is a time
    assert [x.type for x in detect("The Syrian army lost Hezbollah fighters to IS near Qusair.", gazetteer)] == []
    assert detect("Palmyra, which IS had lost in March to the Syrian army, is quiet.", gazetteer) == []


def test_an_acronym_ending_in_ed_is_no_participle(gazetteer: Gazetteer) -> None:
    (d,) = detect("An IED targeted a patrol of Turkish soldiers near Idlib on Monday.", gazetteer)
    assert d.type == "remote-explosive"


@pytest.mark.parametrize(
    ("text", "etype", "taker"),
    [
        ("The seizure of Palmyra by IS fighters shocked the world.", "non-state-actor-overtakes-territory", IS),
        ("The liberation of Palmyra by the Syrian army was hailed in Damascus.", "government-regains-territory", SAA),
        ("The IS takeover of Palmyra on Monday shocked the world.", "non-state-actor-overtakes-territory", IS),
    ],
)
def test_the_nouns_of_taking_ground_take_it(text: str, etype: str, taker: str, gazetteer: Gazetteer) -> None:
    found = [d for d in detect(text, gazetteer) if d.type == etype]
    assert [d.attackers for d in found] == [(taker,)]
    # a front named for liberation liberates nothing
    assert [d.type for d in detect("The National Liberation Front of Idlib shelled Hama.", gazetteer)] == ["shelling"]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government forces opened fire on protesters in Daraa on Monday, killing five.",
        "Syrian government forces killed 20 demonstrators in Homs on Monday.",
        "The Syrian army opened fire on a crowd of mourners in Daraa.",
    ],
)
def test_the_unarmed_gathered_are_civilians(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (SAA,))


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants hanged two men in Raqqa on Monday.",
        "Islamic State militants slaughtered 30 villagers in Kobani on Monday.",
        "Two activists were tortured to death by Islamic State militants in Raqqa.",
    ],
)
def test_killing_by_hand_told_otherwise_is_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("attack-on-civilians", (IS,))


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops repelled Islamic State fighters near Palmyra on Monday.",
        "Syrian troops beat back IS militants near Palmyra on Monday.",
        "Syrian troops fended off IS fighters near Palmyra.",
    ],
)
def test_a_side_repelled_is_a_side_fought(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers) == ("armed-clash", (SAA,))
    assert detect("The smell in Palmyra repelled Syrian visitors.", gazetteer) == []


def test_fighters_eliminated_were_killed(gazetteer: Gazetteer) -> None:
    (d,) = detect("Syrian troops eliminated 20 Islamic State terrorists near Palmyra on Monday.", gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (SAA,), (IS,))
    assert detect("The Syrian army eliminated the threat to Palmyra.", gazetteer) == []


def test_a_bomb_that_went_off_exploded(gazetteer: Gazetteer) -> None:
    (d,) = detect("A bomb went off near a mosque in Homs on Monday.", gazetteer)
    assert d.type == "remote-explosive"
    assert detect("A fire alarm went off in a school in Homs.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Syrian army checkpoint near Palmyra came under attack by Islamic State fighters on Monday.",
        "Syrian army positions near Palmyra came under an Islamic State assault on Monday.",
    ],
)
def test_what_came_under_attack_was_attacked(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert (d.type, d.attackers, d.targets) == ("armed-clash", (IS,), (SAA,))
