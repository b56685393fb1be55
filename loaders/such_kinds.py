"""An engagement named as a kind with "such": "called for an end to such attacks" tells no engagement of its own."""

from __future__ import annotations

import re

from loaders.timex import WEEKDAY

# "such" before an event noun points at a kind of deed or back at one already told ("an end to such attacks on
# hospitals", "the regime will repeat such brutal aerial shelling", "such an attack would need"): no new engagement.
# "such", an optional "a/an", at most three modifiers that are not a clause's words, then the trigger; "such as" lists
# examples ("weapons such as barrel bombs") and is left.
_SUCH_BEFORE = re.compile(
    r"\bsuch\s+(?:an?\s+)?(?:(?!(?:as|that|and|or|of|in|on|at|by|to)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A kind counted or dated is deeds told: "Two such strikes hit Ariha", "came under such heavy shelling on Sunday that
# 30 were killed" (the degree of one day's shelling); the count just before "such", the day just after the trigger,
# a place phrase between at most (review35b)
_COUNTED = re.compile(r"\b(?:one|two|three|four|five|six|several|\d+)\s+$", re.IGNORECASE)
_DATED = re.compile(
    rf"(?:\s+(?:in|on|at|near|against)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:on\s+)?"
    rf"(?:{WEEKDAY}|yesterday|today|overnight)\b",
    re.IGNORECASE,
)


def kind_named(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger follows "such" as a kind of deed ("an end to such attacks"), not one engagement."""
    such = _SUCH_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if such is None:
        return False
    counted = _COUNTED.search(text, max(0, such.start() - 20), such.start()) is not None
    return not counted and _DATED.match(text, match.end()) is None
