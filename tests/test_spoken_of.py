"""Engagements only spoken of tell none (twentieth session, helper outprec5): a noun of chance or fear governing the
event, a verb of naming or a copula of judgement over an engagement already told, a gerund after an adjective of
disposition, "executed" with a plan as object, "single-handed control"; and bombs with a state as doer are dropped
from the air, and "usually" marks a habit. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from sides_check import engagements_of

from loaders.gazetteer import Gazetteer


def _types(text: str, gazetteer: Gazetteer) -> list[str]:
    """The engagement types extracted from `text`, sorted."""
    return sorted(e.type for e in engagements_of(text, gazetteer))


@pytest.mark.parametrize(
    "text",
    [
        "Army gains near Tadef have reduced the chances of a truce between the government and the rebels.",
        "The talks in Tadef raised hopes for a lasting ceasefire between the army and the rebels.",
        "Activists voiced fears of a new offensive by government forces on Tadef.",
        "Civilians in Tadef face the risk of renewed shelling by government forces.",
    ],
)
def test_an_event_governed_by_a_noun_of_chance_or_fear_is_not_told(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == []


def test_fear_as_the_reason_leaves_the_event_to_other_guards(gazetteer: Gazetteer) -> None:
    # "living in fear of sieges since fighting surged": the fighting after "since" is told
    text = "People in Tadef have lived in fear of sieges since fighting surged there in late June."
    assert "armed-clash" in _types(text, gazetteer)


def test_an_engagement_named_by_a_verb_of_naming_lends_it_no_side(gazetteer: Gazetteer) -> None:
    text = "Government air strikes on Tadef killed five on Monday. The army called the bombing a blatant aggression."
    found = engagements_of(text, gazetteer)
    assert [e.type for e in found] == ["air-strike"]
    assert "actor/syrian-arab-army" not in found[0].attackers


@pytest.mark.parametrize("label", ["described the attack as a massacre", "called the strikes a massacre"])
def test_the_label_a_verb_of_naming_gives_is_no_engagement(label: str, gazetteer: Gazetteer) -> None:
    text = f"Government air strikes on Tadef killed five civilians on Monday. The opposition {label}."
    assert _types(text, gazetteer) == ["air-strike"]


def test_an_engagement_judged_by_its_copula_is_not_told_again(gazetteer: Gazetteer) -> None:
    text = (
        "Government air strikes on Idlib killed five civilians on Monday. Turkey sent ambulances. "
        'The air strikes on Idlib were "inhuman" President Recep Tayyip Erdogan said.'
    )
    found = engagements_of(text, gazetteer)
    assert [e.type for e in found] == ["air-strike"]
    assert "actor/turkey" not in found[0].attackers


def test_fighting_a_side_is_disposed_to_is_not_a_battle(gazetteer: Gazetteer) -> None:
    assert _types("The Americans say they are interested in fighting Daesh around Tadef.", gazetteer) == []


def test_an_operation_executed_is_no_execution(gazetteer: Gazetteer) -> None:
    text = "Army units moved into Tadef where they executed a special operation against the militant hideouts."
    assert "attack-on-civilians" not in _types(text, gazetteer)


def test_people_executed_stay_an_attack_on_civilians(gazetteer: Gazetteer) -> None:
    assert _types("Government troops executed 12 prisoners in Tadef on Monday.", gazetteer) == ["attack-on-civilians"]


def test_single_handed_control_hands_no_ground_over(gazetteer: Gazetteer) -> None:
    text = "Russia has single-handed control of aid deliveries to Idlib province."
    assert _types(text, gazetteer) == []


def test_bombs_with_a_state_as_doer_fall_from_the_air(gazetteer: Gazetteer) -> None:
    text = "Three civilians were killed by regime bombs that fell on Douma on Thursday, the observatory said."
    assert _types(text, gazetteer) == ["air-strike"]


def test_usually_marks_a_habit(gazetteer: Gazetteer) -> None:
    text = "The US-led coalition is usually targeting extremists in Idlib province."
    assert _types(text, gazetteer) == []


def test_a_present_progressive_relative_clause_describes_its_side(gazetteer: Gazetteer) -> None:
    text = (
        "Heavy clashes raged near Damascus on Monday between the rebels and the Islamic State which is "
        "spearheading a large offensive in Iraq."
    )
    found = engagements_of(text, gazetteer)
    assert [e.type for e in found] == ["armed-clash"]
    assert all(not any("iraq" in p for p in e.places) for e in found)


def test_a_comparison_in_the_naming_still_places_the_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "Rebels attacked government-held parts of Aleppo on Thursday. "
        "He described the clashes as one of the fiercest yet in the district of Zahra."
    )
    (clash,) = engagements_of(body, gazetteer)
    assert "place/local/zahra" in clash.places
