"""Truces, deals and withdrawals (the Strategic developments of ACLED), on short texts written for the tests."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.model import Engagement
from tests.written import engagements


def truces(body: str, gazetteer: Gazetteer) -> list[Engagement]:
    """The ceasefires of a short test article."""
    return [e for e in engagements(body, gazetteer) if e.type == "ceasefire"]


def test_a_deal_made_with_a_side_is_a_truce_with_both_sides(gazetteer: Gazetteer) -> None:
    body = "Elders in Jayrud reached an agreement with government officials on Sunday to end the shelling."
    found = truces(body, gazetteer)
    assert [(e.places, e.attackers) for e in found] == [(("place/jayrud-1125967165",), ("actor/baathist-syria",))]
    found = truces("Russia struck a deal with Turkey over Idlib on Monday.", gazetteer)
    assert [set(e.attackers) for e in found] == [{"actor/russia", "actor/turkey"}]
    # a deal only hoped for is none
    assert truces("The rebels hope to sign an agreement with the regime in Homs next week.", gazetteer) == []


@pytest.mark.parametrize(
    "body",
    [
        "The regime signed a deal with Russia to host its warplanes at Hmeimim airbase in Latakia.",
        "The UN reached an agreement with the Syrian government on aid deliveries to Douma.",
        "Damascus signed an agreement with Tehran for the supply of oil to the port of Tartus.",
    ],
)
def test_a_deal_for_trade_aid_or_bases_is_no_truce(body: str, gazetteer: Gazetteer) -> None:
    assert truces(body, gazetteer) == []


def test_a_deal_to_leave_or_on_a_ceasefire_stays_a_truce(gazetteer: Gazetteer) -> None:
    assert truces("The rebels reached a deal with the regime to leave Daraya on Friday.", gazetteer)
    assert truces("Rebels in Madaya reached an agreement with the government on a ceasefire on Sunday.", gazetteer)


def test_a_truce_a_sentence_opens_on_is_one_of_its_own(gazetteer: Gazetteer) -> None:
    body = (
        "Elders in Jayrud reached an agreement with government officials on Sunday that rebels would leave the town. "
        "Buses arrived at dawn. "
        "A truce between the regime and the town's elders had kept Jayrud calm for two years."
    )
    assert len(truces(body, gazetteer)) == 2
    # the deal named again by its kind is the one told
    again = body.replace("A truce", "The truce")
    assert len(truces(again, gazetteer)) == 1


def test_a_deal_named_again_by_its_kind_is_the_deal_told(gazetteer: Gazetteer) -> None:
    body = (
        "Buses left Fuaa and Kafraya in Syria on Friday under a deal reached between the government and rebels. "
        "Thousands of people were on board. Aid workers handed out water. Families waited for hours. "
        "Officials counted the passengers. "
        "The delay puts the evacuation deal brokered by Qatar and Iran in doubt."
    )
    found = truces(body, gazetteer)
    assert len(found) == 1
    assert "place/al-fu-ah-1310392609" in found[0].places


def test_ground_left_under_a_named_sides_assault_is_taken_by_that_side(gazetteer: Gazetteer) -> None:
    def kinds(body: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        return [(e.type, e.attackers, e.targets) for e in engagements(body, gazetteer) if "territory" in e.type]

    assert kinds(
        "The Syrian army withdrew from the farms north of Aleppo as they faced a rebel counter-offensive led by the "
        "al-Nusra Front on Monday."
    ) == [
        (
            "non-state-actor-overtakes-territory",
            ("actor/syrian-rebels", "actor/al-nusra-front"),
            ("actor/syrian-arab-army",),
        )
    ]
    # bombing names no side that took the ground: the fighters left it, a transfer
    assert kinds("Rebels withdrew from Daraya on Friday after relentless bombing.") == [
        ("non-violent-transfer-of-territory", ("actor/syrian-rebels",), ())
    ]


def test_a_truce_named_despite_the_fighting_is_one_when_its_makers_are_named(gazetteer: Gazetteer) -> None:
    body = "Shelling has continued in Eastern Ghouta despite a de-escalation agreement backed by the regime and Russia."
    assert [e.attackers for e in truces(body, gazetteer)] == [("actor/baathist-syria", "actor/russia")]
    # named only: no truce made
    assert truces("Shelling has continued in Eastern Ghouta despite the de-escalation agreement.", gazetteer) == []


def test_a_halt_or_pause_of_the_fighting_is_a_truce(gazetteer: Gazetteer) -> None:
    body = "Russia's military announced a three-hour daily halt of fighting in Aleppo starting on Thursday."
    assert [(e.type, e.attackers) for e in engagements(body, gazetteer)] == [
        ("ceasefire", ("actor/russian-armed-forces",))
    ]
    body = "Russia announced a humanitarian pause in Aleppo on Thursday."
    assert [(e.type, e.attackers) for e in engagements(body, gazetteer)] == [("ceasefire", ("actor/russia",))]
    # called for, or a side's advance halted: none
    assert engagements("The UN called for a halt to the bombing of Aleppo on Thursday.", gazetteer) == []
    assert engagements("The United Nations called for weekly pauses in Aleppo on Thursday.", gazetteer) == []
    assert truces("The army halted its advance after raids near Hama on Monday.", gazetteer) == []


@pytest.mark.parametrize(
    "body",
    [
        "Evacuations from the besieged district of Homs were halted during heavy shelling on Saturday.",
        "Classes at a school in Idlib halted following air strikes on Wednesday.",
    ],
)
def test_what_halts_under_fire_is_no_truce(body: str, gazetteer: Gazetteer) -> None:
    # review: a preposition after "halted" tells why it stopped; the fire is what goes on, not what was stopped
    assert truces(body, gazetteer) == []


def test_fighting_that_began_a_state_of_affairs_is_fighting(gazetteer: Gazetteer) -> None:
    body = "Residents of Aleppo have been living in fear since fighting surged in the city in late June."
    assert [e.type for e in engagements(body, gazetteer)] == ["armed-clash"]
    # what has been going on since a time is many engagements summed up
    assert engagements("The army has been shelling the hills near Aleppo since last spring.", gazetteer) == []


def test_years_of_siege_a_place_has_endured_are_a_siege_that_holds(gazetteer: Gazetteer) -> None:
    body = "Eastern Ghouta which is still home to 350000 people has endured years of siege and shelling."
    assert [(e.type, e.places) for e in engagements(body, gazetteer)] == [("siege", ("place/eastern-ghouta",))]
    # ended, summed up: none
    assert engagements("Homs has returned to regime control after two years of bombardment and siege.", gazetteer) == []
