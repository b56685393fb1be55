"""Time expressions: found in a sentence, resolved against the publication date, unknown kept unknown."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.timex import find_time, resolve

FRIDAY = date(2016, 12, 9)  # a Friday
THURSDAY = date(2016, 12, 8)


@pytest.mark.parametrize(
    ("expression", "earliest", "latest", "precision"),
    [
        ("on Friday", date(2016, 12, 9), date(2016, 12, 9), "day"),  # the same weekday: the publication day
        ("on Thursday", date(2016, 12, 8), date(2016, 12, 8), "day"),
        ("on Saturday", date(2016, 12, 3), date(2016, 12, 3), "day"),  # the last Saturday before publication
        ("yesterday", date(2016, 12, 8), date(2016, 12, 8), "day"),
        ("today", date(2016, 12, 9), date(2016, 12, 9), "day"),
        ("last week", date(2016, 11, 28), date(2016, 12, 4), "week"),
        ("in March", date(2016, 3, 1), date(2016, 3, 31), "month"),
        ("in December", date(2016, 12, 1), date(2016, 12, 31), "month"),
        ("last year", date(2015, 1, 1), date(2015, 12, 31), "year"),
        ("from 18 to 24 August", date(2016, 8, 18), date(2016, 8, 24), "day"),
        ("in 2015", date(2015, 1, 1), date(2015, 12, 31), "year"),
        ("in August 2013", date(2013, 8, 1), date(2013, 8, 31), "month"),
        # a month whose year the words name, not the latest such month
        ("in March last year", date(2015, 3, 1), date(2015, 3, 31), "month"),
        ("in December of this year", date(2016, 12, 1), date(2016, 12, 31), "month"),
        ("5 April 2017", date(2017, 4, 5), date(2017, 4, 5), "day"),
        ("April 5, 2017", date(2017, 4, 5), date(2017, 4, 5), "day"),
        ("April 5 2017", date(2017, 4, 5), date(2017, 4, 5), "day"),
        # a count of hours or days back from the dateline, the dateline's day included
        ("over the last 24 hours", date(2016, 12, 8), date(2016, 12, 9), "day"),
        ("in the past 48 hours", date(2016, 12, 7), date(2016, 12, 9), "day"),
        ("in the past three days", date(2016, 12, 6), date(2016, 12, 9), "day"),
        ("overnight", date(2016, 12, 8), date(2016, 12, 9), "day"),
        ("overnight on Thursday", date(2016, 12, 8), date(2016, 12, 8), "day"),  # the night the weekday names
        # "ago" counts back from the dateline: the day, or the calendar week of the day
        ("A day ago", date(2016, 12, 8), date(2016, 12, 8), "day"),
        ("three days ago", date(2016, 12, 6), date(2016, 12, 6), "day"),
        ("two weeks ago", date(2016, 11, 21), date(2016, 11, 27), "week"),
        # months and years ago: the month counted back, across a new year; the calendar year counted back
        ("a month ago", date(2016, 11, 1), date(2016, 11, 30), "month"),
        ("14 months ago", date(2015, 10, 1), date(2015, 10, 31), "month"),
        ("eight months ago", date(2016, 4, 1), date(2016, 4, 30), "month"),
        ("two years ago", date(2014, 1, 1), date(2014, 12, 31), "year"),
        # the last weekend up to the dateline (a Friday's: the one before); the week up to the dateline
        ("over the weekend", date(2016, 12, 3), date(2016, 12, 4), "day"),
        ("in recent days", date(2016, 12, 2), date(2016, 12, 9), "week"),
    ],
)
def test_resolve(expression: str, earliest: date, latest: date, precision: str) -> None:
    span = resolve(expression, FRIDAY)
    assert (span.expression, span.earliest, span.latest, span.precision) == (expression, earliest, latest, precision)


@pytest.mark.parametrize("published", [FRIDAY, None])
def test_a_span_counted_back_from_the_dateline_is_marked_so_dated_or_not(published: date | None) -> None:
    spans = ("overnight", "in the past 48 hours", "over the last 24 hours", "in recent days", "the past few days")
    assert [resolve(e, published).counted_back for e in spans] == [True] * len(spans)
    # a night the text dates, and a named day, are not counted back
    assert not resolve("overnight on Thursday", published).counted_back
    assert not resolve("on Friday", published).counted_back


def test_a_month_later_in_the_year_than_publication_is_last_years() -> None:
    assert resolve("in March", date(2017, 2, 1)).earliest == date(2016, 3, 1)


@pytest.mark.parametrize("expression", ["on Friday", "yesterday", "last week", "in March", "from 18 to 24 August"])
def test_relative_expressions_stay_unknown_without_a_publication_date(expression: str) -> None:
    span = resolve(expression, None)
    assert span.expression == expression
    assert (span.earliest, span.latest, span.precision) == (None, None, None)


@pytest.mark.parametrize("expression", ["in 2015", "in August 2013", "5 April 2017"])
def test_absolute_expressions_resolve_without_a_publication_date(expression: str) -> None:
    assert resolve(expression, None).earliest is not None


def test_find_time_in_a_sentence() -> None:
    found = find_time("Jets struck the market on Thursday killing nine.", 0, FRIDAY)
    assert found is not None
    assert (found.expression, found.earliest) == ("on Thursday", date(2016, 12, 8))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have held the town since 2012.",
        "Talks may resume, the envoy said.",
        "The march through the old city was peaceful.",
        "No date was given.",
    ],
)
def test_no_time_of_the_event(text: str) -> None:
    assert find_time(text, 0, FRIDAY) is None


def test_an_impossible_date_stays_unresolved() -> None:
    span = resolve("31 February 2016", None)
    assert span.earliest is None


def test_the_day_something_was_said_gives_way_to_the_day_it_happened() -> None:
    found = find_time("The monitor said Friday that 19 people were killed on Thursday.", 0, FRIDAY)
    assert found is not None and found.expression == "on Thursday"


def test_the_day_something_was_said_is_used_when_it_is_the_only_one() -> None:
    found = find_time("Jets struck the town the monitor said on Friday.", 0, FRIDAY)
    assert found is not None and found.expression == "on Friday"


def test_the_day_something_was_said_reaches_back_a_day_when_asked() -> None:
    text = "Shells hit the market the governor said on Friday."
    found = find_time(text, 0, FRIDAY, said_lag=True)
    assert found is not None and (found.expression, found.earliest, found.latest) == ("on Friday", THURSDAY, FRIDAY)
    # the day of the event itself keeps its one day, and without the lag the day said is that day alone
    told = find_time("Shells hit the market on Friday the governor said.", 0, FRIDAY, said_lag=True)
    assert told is not None and (told.earliest, told.latest) == (FRIDAY, FRIDAY)
    plain = find_time(text, 0, FRIDAY)
    assert plain is not None and (plain.earliest, plain.latest) == (FRIDAY, FRIDAY)


def test_a_day_right_before_a_verb_of_saying_is_when_it_was_said() -> None:
    found = find_time("The group on Friday claimed a bombing at the market.", 0, FRIDAY, said_lag=True)
    assert found is not None and (found.expression, found.earliest, found.latest) == ("on Friday", THURSDAY, FRIDAY)


def test_a_count_of_hours_back_is_when_not_the_day_it_was_said() -> None:
    found = find_time("31 IS militants were killed over the last 24 hours the military said on Sunday", 0, FRIDAY)
    assert found is not None
    assert (found.expression, found.earliest, found.latest) == ("over the last 24 hours", date(2016, 12, 8), FRIDAY)
