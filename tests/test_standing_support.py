"""Support told by a finite verb ("the offensive has been backed by coalition air strikes") names an ally's means, no
engagement of its own (seventeenth session, `loaders/standing_support.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer

# "backed by" as a participle: the verb after it is the engagement; and a past verb the means go on to is an act.
_STILL_TOLD = [
    "Government troops backed by Russian air strikes pushed into Palmyra on Monday.",
    "Kurdish fighters were backed by coalition jets and bombarded IS positions in Raqqa on Monday.",
    "The Kurdish alliance is backed by coalition jets which shelled IS positions in Raqqa on Monday.",
]


@pytest.mark.parametrize(
    "standing",
    [
        "The Kurdish alliance has been backed by US-led coalition air strikes in Raqqa.",
        "They are backed by air strikes launched by the coalition near Raqqa.",
        "The Kurdish alliance was supported by air strikes along with advisers and an artillery battery near Raqqa.",
    ],
)
def test_support_told_by_a_finite_verb_is_no_strike(standing: str, gazetteer: Gazetteer) -> None:
    assert detect(standing, gazetteer) == []
    assert all(detect(told, gazetteer) != [] for told in _STILL_TOLD)
