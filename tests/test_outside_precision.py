"""Rules from a sample of engagements read on FA-KES articles outside the gold set (sixteenth session)."""

from __future__ import annotations

import pytest
from detection import detect
from sides_check import FSA, IS, SAA

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def test_participles_sharing_one_auxiliary_are_both_passive(gazetteer: Gazetteer) -> None:
    (d,) = detect("Syrian soldiers were surrounded and ambushed by IS militants near Palmyra.", gazetteer)
    assert (d.attackers, d.targets) == ((IS,), (SAA,))


def test_a_second_verb_with_its_own_object_stays_active(gazetteer: Gazetteer) -> None:
    (d,) = detect("Syrian soldiers were resupplied and ambushed IS militants near Palmyra.", gazetteer)
    assert (d.attackers, d.targets) == ((SAA,), (IS,))


def test_the_passive_subject_is_never_the_attacker(gazetteer: Gazetteer) -> None:
    # "the militants" refers back to the last group named, here the victims themselves
    body = "Around 40 Free Syrian Army fighters were executed by the militants in the town of al-Bab on Friday."
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert all(FSA not in e.attackers for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "At least 200 civilians have been killed in coalition air strikes since the campaign against Manbij began.",
        "Some 865 people were killed in coalition airstrikes since the strikes started in September.",
    ],
)
def test_a_toll_since_a_campaign_began_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Over 300 civilians have died in coalition bombing since the offensive against Tabqa began.",
        "Some 500 people have been killed in Idlib since the Russian air strikes started.",
    ],
)
def test_the_campaign_a_toll_is_counted_from_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    # review: the trigger inside "since ... began" is the campaign named as a time, not one engagement reported
    assert detect(text, gazetteer) == []


def test_a_strike_told_with_its_own_day_since_a_campaign_began_is_one(gazetteer: Gazetteer) -> None:
    # review: the day told between the trigger and "since" makes it one engagement, not a toll summed up
    text = "Coalition jets struck Tabqa on Thursday in the third week since the offensive began."
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


def test_the_latest_attack_since_a_campaign_began_is_one(gazetteer: Gazetteer) -> None:
    # review: "the latest" measures one attack against the campaign, as "the highest toll" does (comma dropped)
    text = "A car bomb exploded in Afrin killing 12 the latest attack since the offensive began."
    assert [d.type for d in detect(text, gazetteer)] == ["remote-explosive"]


@pytest.mark.parametrize("word", ["latest", "deadliest"])
def test_strikes_compared_since_a_year_are_one(word: str, gazetteer: Gazetteer) -> None:
    # the superlative (or "latest") before the trigger keeps "since 2014" from summing the strikes up
    assert [d.type for d in detect(f"Idlib saw on Monday the {word} air strikes since 2014.", gazetteer)] == [
        "air-strike"
    ]
    assert detect("Idlib saw on Monday air strikes since 2014.", gazetteer) == []


def test_a_campaign_begun_on_a_weekday_is_news(gazetteer: Gazetteer) -> None:
    text = "Over 60 civilians have died in Homs since the army offensive began on Tuesday."
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]


def test_a_strike_on_a_day_of_the_campaign_is_one(gazetteer: Gazetteer) -> None:
    text = "Coalition air strikes killed 20 civilians in Manbij the highest toll since the campaign began."
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


def test_fighting_people_flee_is_no_battle_reported(gazetteer: Gazetteer) -> None:
    text = "Dozens of civilians trying to flee heavy fighting between rebels and the Syrian army drowned near Raqqa."
    assert [d.type for d in detect(text, gazetteer)] == []
    text = "Heavy fighting between rebels and the Syrian army near Raqqa on Wednesday forced thousands to flee."
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]


def test_people_fleeing_as_fighting_rages_leave_the_fighting_reported(gazetteer: Gazetteer) -> None:
    # review: a conjunction after the verb of fleeing opens a clause of its own, which reports the fighting
    text = "Hundreds of families fled as fighting raged between rebels and the Syrian army near Raqqa."
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group seized large swathes of Syria and Iraq in 2014.",
        "Raqqa is part of the swathes of territory in Syria and Iraq that the Islamic State group seized in 2014.",
    ],
)
def test_swathes_of_a_country_taken_are_a_conquest_summed_up(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == []


def test_parts_of_a_town_taken_are_one_engagement(gazetteer: Gazetteer) -> None:
    text = "Islamic State fighters seized large parts of the town of Palmyra on Friday."
    assert [d.type for d in detect(text, gazetteer)] == ["non-state-actor-overtakes-territory"]


def test_parts_of_a_province_taken_are_one_engagement(gazetteer: Gazetteer) -> None:
    # review: a compass word names a country's region only before the country ("large parts of northern Syria")
    text = "Rebel fighters captured areas of western Hama on Thursday."
    assert [d.type for d in detect(text, gazetteer)] == ["non-state-actor-overtakes-territory"]
    text = "The Islamic State group seized large parts of eastern Syria in 2014."
    assert [d.type for d in detect(text, gazetteer)] == []
