"""Parts of months and years, and a running period "since" one, read with their days (twenty-eighth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bench.adversarial import MID_JUNE, MONTH_PARTS28_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.timex import find_time, resolve

PUBLISHED = date(2016, 6, 18)  # a Saturday


@pytest.mark.parametrize(
    ("expression", "earliest", "latest", "precision"),
    [
        ("mid-February", date(2016, 2, 11), date(2016, 2, 20), "month"),
        ("in early March", date(2016, 3, 1), date(2016, 3, 10), "month"),
        ("late May", date(2016, 5, 21), date(2016, 5, 31), "month"),
        ("at the end of April", date(2016, 4, 21), date(2016, 4, 30), "month"),
        ("the beginning of May", date(2016, 5, 1), date(2016, 5, 10), "month"),
        ("in the middle of March 2014", date(2014, 3, 11), date(2014, 3, 20), "month"),
        ("in late September last year", date(2015, 9, 21), date(2015, 9, 30), "month"),
        ("the first half of May", date(2016, 5, 1), date(2016, 5, 15), "month"),
        ("in the first week of June", date(2016, 6, 1), date(2016, 6, 7), "week"),
        ("in the last week of May", date(2016, 5, 25), date(2016, 5, 31), "week"),
        ("late last month", date(2016, 5, 21), date(2016, 5, 31), "month"),
        ("the second half of 2015", date(2015, 7, 1), date(2015, 12, 31), "year"),
        ("in mid-2015", date(2015, 5, 1), date(2015, 8, 31), "year"),
        ("at the end of last year", date(2015, 9, 1), date(2015, 12, 31), "year"),  # not the whole of last year
        ("early this year", date(2016, 1, 1), date(2016, 4, 30), "year"),
        # a part that holds the dateline ends there: what is told happened by the day it was told
        ("in mid-June", date(2016, 6, 11), date(2016, 6, 18), "month"),
    ],
)
def test_a_part_spans_its_days(expression: str, earliest: date, latest: date, precision: str) -> None:
    span = resolve(expression, PUBLISHED)
    assert (span.earliest, span.latest, span.precision) == (earliest, latest, precision)


def test_a_part_of_a_month_dates_the_sentence() -> None:
    when = find_time("Shelling in mid-February killed 20 people in the town.", 0, PUBLISHED)
    assert when is not None and (when.earliest, when.latest) == (date(2016, 2, 11), date(2016, 2, 20))


def test_the_last_week_of_a_month_is_not_the_week_before_the_dateline() -> None:
    when = find_time("Jets struck the town in the last week of May.", 0, PUBLISHED)
    assert when is not None and not when.counted_back and when.earliest == date(2016, 5, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town in late may.",  # "may" in lower case is a verb's word, no month
        "The army vowed to take the town by the end of April.",  # a deadline: background
        "Talks are due to resume at the end of the month.",  # no month named
    ],
)
def test_no_month_part_is_read_where_none_is_told(text: str) -> None:
    assert find_time(text, 0, PUBLISHED) is None


def test_a_day_told_dates_the_sentence_before_a_running_period() -> None:
    when = find_time("Rebels shelled the district on Friday as they have since late May.", 0, PUBLISHED)
    assert when is not None and when.expression == "on Friday"


def test_a_running_period_since_a_month_spans_it_to_the_dateline() -> None:
    text = "Sheikh Maqsoud has been under intense bombardment since mid-February which has killed 132 civilians."
    when = find_time(text, 0, PUBLISHED, said_lag=True)
    assert when is not None and when.expression == "since mid-February"
    assert (when.earliest, when.latest, when.precision) == (date(2016, 2, 11), PUBLISHED, "month")


@pytest.mark.parametrize(
    "text",
    [
        "Since Saturday at least 68 civilians have been killed in air raids on the town.",  # the days' own news
        "At least 20 people have been killed since the truce began.",  # no date to start from
    ],
)
def test_a_running_period_since_a_day_or_an_event_stays_undated(text: str) -> None:
    assert find_time(text, 0, PUBLISHED, said_lag=True) is None


def test_a_capture_in_mid_july_is_dated_apart_from_sundays_assault(gazetteer: Gazetteer) -> None:
    body = (
        "Government troops seized the last supply road into rebel-held areas of Aleppo in mid-July. "
        "Rebels late Sunday began an assault on the army barracks in Ramussa in Aleppo."
    )
    found = extract(Article("test", "t", body, published=date(2016, 8, 17)), gazetteer)
    regained = [e for e in found.engagements if e.type == "government-regains-territory"]
    assert [(e.time.earliest, e.time.latest) for e in regained if e.time] == [(date(2016, 7, 11), date(2016, 7, 20))]


def test_the_adversarial_month_parts_read_no_date() -> None:
    readings = [find_time(text, 0, MID_JUNE) for text in MONTH_PARTS28_TEXTS]
    assert readings[:5] == [None] * 5
    last = readings[5]
    assert last is not None and (last.earliest, last.latest) == (date(2016, 3, 1), date(2016, 3, 10))
