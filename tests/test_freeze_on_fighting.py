"""A "freeze on fighting" is a truce, not a clash (seventeenth session, `truce_words.HALT_OR_PAUSE`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "frozen",
    [
        "Russia and the United States agreed a freeze on fighting in Aleppo on Monday.",
        "A freeze on hostilities brokered by Moscow took effect in Homs on Friday.",
    ],
)
def test_a_freeze_on_fighting_is_a_truce(frozen: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(frozen, gazetteer)] == ["ceasefire"]
    # "freed" opens with the same letters and is no trigger
    assert detect("Rebels freed 20 prisoners in Aleppo on Monday.", gazetteer) == []
