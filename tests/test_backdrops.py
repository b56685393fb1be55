"""Fighting told as the war's backdrop: a war aim ("fighting to unseat the government") and "currently" with the
present ("are currently fighting against IS") report no engagement (nineteenth session, helper outprec4;
`loaders/backdrops.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "The father of a gunman fighting to unseat the government lives in Douma.",
        "Her nephew, a volunteer battling to overthrow the regime, wrote from Idlib.",
        "A commander who fought for the overthrow of the government in Hama gave an interview.",
        "The cleric praised a young man fighting to bring down Assad in Daraa.",
    ],
)
def test_a_war_aim_is_who_fights_not_a_battle(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought to retake the town of Saraqib on Monday.",
        "Fighters battled to break the siege of Daraa on Tuesday.",
    ],
)
def test_a_battles_own_aim_is_still_a_battle(text: str, gazetteer: Gazetteer) -> None:
    assert "armed-clash" in [d.type for d in detect(text, gazetteer)]


def test_currently_with_the_present_is_the_wars_state(gazetteer: Gazetteer) -> None:
    text = "The Syrian army is currently fighting against IS and the Free Syrian Army near Palmyra."
    assert detect(text, gazetteer) == []
    told = "The Syrian army fought against IS near Palmyra on Sunday."
    assert [d.type for d in detect(told, gazetteer)] == ["armed-clash"]
