"""A body whose centre or offices were hit was the target, and a strike whose doer the text never names stays
unattributed (twenty-ninth session, helper remote29; docs/extraction.md, "Engagements")."""

from __future__ import annotations

from datetime import date

from bench.adversarial import NOUN_OBJECT29_TEXTS
from loaders.engagement_roles import _NOUN_OBJECT_GAP
from loaders.gazetteer import Gazetteer
from tests.written import written

_STRIKE = (
    "An air strike on a bakery in the town of Saraqib in Idlib province killed 12 people on Tuesday a monitoring "
    "group said."
)


def attackers(text: str, published: date, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    """(type, attackers) of the engagements extracted from one made-up article of that date."""
    found = written(text, gazetteer, published=published)
    return [(e.type, e.attackers) for e in found.engagements]


def test_a_strike_whose_doer_is_never_named_stays_unattributed(gazetteer: Gazetteer) -> None:
    # every side must trace to the text: the date alone (before foreign air forces struck Syria) names no one
    assert attackers(_STRIKE, date(2013, 5, 14), gazetteer) == [("air-strike", ())]


def targets(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    """(type, targets) of the engagements extracted from one made-up article."""
    found = written(text, gazetteer)
    return [(e.type, e.targets) for e in found.engagements]


def test_the_body_whose_centre_a_bomb_hit_is_its_target(gazetteer: Gazetteer) -> None:
    text = "A car bomb targeted a center of the Kurdish police in Qamishli on Wednesday killing five."
    assert targets(text, gazetteer) == [("remote-explosive", ("actor/local/kurdish-police",))]


def test_a_centre_of_no_body_names_no_target(gazetteer: Gazetteer) -> None:
    text = "A car bomb targeted a shopping center in Qamishli on Wednesday killing five the Kurdish police said."
    assert targets(text, gazetteer) == [("remote-explosive", ())]


def test_the_object_gap_on_adversarial_runs_is_no_gap() -> None:
    assert [_NOUN_OBJECT_GAP.fullmatch(text) for text in NOUN_OBJECT29_TEXTS] == [None] * 5
