"""Place readings of the twenty-fifth session (helper capital25): a provincial capital's name read as its province by
what it is coordinated with ("Aleppo province and all of Idlib"; "a bakery in Latakia province and a school in Hama").
Every text is made up for the test."""

from __future__ import annotations

import re
from functools import partial

import pytest

from bench.adversarial import CAPITAL25_TEXTS
from loaders.capital_coordination import _COORDINATED, _IN_BEFORE, _NOT_BARE_AFTER, _OWNER_AFTER
from loaders.gazetteer import Gazetteer
from tests.written import mention_keys

HAMA_CITY = "place/hama-421202161"
HAMA_PROVINCE = "place/hama-governorate-85678363"
IDLIB_CITY = "place/idlib-890432567"
IDLIB_PROVINCE = "place/idlib-governorate-85678373"


places = partial(mention_keys, kind="place")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hold large swathes of Hama province and all of Idlib.",
        "The army retook most of Latakia province and much of Idlib last year.",
        "Militants control parts of Hama province, and most of Idlib, the monitor said.",
    ],
)
def test_a_capital_quantified_after_a_province_is_the_province(text: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)["Idlib"] == IDLIB_PROVINCE


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hold Hama province and Idlib.",
        "Rebels hold Hama province and all of Idlib city.",
        "Rebels hold Hama province and all of Idlib's neighbourhoods.",
        "Jets struck Hama province; all of Idlib was quiet.",
        "Rebels hold all of Idlib.",
        "The governor of Hama province and all of Idlib's notables met on Monday.",
    ],
)
def test_a_capital_not_quantified_after_a_province_stays_the_city(text: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)["Idlib"] == IDLIB_CITY


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint in Idlib province, a bakery in Latakia province and a school in Hama.",
        "Militants shelled the village of Kafr Nabl in Idlib, farms in Latakia province and army posts in Hama.",
        "Shells fell on farms in Idlib province, on a market in Latakia province and on a checkpoint in Hama.",
    ],
)
def test_a_capital_among_provinces_placing_a_list_is_the_province(text: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)["Hama"] == HAMA_PROVINCE


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in Idlib province and Latakia province while a car bomb went off in Hama city.",
        "Jets struck Idlib province and Latakia province, and the governor of Hama resigned.",
        "Rebels in Idlib province and in Latakia province fired at the Hama military airport.",
        "Clashes in Idlib province were reported, and people in Hama protested.",
        "Residents of Hama fled to camps in Idlib province and Latakia province.",
        "A bomb exploded in Hama after raids in Idlib province and Latakia province.",
        "A bomb exploded in the city of Hama after raids in Idlib province and in Latakia province.",
        "Raids in Idlib province and in Latakia province preceded shelling of the al-Hader neighbourhood in Hama.",
        "Raids in Idlib province and in Latakia province preceded shelling of homes in Hama's Arbaeen neighbourhood.",
        "Raids in Idlib province and in Latakia province continued, and Hama saw protests.",
    ],
)
def test_a_capital_outside_a_list_of_provinces_stays_the_city(text: str, gazetteer: Gazetteer) -> None:
    assert places(text, gazetteer)["Hama"] == HAMA_CITY


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (_COORDINATED, [None, None, ("and all of ", 0), None, None]),
        (_IN_BEFORE, [None] * 5),
        (_NOT_BARE_AFTER, [None] * 5),
        (_OWNER_AFTER, [None, None, None, None, ("s ", 0)]),
    ],
)
def test_the_new_patterns_read_adversarial_text(pattern: re.Pattern[str], first: list[tuple[str, int] | None]) -> None:
    # the first match of each in each text, and where; their speed is timed by make bench-patterns
    found = [pattern.search(text) for text in CAPITAL25_TEXTS]
    assert [(m.group(), m.start()) if m else None for m in found] == first
