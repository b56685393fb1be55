"""Rules from a recall sample: engagements read on FA-KES articles outside the gold set (seventeenth session)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

NUSRA = "actor/al-nusra-front"


@pytest.mark.parametrize(
    "text",
    [
        # the group's members claim for it, and the claim is told as reported
        "The Nusra Front militants reportedly claimed responsibility for the car bomb in Homs.",
        "Nusra Front fighters later claimed responsibility for the bombing near Homs.",
        "The Nusra Front jihadists claimed both attacks on checkpoints in Homs.",
    ],
)
def test_members_of_a_group_claiming_an_attack_make_it_the_groups(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.attackers == (NUSRA,)


def test_army_operations_against_a_group_are_an_engagement(gazetteer: Gazetteer) -> None:
    text = "Dozens of ISIS fighters were killed in army operations against their hideouts near Rastan."
    assert detect(text, gazetteer)


def test_a_clause_opened_by_where_is_not_the_future_of_the_sentence(gazetteer: Gazetteer) -> None:
    # the plan is the visit; the shelling "where" tells of already happened
    text = "The monitors will tour Douma where the army shelled a market on Sunday."
    assert detect(text, gazetteer)


def test_the_army_and_armed_forces_is_the_articles_army(gazetteer: Gazetteer) -> None:
    body = "The Syrian army fought ISIS near Palmyra on Monday. The Army and Armed Forces captured Arak on Tuesday."
    x = extract(Article("test", "t", body), gazetteer)
    named = [m.key for m in x.mentions if body[m.span.start : m.span.end].endswith("Armed Forces")]
    assert named == ["actor/syrian-arab-army"]
