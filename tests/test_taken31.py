"""Thirty-first session (helper taken31): a doer left open "by either X or Y" is both, as "by X or Y" is; and the next
town of a lead summed up over an area, told by a generic word after the first town's strikes, is one of those
strikes. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import DONE_BY31_TEXTS, found
from loaders.engagement_roles import _DONE_BY
from loaders.gazetteer import Gazetteer
from tests.written import types_places_attackers as _engagements

SARAQIB = "place/saraqib-890449833"
IDLIB_PROVINCE = "place/idlib-governorate-85678373"
MAARAT = "place/maarrat-al-numan-421190421"
AIR_FORCE = "actor/syrian-arab-air-force"
RUSSIAN_JETS = "actor/russian-aerospace-forces"


def test_a_doer_left_open_by_either_names_both(gazetteer: Gazetteer) -> None:
    text = (
        "Air strikes killed seven people in Saraqib on Monday, a monitor said. The monitor said the raids were "
        "carried out by either Syrian or Russian aircraft."
    )
    [(etype, places, attackers)] = _engagements(text, gazetteer)
    assert (etype, places) == ("air-strike", (SARAQIB,))
    assert AIR_FORCE in attackers and RUSSIAN_JETS in attackers


def test_either_before_no_actor_names_nobody(gazetteer: Gazetteer) -> None:
    text = "Shelling by either side killed three people in Saraqib on Monday, a monitor said."
    assert _engagements(text, gazetteer) == [("shelling", (SARAQIB,), ())]


LEAD = (
    "Twelve civilians were killed on Monday in heavy bombardment across rebel-held Idlib province, a monitor said. "
    "In Saraqib air strikes killed five people. "
)


def test_the_next_town_of_a_summed_up_lead_is_one_of_its_strikes(gazetteer: Gazetteer) -> None:
    text = LEAD + "Another four people were killed in raids on Maarat al-Numan further south."
    assert [(t, p) for t, p, _ in _engagements(text, gazetteer)] == [
        ("shelling", (IDLIB_PROVINCE,)),
        ("air-strike", (SARAQIB,)),
        ("air-strike", (MAARAT,)),
    ]


def test_raids_with_no_lead_summed_up_stay_as_they_were(gazetteer: Gazetteer) -> None:
    text = (
        "Air strikes killed five people in Saraqib on Monday. "
        "Another four people were killed in raids on Maarat al-Numan further south."
    )
    assert [(t, p) for t, p, _ in _engagements(text, gazetteer)] == [("air-strike", (SARAQIB,))]


def test_raids_outside_the_lead_area_are_no_part(gazetteer: Gazetteer) -> None:
    text = LEAD + "Another four people were killed in raids on Douma."
    assert [(t, p) for t, p, _ in _engagements(text, gazetteer)] == [
        ("shelling", (IDLIB_PROVINCE,)),
        ("air-strike", (SARAQIB,)),
    ]


def test_the_bench_inputs() -> None:
    assert [found(_DONE_BY)(t) for t in DONE_BY31_TEXTS[:4]] == [[], [], [], []]
    assert found(_DONE_BY)(DONE_BY31_TEXTS[4]) == ["carried out by either "] * 227
