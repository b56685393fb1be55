"""Fixes from the review of the eighteenth session's last rules (helper review4): sentences written for the test, one
per form of over-reach found."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer

IS = "actor/islamic-state"
SAA = "actor/syrian-arab-army"
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
