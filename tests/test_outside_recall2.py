"""Rules from a second recall sample: engagements read on FA-KES articles outside the gold set (seventeenth session)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


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
