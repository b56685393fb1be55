"""Rules from a fourth recall sample: engagements read on FA-KES articles outside the gold set (eighteenth session,
helper outrecall4). The texts are written for the tests."""

from __future__ import annotations

import re
from datetime import date

import pytest
from strike_places import strike_places

from loaders.gazetteer import Gazetteer
from loaders.told_before import definite as told_definite

# the date of every article of these tests
DAY = date(2016, 8, 14)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the lead in the province, then its town, then another town of the province: two strikes (ACLED codes one
        # event per location), the second no longer joined to the lead through the province holding both towns
        (
            "Air raids struck opposition areas of Idlib province on Sunday killing at least 12 people. The raids hit a"
            " school in the town of Saraqib killing four. Airstrikes hit a bakery in the town of Ariha on Sunday"
            " killing five people.",
            [["idlib-governorate", "saraqib"], ["ariha"]],
        ),
        # the same with the second town's strike opened by a time phrase: "the" there is the day's, so the
        # strike is not told as one already known ("the airstrikes")
        (
            "Air raids struck opposition areas of Idlib province on Sunday killing at least 12 people. The raids hit a"
            " school in the town of Saraqib killing four. During the day Sunday airstrikes hit a bakery in the town of"
            " Ariha killing five people.",
            [["idlib-governorate", "saraqib"], ["ariha"]],
        ),
    ],
)
def test_a_strike_in_another_town_of_the_province_is_its_own(
    body: str, expected: list[list[str]], gazetteer: Gazetteer
) -> None:
    assert strike_places(body, gazetteer, DAY) == expected


def test_a_retelling_in_the_same_town_still_joins_the_lead(gazetteer: Gazetteer) -> None:
    # no spot of its own beside the lead's: the market strike in Saraqib is the Saraqib strike told again
    body = (
        "Air raids struck opposition areas of Idlib province on Sunday killing at least 12 people. The raids hit a"
        " school in the town of Saraqib killing four. Airstrikes hit Saraqib on Sunday killing four people."
    )
    assert strike_places(body, gazetteer, DAY) == [["idlib-governorate", "saraqib"]]


@pytest.mark.parametrize(
    ("text", "definite"),
    [
        ("During the day Friday airstrikes hit a market.", False),
        ("In the morning warplanes struck the town.", False),
        ("Later in the evening shells fell on the village.", False),
        ("The airstrikes hit a market.", True),
        ("They said the morning raid killed six.", True),
    ],
)
def test_a_time_phrase_article_makes_no_trigger_definite(text: str, definite: bool) -> None:
    trigger = re.search(r"airstrikes|warplanes|shells|raid", text)
    assert trigger is not None
    assert told_definite(text, trigger) is definite
