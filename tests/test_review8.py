"""Fixes of the twentieth session's review of its engagement rules (helper review8): each sentence is written for
the test."""

from __future__ import annotations

import pytest

from loaders.clauses import acting_subject, chunk, clause_at
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import types_attackers as _engagements


def test_men_executed_on_orders_are_put_to_death(gazetteer: Gazetteer) -> None:
    # "on orders of" is a preposition's phrase after the men put to death, not a plan carried out
    body = "The Islamic State executed 12 prisoners on orders of its leader in the city of Raqqa on Monday."
    assert [t for t, _ in _engagements(body, gazetteer)] == ["attack-on-civilians"]


def test_one_of_the_deadliest_strikes_ranks_the_strike_told(gazetteer: Gazetteer) -> None:
    # a superlative after "one of the" ranks the strike the lead told: no second strike
    body = (
        "Russian jets struck the town of Douma on Monday, killing 50 people. It was one of the deadliest air strikes"
        " of the war."
    )
    assert [t for t, _ in _engagements(body, gazetteer)] == ["air-strike"]


def test_soldiers_named_as_a_place_were_not_hit_by_the_sniper(gazetteer: Gazetteer) -> None:
    # the driver was shot; the soldiers only say where: shots at the unarmed, no clash
    body = "A rebel sniper shot dead a taxi driver near regime soldiers in the town of Douma on Monday."
    assert [t for t, _ in _engagements(body, gazetteer)] == ["attack-on-civilians"]


def test_soldiers_killed_by_sniper_fire_are_a_clash(gazetteer: Gazetteer) -> None:
    # the subject of the passive is who the shots hit
    body = "Two soldiers were killed by sniper fire in the town of Douma on Monday."
    assert [t for t, _ in _engagements(body, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "body",
    [
        "A spokesman for the Turkish army said the gunmen crossed the border and attacked a Turkish post near Kilis.",
        # "said" takes no object: what follows it is reported, though the chunker knows no verb in it ("advanced")
        "Activists close to the Free Syrian Army said government troops advanced towards the town of Douma and"
        " captured the main hospital on Monday.",
    ],
)
def test_a_verb_joined_after_a_reported_clause_is_not_the_speakers(body: str, gazetteer: Gazetteer) -> None:
    # the reported clause's subject did it, not the one who said so (a government taking's taker is the army by its
    # type since the twenty-fourth session, engprec24: right here, and no speaker)
    speakers = {"actor/turkish-armed-forces", "actor/turkey", "actor/free-syrian-army"}
    assert all(not set(attackers) & speakers for _, attackers in _engagements(body, gazetteer))


def test_the_subject_of_a_verb_of_saying_does_not_do_a_joined_verb() -> None:
    text = "Turkey said the gunmen crossed the border and attacked a post."
    clauses = chunk(text)
    joined = clause_at(clauses, text.index("attacked"))
    assert joined is not None and acting_subject(clauses, joined) is None


def test_a_shot_told_after_a_subordinator_is_not_the_snipers(gazetteer: Gazetteer) -> None:
    # "after rebels shot" opens the rebels' clause: the snipers deployed fired no shot, the rebels' clash is told
    body = "The army deployed snipers on rooftops in Douma after rebels shot dead two soldiers on Monday."
    assert _engagements(body, gazetteer) == [("armed-clash", ("actor/syrian-rebels",))]


def test_one_of_the_strikes_at_no_place_of_its_own_is_the_strike_told(gazetteer: Gazetteer) -> None:
    # no place picks it out: the toll counts the strikes on Douma, not a strike the extractor cannot place
    body = (
        "Russian jets carried out three air strikes on the town of Douma on Monday. One of the strikes hit a"
        " hospital, killing five people."
    )
    x = extract(Article("test", "t", body), gazetteer)
    assert [(c.engagement, f.low) for c in x.claims for f in c.figures if f.kind == "fatalities"] == [
        ("air-strike@0", 5)
    ]


def test_snipers_of_a_side_are_its_men(gazetteer: Gazetteer) -> None:
    # "of" after a sniper names whose he is, as "from" does; the side is no target of its own shots
    body = "Snipers of the regime fired on protesters in the town of Douma on Friday."
    assert _engagements(body, gazetteer) == [("attack-on-civilians", ("actor/baathist-syria",))]


@pytest.mark.parametrize(
    "body",
    [
        "Rebel snipers positioned on a hill fired at soldiers in the town of Douma on Monday.",
        "Regime snipers targeted two rebel fighters in the town of Douma on Monday.",
    ],
)
def test_a_sniper_told_before_his_shot_at_fighters_is_a_clash(body: str, gazetteer: Gazetteer) -> None:
    # the trigger is the word "snipers", its shot read past it: the type check must read the shot too
    assert [t for t, _ in _engagements(body, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("A sniper killed two soldiers in the town of Douma on Monday.", "armed-clash"),
        ("Regime snipers wounded two children in the town of Madaya on Tuesday.", "attack-on-civilians"),
    ],
)
def test_a_sniper_as_the_subject_of_a_verb_of_harm_is_an_engagement(body: str, kind: str, gazetteer: Gazetteer) -> None:
    # "killed", "wounded" tell the shot as their result: sniped_fighters' own example had no trigger
    assert [t for t, _ in _engagements(body, gazetteer)] == [kind]


def test_a_sniper_killed_is_no_snipers_shot(gazetteer: Gazetteer) -> None:
    assert _engagements("Rebels said a sniper was killed in the town of Douma on Monday.", gazetteer) == []
