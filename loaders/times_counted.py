"""Attacks counted in times: "hit by rockets more than 70 times this year", "used chemical weapons at least three
times" sum up many attacks and report none of them (seventeenth session; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

from loaders.timex import WEEKDAY
from loaders.truce_words import TRUCE_NOUNS

# A count of times after the trigger; not a ratio ("three times as many", "ten times more", "twice the toll").
_TIMES = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|countless|"
    r"(?:dozens|hundreds|scores|thousands)\s+of)\s+times\b(?!\s+(?:as|more|the|higher|greater|larger|over)\b)",
    re.IGNORECASE,
)
# "shelled the town four times on Monday", "struck twice overnight": a count within one day tells that day's attacks,
# not a summary (seventeenth session, helper review)
_ONE_DAY = re.compile(
    rf"\s+(?:(?:on|late\s+on|early\s+on)\s+{WEEKDAY}|today|yesterday|overnight|last\s+night|this\s+morning|"
    r"(?:on\s+)?the\s+same\s+day|within\s+(?:an?|one|two|three|\d+)\s+hours?)\b",
    re.IGNORECASE,
)
# The count ends with the trigger's clause: punctuation, a dash or a conjunction.
_BREAK = re.compile(r"[.,;:]|\s[-–—]\s|\b(?:but|while|whereas|although|after|before|when|and)\b", re.IGNORECASE)
# How far after the trigger a count is read at most (FA-KES drops commas, so clauses run on).
_REACH = 80
# "violated the truce 264 times": the count is of breaches; the truce itself was made.
_TRUCE = re.compile(TRUCE_NOUNS, re.IGNORECASE)


def counted_in_times(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's clause counts it in times after it: many attacks summed up, not one."""
    if _TRUCE.match(match.group(0)):
        return False
    reach = min(len(text), match.end() + _REACH)
    brk = _BREAK.search(text, match.end(), reach)
    times = _TIMES.search(text, match.end(), brk.start() if brk else reach)
    return times is not None and _ONE_DAY.match(text, times.end()) is None
