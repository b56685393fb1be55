"""An engagement named as a kind with "such": "called for an end to such attacks" tells no engagement of its own."""

from __future__ import annotations

import re

# "such" before an event noun points at a kind of deed or back at one already told ("an end to such attacks on
# hospitals", "the regime will repeat such brutal aerial shelling", "such an attack would need"): no new engagement.
# "such", an optional "a/an", at most three modifiers that are not a clause's words, then the trigger; "such as" lists
# examples ("weapons such as barrel bombs") and is left.
_SUCH_BEFORE = re.compile(
    r"\bsuch\s+(?:an?\s+)?(?:(?!(?:as|that|and|or|of|in|on|at|by|to)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A kind counted, or a degree with its result, is deeds told: "Two such strikes hit Ariha", "came under such heavy
# shelling on Sunday that 30 fighters were killed" (how heavy one shelling was). The count just before "such"; or
# "such" and a word of degree, and the result clause "that" with its own subject after the trigger, six words between
# at most ("such attacks that target hospitals" is a relative clause, its verb right after "that", and stays a kind).
# Not a day after the trigger: "called for an end to such attacks on Monday" dates the call (review35b)
_COUNTED = re.compile(r"\b(?:one|two|three|four|five|six|several|\d+)\s+$", re.IGNORECASE)
_DEGREE = re.compile(
    r"such\s+(?:an?\s+)?(?:heavy|intense|fierce|violent|massive|relentless|ferocious|severe|powerful|strong)\b",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+that\s+(?:the|a|an|\d+|dozens|hundreds|scores|many|most|some|residents|people|"
    r"civilians|families|it|they|he|she|we)\b",
    re.IGNORECASE,
)


def kind_named(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger follows "such" as a kind of deed ("an end to such attacks"), not one engagement."""
    such = _SUCH_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if such is None:
        return False
    counted = _COUNTED.search(text, max(0, such.start() - 20), such.start()) is not None
    degree = _DEGREE.match(text, such.start()) is not None and _RESULT.match(text, match.end()) is not None
    return not counted and not degree
