"""Attacks tallied over months or years are a count, not one engagement: "at least three attacks in 2014 and 2015"
(nineteenth session, helper outprec4; `loaders/tallied_attacks.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry found the government behind at least four attacks in 2015 and 2016 on Idlib.",
        "Rights groups said the government carried out at least nine chemical attacks on Douma in 2017.",
        "Monitors blamed the army for dozens of chemical attacks on Douma during the final months of 2017.",
    ],
)
def test_attacks_tallied_over_years_are_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "At least three air strikes hit the market in Saraqib on Monday.",
        "Dozens of air strikes hit Douma on Tuesday, the worst day since 2015.",
    ],
)
def test_a_days_count_is_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert "air-strike" in [d.type for d in detect(text, gazetteer)]
