"""Time expressions: find them in a sentence and resolve them against the article's publication date.

A relative expression ("on Friday", "yesterday", "last week", "in March") is resolved from the publication
date; with no publication date it keeps its text and no dates (unknown stays unknown). A weekday means the
last such day on or before the publication date (a Friday article saying "on Friday" means that same day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from loaders.counts import parse_number
from loaders.model import TimeSpan
from loaders.month_parts import last_month, month_part, up_to
from loaders.month_parts import patterns as month_part_patterns
from loaders.speech_verbs import AGAINST, MADE_KNOWN, SAID, either

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number], calendar.month_abbr[number] + ".")
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

# The months' full names, alternatives to be grouped by whoever reads them (`timeline_entries` too).
FULL_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = (  # case-sensitive: "may" and "march" are also ordinary words
    rf"(?-i:{FULL_MONTHS}|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# A small count, in figures or words ("24", "three", "forty-eight"), read by counts.parse_number.
_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = _MONTH  # for other modules: "in May", a month name in its case
# A day named in a sentence ("on Monday", "yesterday", "overnight"): what makes a summary one day's news
DAY_NAMED = re.compile(rf"\b(?:{WEEKDAY}|today|yesterday|overnight)\b", re.IGNORECASE)
# A day named later in the sentence ("thousands of shells fell on Daraya on Monday"): one day's news, not a tally
DAY_AFTER = re.compile(rf"[^.;]{{0,160}}?\b(?:{WEEKDAY}|today|yesterday|overnight|tonight)\b", re.IGNORECASE)

# Ordered: the first alternative that matches at a position wins, so longer forms come first.
_PATTERNS: list[tuple[str, str]] = [
    ("range_dm", rf"(?:from|between)\s+(?P<d1>{_DAY})\s+(?:to|and|until|till)\s+(?P<d2>{_DAY})\s+(?P<m>{_MONTH})"
     rf"(?:,?\s+(?P<y>{_YEAR}))?"),
    ("range_md", rf"(?:from|between)\s+(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s+(?:to|and|until|till)\s+(?P<d2>{_DAY})"
     rf"(?:,?\s+(?P<y>{_YEAR}))?"),
    ("dmy", rf"(?:(?:on|since|by)\s+)?(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?"
     rf"(?:\s+(?P<y>{_YEAR}))?\b"),
    ("mdy", rf"(?:(?:on|since|by)\s+)?(?:{WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*(?:%|percent))"
     rf"(?:,?\s+(?P<y>{_YEAR}))?\b"),
    # parts of a month or a year ("mid-February", "the end of April"), before the whole month or year is read
    *month_part_patterns(_MONTH, _YEAR),
    ("my", rf"(?:(?:in|since|by|during|last|early|late|mid|mid-)\s*)?(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    # "in March", and "in March last year" / "in March of this year" in the year the words name
    ("month", rf"(?:in|since|during|last|early|late|mid-|mid|this)\s+(?P<m>{_MONTH})"
     rf"(?:\s+(?:of\s+)?(?P<rel>last|this)\s+year\b)?(?![\w-])"),
    ("year", rf"(?:(?:in|since|during|by)\s+)(?:early\s+|late\s+|mid-)?(?P<y>{_YEAR})\b(?![-–]\d)"),
    ("yesterday", r"\b(?:yesterday|last\s+night)\b"),
    ("today", r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"),
    ("weekday", rf"(?:(?:on|last|this|since|late|early)\s+)?(?:(?:early|late)\s+)?(?P<w>{WEEKDAY})"
     rf"(?:\s+(?:morning|afternoon|evening|night))?"),
    ("last_week", r"\b(?-i:last)\s+week\b"),
    ("this_week", r"\b(?:this|earlier\s+this)\s+week\b"),
    ("past_week", r"\b(?:the\s+)?(?:past|last)\s+(?:week|few\s+days|seven\s+days|7\s+days)\b"),
    # "over the last 24 hours", "in the past three days", "overnight": up to the dateline's day
    ("past_days", rf"\b(?:(?:over|in|during|within)\s+)?the\s+(?:past|last)\s+(?P<n>{_COUNT})\s+"
     r"(?P<unit>hours|days)\b"),
    # "overnight on Thursday" is Thursday's (the weekday resolves it); "late last night" is last night's
    ("overnight", rf"\bovernight\b(?:\s+(?:on\s+)?(?P<w>{WEEKDAY}))?"),
    # "a day ago", "two days ago", "a week ago", "two months ago", "two years ago": that day, or that week, month or
    # calendar year counted back from the dateline
    ("ago", rf"\b(?P<n>a|an|one|{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
    # "over the weekend": the last Saturday and Sunday up to the dateline; "in recent days": the week up to it
    ("weekend", r"\b(?:(?:over|at|during|on)\s+the|last)\s+weekend\b"),
    ("recent_days", r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+days\b"),
    ("last_month", r"\blast\s+month\b"),
    ("this_month", r"\b(?:this|earlier\s+this)\s+month\b"),
    ("last_year", r"\blast\s+year\b"),
    ("this_year", r"\b(?:this|earlier\s+this)\s+year\b"),
]  # fmt: skip
_FIND = re.compile(
    r"\b(?=[A-Za-z0-9])(?:"
    + "|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', pattern)})" for _, pattern in _PATTERNS)
    + ")",
    re.IGNORECASE,
)
_NAMES = [name for name, _ in _PATTERNS]
# Group names inside the alternatives repeat, so each alternative is also compiled on its own for parsing.
_ONE = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _PATTERNS}
# Background, not when the event happened: "since 2012", "until March", "by 2020".
_BACKGROUND = re.compile(r"^(?:since|by|until)\b", re.IGNORECASE)


def find_time(text: str, offset: int = 0, published: date | None = None, *, said_lag: bool = False) -> TimeSpan | None:
    """The first time expression of the text that says when something happened, resolved; None if none.

    `offset` is accepted so callers can pass a sentence's start; spans are not part of a TimeSpan. With `said_lag`, a
    day that only says when something was said ("the monitor said Sunday") spans that day and the day before.

    >>> find_time("IS attacked the base on Friday.", 0, date(2016, 12, 10))
    ... # doctest: +NORMALIZE_WHITESPACE
    TimeSpan(expression='on Friday', earliest=datetime.date(2016, 12, 9),
             latest=datetime.date(2016, 12, 9), precision='day', counted_back=False)
    >>> find_time("The rebels have held it since 2012.", 0, None) is None
    True
    """
    del offset  # the TimeSpan carries the expression text only
    fallback = None
    owner = None
    since = None
    for match in _scan(text):
        expression = match.group(0).strip()
        if _SINCE.match(expression) and not _DATE_OF_A_THING.match(text, match.end()):
            since = since or expression  # "killed 132 since mid-February": a running total, dated only if nothing else
            continue
        if _BACKGROUND.match(expression) or _DATE_OF_A_THING.match(text, match.end()):
            continue  # "a controversial June 3 poll": the poll's date, not when the reported thing happened
        if _OWNED_BY_A_NOUN.match(text, match.end()):
            # "Friday's attack came after a car bombing killed 100 on Tuesday": the day owns the attack told before;
            # the sentence's news is dated by another expression if it has one
            owner = owner or expression
            continue
        if (
            _SPEECH_BEFORE.search(text, 0, match.start())
            or _SPEECH_AFTER.match(text, match.end())
            or (not text[: match.start()].strip(" \"'“‘(") and _SPEAKER_AFTER.match(text, match.end()))
        ):
            # "the monitor said Friday 19 were killed on Thursday": Friday is when it was said.
            fallback = fallback or expression
            continue
        return resolve(expression, published)
    if owner:
        # "Sunday's strike killed 20, the monitor said on Wednesday": the day the strike is owned by dates it, not the
        # day it was told (eighteenth session, helper review3)
        return resolve(owner, published)
    start = resolve(since, published) if since and published is not None else None
    if start is not None and published is not None and start.precision == "month":
        # "under bombardment since mid-February, the monitor said Sunday": the period up to the dateline, not the day
        # it was told; "since Saturday" is the days' news itself, "since 2012" the war's course, both undated as
        # before (twenty-eighth session, helper timex28)
        return running_since(start, published)
    if not fallback:
        return None
    said = resolve(fallback, published)
    return _said_on(said) if said_lag else said


# What a source says on a day it learnt that day or the day before (a toll "said Sunday" may be Saturday's shelling).
REPORTING_LAG = timedelta(days=1)


def _said_on(day: TimeSpan) -> TimeSpan:
    """The span in which something said on a day happened: that day or the day before.

    >>> _said_on(TimeSpan("Sunday", date(2016, 4, 3), date(2016, 4, 3), "day")).earliest
    datetime.date(2016, 4, 2)
    """
    if day.earliest is None or day.precision != "day":
        return day
    return replace(day, earliest=day.earliest - REPORTING_LAG)


def running_since(start: TimeSpan, published: date) -> TimeSpan:
    """The span of a running period, from its start's first day to the dateline, as precise as its start.

    >>> running_since(resolve("since mid-February", date(2016, 6, 18)), date(2016, 6, 18)).earliest
    datetime.date(2016, 2, 11)
    """
    if start.earliest is None or start.earliest > published:
        return replace(start, earliest=None, latest=None, precision=None)
    return replace(start, latest=published, counted_back=False)


# A running period: "since mid-February", "since 2012" (background when the sentence has a day of its own).
_SINCE = re.compile(r"since\b", re.IGNORECASE)
_DATE_OF_A_THING = re.compile(
    r"\s+(?:polls?|elections?|votes?|referendum|deadline|meeting|talks|conference|summit|agreement|deal|accord|"
    r"ceasefire|truce|anniversary)\b",
    re.IGNORECASE,
)
# A day in the possessive before a noun: "Fridays attack", "Sunday's strikes" (FA-KES drops the apostrophe).
_OWNED_BY_A_NOUN = re.compile(r"(?:['’]s|(?<=day)s)\s+(?!(?:of|and|or|to|in|at|on|that|which|when)\b)[a-z]")
# (a past verb of making known, or "said" or "denied", right after the day)
_SPEECH_AFTER = re.compile(rf"\s+(?:{either('said', *MADE_KNOWN, 'denied')})\b", re.IGNORECASE)
# A day fronted before a named speaker and its word: "On Thursday the Russian Foreign Ministry condemned coalition
# airstrikes in Raqqa on December 7" (Thursday is when it was condemned; the strikes' day is told after them). Only
# fronted: "killed five in Aleppo on Thursday the Observatory said" (FA-KES has no commas) dates the killing.
_SPEAKER_AFTER = re.compile(
    # (saying, making known, saying against, "stated" and "told")
    rf"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,5}}(?i:{either(*SAID, *MADE_KNOWN, *AGAINST, 'stated', 'told')})\b"
)
# (saying, "told" with its hearer, how it was put and making known)
_SPOKEN_BEFORE = either(*SAID, r"told\s+\w+", "added", "stated", *MADE_KNOWN)
_SPEECH_BEFORE = re.compile(
    rf"\b(?:{_SPOKEN_BEFORE})\s+$",
    re.IGNORECASE,
)


def _scan(text: str) -> list[re.Match[str]]:
    """Candidate expressions, left to right, not starting inside a word."""
    result = []
    for match in _FIND.finditer(text):
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue
        result.append(match)
    return result


def resolve(expression_text: str, published: date | None) -> TimeSpan:
    """Resolve one time expression against the publication date (None: only absolute dates resolve).

    >>> span = resolve("from 18 to 24 August", date(2020, 9, 1))
    >>> span.earliest, span.latest, span.precision
    (datetime.date(2020, 8, 18), datetime.date(2020, 8, 24), 'day')
    >>> resolve("in March", date(2017, 2, 1)).earliest
    datetime.date(2016, 3, 1)
    >>> resolve("yesterday", None)
    TimeSpan(expression='yesterday', earliest=None, latest=None, precision=None, counted_back=False)
    """
    text = expression_text.strip()
    for name in _NAMES:
        match = _ONE[name].fullmatch(text)
        if match:
            return _resolve(name, match, text, published)
    return TimeSpan(text)


def _resolve(kind: str, m: re.Match[str], text: str, pub: date | None) -> TimeSpan:
    """Dates for one kind of expression; a span counted back from the dateline is marked so even unresolved."""
    span = _dates(kind, m, text, pub)
    if kind in _COUNTED_BACK and not m.groupdict().get("w"):
        return replace(span, counted_back=True)
    return span


# Kinds that run up to the dateline: "overnight" (but "overnight on Thursday" names its day), "the past 24 hours".
_COUNTED_BACK = frozenset({"past_days", "past_week", "overnight", "recent_days"})


def _dates(kind: str, m: re.Match[str], text: str, pub: date | None) -> TimeSpan:
    """Dates for one kind of expression."""
    g = m.groupdict()
    if kind in ("range_dm", "range_md", "dmy", "mdy"):
        month = MONTHS[g["m"].lower().rstrip(".")]
        year = _year(g.get("y"), month, pub)
        if year is None:
            return TimeSpan(text)
        try:
            if kind.startswith("range"):
                first = date(year, month, _day(g["d1"]))
                last = date(year, month, _day(g["d2"]))
                if last < first:
                    return TimeSpan(text)
                return TimeSpan(text, first, last, "day")
            day = date(year, month, _day(g["d"]))
        except ValueError:
            return TimeSpan(text)
        return TimeSpan(text, day, day, "day")
    if kind in ("week_of_month", "part_month", "part_year", "part_named_year"):
        return _part_dates(kind, g, text, pub)
    if kind in ("my", "month"):
        month = MONTHS[g["m"].lower().rstrip(".")]
        year = _year(g.get("y"), month, pub)
        if g.get("rel") and pub is not None:
            year = pub.year - 1 if g["rel"].lower() == "last" else pub.year
        if year is None:
            return TimeSpan(text)
        return TimeSpan(text, date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")
    if kind == "year":
        year = int(g["y"])
        return TimeSpan(text, date(year, 1, 1), date(year, 12, 31), "year")
    if pub is None:
        return TimeSpan(text)
    if kind == "yesterday":
        day = pub - timedelta(days=1)
        return TimeSpan(text, day, day, "day")
    if kind == "today":
        return TimeSpan(text, pub, pub, "day")
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS[g["w"].lower()]) % 7
        day = pub - timedelta(days=back)
        return TimeSpan(text, day, day, "day")
    monday = pub - timedelta(days=pub.weekday())
    if kind == "last_week":
        return TimeSpan(text, monday - timedelta(days=7), monday - timedelta(days=1), "week")
    if kind == "this_week":
        return TimeSpan(text, monday, pub, "week")
    if kind == "past_days":
        count = parse_number(g["n"]) or 0  # every word _COUNT allows is a number
        days = -(-count // 24) if g["unit"].lower() == "hours" else count
        return TimeSpan(text, pub - timedelta(days=days), pub, "day")
    if kind == "overnight":
        if g.get("w"):
            day = pub - timedelta(days=(pub.weekday() - WEEKDAYS[g["w"].lower()]) % 7)
            return TimeSpan(text, day, day, "day")
        return TimeSpan(text, pub - timedelta(days=1), pub, "day")
    if kind == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return TimeSpan(text, saturday, min(saturday + timedelta(days=1), pub), "day")
    if kind == "recent_days":
        return TimeSpan(text, pub - timedelta(days=7), pub, "week")
    if kind == "ago":
        count = 1 if g["n"].lower() in ("a", "an") else parse_number(g["n"]) or 0
        if g["unit"].lower().startswith("year"):
            return TimeSpan(text, date(pub.year - count, 1, 1), date(pub.year - count, 12, 31), "year")
        if g["unit"].lower().startswith("month"):
            first = _months_back(pub, count)
            return TimeSpan(text, first, first.replace(day=calendar.monthrange(first.year, first.month)[1]), "month")
        if g["unit"].lower().startswith("week"):
            day = pub - timedelta(weeks=count)
            return TimeSpan(
                text,
                day - timedelta(days=day.weekday()),
                day - timedelta(days=day.weekday()) + timedelta(days=6),
                "week",
            )
        day = pub - timedelta(days=count)
        return TimeSpan(text, day, day, "day")
    if kind == "past_week":
        return TimeSpan(text, pub - timedelta(days=7), pub, "week")
    if kind == "last_month":
        last = pub.replace(day=1) - timedelta(days=1)
        return TimeSpan(text, last.replace(day=1), last, "month")
    if kind == "this_month":
        return TimeSpan(text, pub.replace(day=1), pub, "month")
    if kind == "part_last_month":
        year, month = last_month(pub)
        first, last = month_part(kind, g, month, year)
        return TimeSpan(text, first, last, "month")
    if kind == "last_year":
        return TimeSpan(text, date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "year")
    if kind == "this_year":
        return TimeSpan(text, date(pub.year, 1, 1), pub, "year")
    return TimeSpan(text)


def _part_dates(kind: str, g: dict[str, str | None], text: str, pub: date | None) -> TimeSpan:
    """Dates for a part of a month or year: a week of a month is a week, a part of a month a month, of a year a year."""
    if kind in ("part_year", "part_named_year"):
        if pub is None and not g.get("y"):
            return TimeSpan(text)
        stated = g.get("y")
        named = int(stated) if stated else _named_year(g.get("rel"), pub)
        first, last = month_part("part_year", g, None, named)
        return TimeSpan(text, *up_to(first, last, pub), "year")
    month = MONTHS[(g["m"] or "").lower().rstrip(".")]
    year = _year(g.get("y"), month, pub)
    if g.get("rel") and pub is not None:
        year = pub.year - 1 if (g["rel"] or "").lower() == "last" else pub.year
    if year is None:
        return TimeSpan(text)
    first, last = month_part(kind, g, month, year)
    return TimeSpan(text, *up_to(first, last, pub), "week" if kind == "week_of_month" else "month")


def _named_year(rel: str | None, pub: date | None) -> int:
    """The year "last year" or "this year" names."""
    assert pub is not None
    return pub.year - 1 if (rel or "").lower() == "last" else pub.year


def _months_back(pub: date, count: int) -> date:
    """The first day of the month count months before pub's."""
    index = pub.year * 12 + pub.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _day(text: str) -> int:
    """The day number of "5", "05" or "5th"."""
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _year(text: str | None, month: int, pub: date | None) -> int | None:
    """The stated year, or the most recent year in which that month is not after publication."""
    if text:
        return int(text)
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1
