"""An engagement given as the cause of a measure ("closed the schools due to the bombing campaign") is no report."""

from __future__ import annotations

import re

from loaders.timex import DAY_NAMED

# News gives a campaign as why a school, hospital or office was closed, work suspended or a convoy halted: "announced
# the closure of all schools until the end of the week due to the relentless bombing campaign". The bombing is the
# measure's reason, told of the war as it goes on, not one strike reported (idlibtown37). The trigger comes right after
# the cause's words and at most three modifiers ("the relentless", "the ongoing Russian").
_CAUSE_BEFORE = re.compile(
    r"\b(?:due\s+to|because\s+of|owing\s+to|in\s+response\s+to|as\s+a\s+result\s+of)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# the measure, earlier in the same sentence: a closing, a suspension, a halt, a cancelling or a putting off
_MEASURE = re.compile(
    r"\b(?:clos(?:ure|ures|ing|ed|e)|shut(?:\s+down|down)?|suspen(?:sion|d|ded|ding)|halt(?:ed|ing)?|"
    r"stopp(?:ed|ing)|cancel(?:l?ed|l?ing|lation)|postpone(?:d|ment)?)\b",
    re.IGNORECASE,
)
# "schools closed because of shelling on Sunday" reports Sunday's shelling: a dated cause is an event told
_DATED_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+|last\s+)?" + DAY_NAMED.pattern, re.IGNORECASE)
# how far back in the sentence the measure may stand
_REACH = 140


def measure_cause(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the stated cause of a closing, suspension or halt: the reason, no engagement told."""
    cause = _CAUSE_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if cause is None:
        return False
    start = max(0, cause.start() - _REACH, max(text.rfind(end, 0, cause.start()) for end in (". ", "! ", "? ")) + 1)
    if _MEASURE.search(text, start, cause.start()) is None:
        return False
    return not dated_after(text, match.end())


def dated_after(text: str, end: int) -> bool:
    """Whether a day is named within four words after a trigger ending at `end`: the event is told, dated."""
    return _DATED_AFTER.match(text[end : end + 60]) is not None
