"""Parts of a month or a year ("mid-February", "the end of April", "the first week of June", "the second half of
2015"): the patterns `timex` finds them with and the days they span (twenty-eighth session, helper timex28)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# A month's thirds, as news English names them: "early March", "the beginning of May" are its first ten days, "mid-",
# "the middle of" the next ten, "late", "the end of" the rest; halves and "the first days of" likewise.
_THIRDS = (
    r"early|mid|late|(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|first\s+days|last\s+days)"
    r"\s+of"
)
_PART_DAYS = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "first days": (1, 10),
    "mid": (11, 20),
    "middle": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
    "last days": (21, 31),
    "first half": (1, 15),
    "second half": (16, 31),
}
# The same words of a year, in months: its thirds and halves.
_PART_MONTHS = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}
_ORDINAL_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def patterns(month: str, year: str) -> list[tuple[str, str]]:
    """The named alternatives for `timex._PATTERNS`, given its month (in its case) and year patterns."""
    prefix = r"(?:(?:in|since|during|by|until|till|from|at|around|towards?)\s+)?"
    part = rf"(?P<part>{_THIRDS})(?:\s+|\s*-\s*)"
    return [
        # "the first week of June", "the last week of May 2015"
        ("week_of_month", rf"{prefix}the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
         rf"(?P<m>{month})(?:,?\s+(?P<y>{year}))?\b"),
        # "mid-February", "early March 2015", "late May last year", "the end of April"
        ("part_month", rf"{prefix}{part}(?:the\s+month\s+of\s+)?(?P<m>{month})(?:,?\s+(?:of\s+)?(?P<y>{year}))?"
         r"(?:\s+(?:of\s+)?(?P<rel>last|this)\s+year\b)?(?![\w-])"),
        # "late last month", "the end of last month"
        ("part_last_month", rf"{prefix}{part}last\s+month\b"),
        # "the end of last year", "early this year"
        ("part_named_year", rf"{prefix}{part}(?P<rel>last|this)\s+year\b"),
        # "mid-2015", "the second half of 2015", "the end of 2013"
        ("part_year", rf"{prefix}{part}(?P<y>{year})\b(?![-–]\d)"),
    ]  # fmt: skip


def _part(words: str) -> str:
    """The part's key: "the end of" -> "end", "mid" -> "mid"."""
    words = re.sub(r"\s+", " ", words.lower())
    words = re.sub(r"^the |\s*of$", "", words)
    return words


def month_part(kind: str, groups: dict[str, str | None], month: int | None, year: int | None) -> tuple[date, date]:
    """The first and last day a part of a month or year spans (`year` resolved by the caller)."""
    assert year is not None
    part = _part(groups["part"] or "") if groups.get("part") else ""
    if kind == "part_year":
        first_month, last_month = _PART_MONTHS.get(part, (1, 12))
        return date(year, first_month, 1), date(year, last_month, calendar.monthrange(year, last_month)[1])
    assert month is not None
    days = calendar.monthrange(year, month)[1]
    if kind == "week_of_month":
        ordinal = (groups["ord"] or "").lower()
        if ordinal in _ORDINAL_WEEKS:
            first = (_ORDINAL_WEEKS[ordinal] - 1) * 7 + 1
            return date(year, month, first), date(year, month, first + 6)
        return date(year, month, days - 6), date(year, month, days)
    first_day, last_day = _PART_DAYS.get(part, (1, days))
    return date(year, month, first_day), date(year, month, min(last_day, days))


def up_to(first: date, last: date, pub: date | None) -> tuple[date, date]:
    """A span that holds the dateline ends there: "in mid-June" in a paper of June 12 is June 11 or 12."""
    if pub is not None and first <= pub < last:
        return first, pub
    return first, last


def last_month(pub: date) -> tuple[int, int]:
    """The year and month before the dateline's."""
    previous = pub.replace(day=1) - timedelta(days=1)
    return previous.year, previous.month
