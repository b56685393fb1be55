"""Whether two reports' times agree: the same day or words, overlapping spans, fighting that lasts, a day recalled."""

from __future__ import annotations

import re
from datetime import date, timedelta

from loaders.model import TimeSpan

# Fighting that runs over days and nights: reports a day apart may tell one battle ("clashed throughout Friday night and
# into Saturday morning", "the fighting was continuing on Saturday"); strikes and shellings are told day by day.
LASTING = frozenset({"armed-clash", "siege", "government-regains-territory", "non-state-actor-overtakes-territory"})
LASTING_SLACK = timedelta(days=1)
# A report dated this long before the article was written recalls an older event (news tells the day's events undated).
RECALLED_AFTER = timedelta(days=7)
# ... unless its date has no year and lies months back: then the article's own date may be wrong (a reprint, a corpus
# row dated months off), and the day read into the year before
YEARLESS_REACH = timedelta(days=90)
# A year told, as a number or from the article's own ("last year"): no misdated article's day read a year back
_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|years?)\b", re.IGNORECASE)


def recalled(when: TimeSpan | None, earlier: TimeSpan | None, anchor: date | None) -> bool:
    """Whether a report dated well before the article's day recalls another event than an undated one told before it."""
    # "Air strikes killed 12 in Saraqib" ... "On April 2 air strikes on Saraqib killed six", in an article of May 10
    if anchor is None or when is None or when.earliest is None:
        return False
    if earlier is not None and earlier.earliest is not None:
        return False  # two dated reports: their days tell them apart already
    gap = anchor - (when.latest or when.earliest)
    return gap > RECALLED_AFTER and (gap <= YEARLESS_REACH or _YEAR.search(when.expression) is not None)


def is_dated(when: TimeSpan | None) -> bool:
    """Whether a time resolved to a date."""
    return when is not None and when.earliest is not None


def on_same_day(when: TimeSpan | None, other: TimeSpan | None) -> bool:
    """The same resolved day, or, with no date to resolve against, the same words ("on Friday" twice)."""
    if when is None or other is None:
        return False
    if when.earliest is not None and other.earliest is not None:
        return when.earliest == other.earliest
    return (
        when.earliest is None and other.earliest is None and time_words(when.expression) == time_words(other.expression)
    )


def days_agree(etypes: tuple[str, str], when: TimeSpan | None, other: TimeSpan | None) -> bool:
    """Whether two reports' resolved days allow one engagement: either undated, or their spans overlap (a day apart
    when both tell fighting that lasts: "an attack" on Tuesday is not Monday's shelling)."""
    if when is None or other is None or when.earliest is None or other.earliest is None:
        return True
    return _overlap(when, other, LASTING_SLACK if all(t in LASTING for t in etypes) else timedelta(0))


def _overlap(when: TimeSpan, other: TimeSpan, slack: timedelta) -> bool:
    """Whether two dated spans overlap ("in July" holds July 2), or lie within `slack` of each other."""
    assert when.earliest is not None and other.earliest is not None
    return (
        when.earliest <= (other.latest or other.earliest) + slack
        and other.earliest <= (when.latest or when.earliest) + slack
    )


def time_words(expression: str) -> str:
    """A time expression without its preposition, lower case ("On Friday" -> "friday")."""
    return re.sub(r"^(?:on|in|at|last|this)\s+", "", expression.lower().strip())
