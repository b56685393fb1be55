"""Strikes told as stopped are none told: "had stopped bombing Idlib", "demanded that the regime stop its shelling"
(nineteenth session, helper outprec4; `loaders/ceased_strikes.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the warplanes had stopped bombing Saraqib before the talks.",
        "The charity demanded that the government stop its shelling of Douma.",
        "The air force suspended air strikes on Daraa for two days.",
        "Aid workers asked both sides to cease all shelling of Idlib.",
    ],
)
def test_a_strike_that_is_stopped_is_not_told(text: str, gazetteer: Gazetteer) -> None:
    assert "air-strike" not in [d.type for d in detect(text, gazetteer)]
    assert "shelling" not in [d.type for d in detect(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The warplanes kept bombing Saraqib on Monday.", "air-strike"),
        ("The army stepped up its shelling of Douma on Monday.", "shelling"),
        # the verb of ceasing is another clause's: the strikes that followed are told
        ("The truce stopped, and air strikes hit Daraa on Monday.", "air-strike"),
    ],
)
def test_a_strike_not_stopped_is_told(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in [d.type for d in detect(text, gazetteer)]


def test_non_stop_shelling_is_shelling(gazetteer: Gazetteer) -> None:
    assert "shelling" in [
        d.type for d in detect("Regime forces kept up non-stop shelling of Douma on Monday.", gazetteer)
    ]
