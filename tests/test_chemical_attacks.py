"""A chemical attack told with the bombs or shells that delivered it: one engagement (loaders/chemical_attacks.py)."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import engagements as kinds


def test_bombs_carrying_a_toxic_agent_are_the_chemical_attack(gazetteer: Gazetteer) -> None:
    for body in (
        "Witnesses said government helicopters struck the town of Saraqib with chlorine-filled barrel bombs on Monday.",
        "Government forces pounded the town of Saraqib with artillery and used chemical weapons in the bombardment.",
    ):
        (attack,) = kinds(body, gazetteer)
        assert attack.type == "chemical-weapon", body
        assert attack.attackers, body


def test_a_chemical_attack_named_as_an_event_beside_a_strike_may_be_another(gazetteer: Gazetteer) -> None:
    # the town is described by an older attack: today's strikes are their own engagement
    body = "Regime air strikes hit Saraqib on Sunday, the town of a deadly chemical attack in April."
    assert sorted(e.type for e in kinds(body, gazetteer)) == ["air-strike", "chemical-weapon"]


def test_strikes_told_on_the_day_of_a_gas_attack_there_are_that_attack(gazetteer: Gazetteer) -> None:
    body = (
        "A chemical attack killed dozens of people in the town of Saraqib on Tuesday, doctors said. "
        "Residents said a warplane carried out strikes on Saraqib early on Tuesday that released a toxic gas."
    )
    assert [e.type for e in kinds(body, gazetteer)] == ["chemical-weapon"]
    # another day: a strike of its own
    body = (
        "A chemical attack killed dozens of people in the town of Saraqib on Tuesday, doctors said. "
        "Residents said warplanes carried out strikes on Saraqib on Thursday."
    )
    assert [e.type for e in kinds(body, gazetteer)] == ["chemical-weapon", "air-strike"]


def test_a_generic_attack_at_the_place_is_told_by_the_chemical_attack(gazetteer: Gazetteer) -> None:
    for body in (
        "The Syrian regime attacked the town of Saraqib on Tuesday, activists said. "
        "The regime shelled Saraqib with rockets containing chlorine on Tuesday.",
        "The Syrian regime launched an assault on the town of Saraqib on Tuesday. "
        "The regime dropped chemical bombs on Saraqib.",
    ):
        assert [e.type for e in kinds(body, gazetteer)] == ["chemical-weapon"], body
