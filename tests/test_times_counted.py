"""Attacks counted in times sum up many and report none (seventeenth session, `loaders/times_counted.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("counted", "one"),
    [
        (
            "Rebel rockets have hit the town of Azaz more than 40 times this year.",
            "Rebel rockets hit the town of Azaz on Monday killing two.",
        ),
        (
            "Government forces used chemical weapons at least three times in Hama in 2015.",
            "Government forces used chemical weapons in Hama on Tuesday.",
        ),
        (
            "IS militants have attacked Deir Ezzor airport several times.",
            "IS militants attacked Deir Ezzor airport on Friday.",
        ),
        (
            "Warplanes struck Douma dozens of times in January.",
            "Warplanes struck Douma on Sunday killing 12.",
        ),
    ],
)
def test_a_count_of_times_is_no_engagement(counted: str, one: str, gazetteer: Gazetteer) -> None:
    assert detect(counted, gazetteer) == []
    assert detect(one, gazetteer) != []


@pytest.mark.parametrize(
    "ratio",
    [
        "Air strikes on Douma on Monday killed three times as many people as the week before.",
        "The shelling of Aleppo on Friday was ten times more intense than the day before.",
    ],
)
def test_a_ratio_is_no_count_of_attacks(ratio: str, gazetteer: Gazetteer) -> None:
    assert detect(ratio, gazetteer) != []
    assert detect("Warplanes struck Douma 30 times in January.", gazetteer) == []


def test_a_truce_violated_many_times_was_made(gazetteer: Gazetteer) -> None:
    text = "Government forces broke the ceasefire in Daraa 120 times after it came into force on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["ceasefire"]
    assert detect("Warplanes struck Daraa 120 times last week.", gazetteer) == []


def test_a_count_in_another_clause_is_not_the_triggers(gazetteer: Gazetteer) -> None:
    text = "IS militants attacked Hasakeh on Tuesday but the city had seen such raids several times before."
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]
    assert detect("IS militants attacked Hasakeh several times before.", gazetteer) == []
