"""Rules from a second recall sample: engagements read on FA-KES articles outside the gold set (seventeenth session)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.mark.parametrize(
    "text",
    [
        # the writer turns to another scene with "while" or "whereas": two bombardments, not one told by two means
        "Rebel-held districts of the city came under heavy air force bombardment on Monday while state media said"
        " rocket attacks killed four people in Aleppo.",
        "Warplanes pounded the old quarter whereas mortar shells hit the western districts of Homs.",
    ],
)
def test_means_told_in_contrasted_clauses_are_two_bombardments(text: str, gazetteer: Gazetteer) -> None:
    assert sorted(d.type for d in detect(text, gazetteer)) == ["air-strike", "shelling"]


def test_means_joined_by_and_stay_one_bombardment(gazetteer: Gazetteer) -> None:
    text = "Five people were killed by artillery fire and air strikes on the western districts of Homs."
    assert len(detect(text, gazetteer)) == 1


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # the dead counted at towns the strike's sentence did not name: a report a town (since the nineteenth
        # session, helper outrecall6, each town counted apart is a report of its own: Douma's and Harasta's)
        (
            "Regime warplanes struck Eastern Ghouta on Thursday. Three civilians were killed in the town of Douma and"
            " two in Harasta.",
            3,
        ),
        ("Regime artillery shelled the city of Hama on Monday. Four people were killed near Saraqib.", 2),
    ],
)
def test_dead_counted_at_other_places_after_a_bombardment_are_reports_of_their_own(
    body: str, count: int, gazetteer: Gazetteer
) -> None:
    x = extract(Article("test", "t", body), gazetteer)
    assert len(x.engagements) == count and len({e.type for e in x.engagements}) == 1


def test_dead_counted_where_the_bombardment_was_are_its_own(gazetteer: Gazetteer) -> None:
    # Douma is where the strike was: its dead, no report of their own
    body = "Regime warplanes struck Douma on Thursday. Three civilians were killed in Douma the monitor said."
    assert len(extract(Article("test", "t", body), gazetteer).engagements) == 1


def test_dead_counted_on_another_day_are_no_report_of_the_bombardment(gazetteer: Gazetteer) -> None:
    body = "Regime warplanes struck Douma on Thursday. On Sunday three civilians were killed in Harasta."
    assert len(extract(Article("test", "t", body), gazetteer).engagements) == 1
