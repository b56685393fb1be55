"""Engagement wording that English news copy uses for events the triggers had no word for (seventeenth session's
coverage audit): each sentence is written for the test, one per form."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer

IS = "actor/islamic-state"
SAA = "actor/syrian-arab-army"
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
