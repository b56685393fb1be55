"""A review of the nineteenth session's engagement rules (sides2, outprec4, outrecall6): each test is a reading the
merged rules got wrong, on sentences written for this review (nineteenth session, helper review6)."""

from __future__ import annotations

from detection import detect
from sides_check import REB, SAA, engagements_of

from loaders.gazetteer import Gazetteer


def test_currently_fighting_with_a_day_told_is_a_battle(gazetteer: Gazetteer) -> None:
    text = "Rebels are currently fighting the army in Hama, where clashes killed 20 people on Monday."
    assert any(e.attackers == (REB,) and e.targets == (SAA,) for e in engagements_of(text, gazetteer))
    text = "The army is currently battling rebels in the east of Hama after an assault on Monday killed 20."
    assert detect(text, gazetteer) != []
    # the war's state, told with no day, stays none
    assert detect("The army is currently fighting against IS and the rebels in Syria.", gazetteer) == []


def test_a_side_told_by_the_story_fired_on_government_held_districts(gazetteer: Gazetteer) -> None:
    # the side the story goes on about, "it" after a speaker and "they" keep the act from the rebels' default
    texts = [
        "Islamic State militants shelled the town. Mortar rounds hit government-held districts of Homs on Monday.",
        "Jaish al-Islam said it had shelled government-held districts of Damascus on Monday.",
    ]
    for text in texts:
        assert all(REB not in e.attackers for e in engagements_of(text, gazetteer)), text
    # with nobody told, the rebels still
    found = engagements_of("Rocket attacks struck government-held districts of Homs on Thursday.", gazetteer)
    assert [e.attackers for e in found] == [(REB,)]


def test_government_held_ground_the_guns_stand_on_or_people_went_to_was_not_hit(gazetteer: Gazetteer) -> None:
    texts = [
        "Artillery positioned in regime-held Jobar shelled Douma on Monday.",
        "Mortars based in government-controlled Harasta hit rebel-held Douma on Monday.",
        "Civilians fleeing the shelling reached government-held areas of Aleppo on Monday.",
    ]
    for text in texts:
        assert all(REB not in e.attackers for e in engagements_of(text, gazetteer)), text


def test_a_clause_after_a_verb_of_ceasing_tells_the_strike_it_opens(gazetteer: Gazetteer) -> None:
    # what stopped is the convoy or the talks; the strike after "as" or "amid" happened
    for text in [
        "An aid convoy stopped as shelling hit the road near Aleppo on Monday, killing five.",
        "The talks were suspended amid air strikes on Aleppo on Monday, killing 20.",
    ]:
        assert detect(text, gazetteer) != [], text
    assert detect("The air force suspended air strikes on Idlib on Monday.", gazetteer) == []


def test_strikes_measured_against_a_year_are_one_days_strikes(gazetteer: Gazetteer) -> None:
    # a superlative before the span compares; it is not the time of a tally
    text = "At least 20 air strikes hit Idlib on the worst day for the town in 2016."
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]
    assert detect("At least 20 air strikes hit Idlib in 2015 and 2016.", gazetteer) == []


def test_favour_won_back_from_a_named_side_is_no_ground(gazetteer: Gazetteer) -> None:
    for text in [
        "The regime won back Moscow's trust in Damascus on Monday.",
        "The rebels won back Western support in Idlib on Monday.",
    ]:
        assert detect(text, gazetteer) == [], text
    assert detect("Government forces won back Palmyra from Islamic State on Sunday.", gazetteer) != []


def test_an_attack_told_as_predicted_after_it_was_made(gazetteer: Gazetteer) -> None:
    text = "The army launched the offensive on Aleppo on Monday that the minister predicted."
    assert detect(text, gazetteer) != []
    assert detect("The minister predicted a tough battle for Aleppo.", gazetteer) == []


def test_a_side_ending_a_fronted_phrase_is_not_joined_to_the_subject(gazetteer: Gazetteer) -> None:
    text = "With help from Iran, Hezbollah fighters attacked Nusra Front in Qalamoun on Monday."
    assert all("actor/iran" not in e.attackers for e in engagements_of(text, gazetteer))
    text = "After talks with Turkey, Russian jets bombed Idlib on Monday."
    assert all("actor/turkey" not in e.attackers for e in engagements_of(text, gazetteer))


def test_fighting_to_oust_a_side_from_ground_is_a_battle(gazetteer: Gazetteer) -> None:
    text = "Government troops fought to oust rebels from the town of Morek on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]
    assert detect("The father of a militant fighting to oust Assad from power lives in Douma.", gazetteer) == []
