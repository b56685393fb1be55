"""A habit of the past told with "used to": "rebels used to fire mortars into Damascus" reports no one engagement."""

from __future__ import annotations

import re

from loaders.timex import WEEKDAY

# "used to" and at most four words of its verb phrase before the trigger, no clause break between: "used to fire
# mortars into", "used to carry out"; also a means or base used: "used the pocket to launch attacks"
_USED_TO = re.compile(
    r"\bused\s+(?:(?!(?:but|when|while|after|before|as|which|who|that|to)\b)[\w'’-]+\s+){0,4}?to\s+"
    r"(?:(?![,;:]|(?:but|when|while|after|before|as|which|who|that)\b)[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "to" right after "used": the habit itself ("used to shell"); a means or base between needs a past span said in the
# sentence ("used the village to launch attacks in the past"), since "used a drone to bomb the post on Monday" is one
_BARE_USED_TO = re.compile(r"(?i)\bused\s+to\s")
_PAST_SPAN = re.compile(
    r"\b(?:in\s+the\s+past(?!\s+(?:[\w-]+\s+)?(?:hours?|days?|weeks?|[\d-]+\s*hours?)\b)|previously|for\s+years|"
    r"formerly)\b",
    re.IGNORECASE,
)
# A day told: "the launchers used to fire rockets at the base on Monday" is the participle ("employed"), one event
_DAY_AFTER = re.compile(rf"[^.;]{{0,80}}?\b(?:on\s+)?(?:{WEEKDAY}|yesterday|today)\b", re.IGNORECASE)


def used_to_habit(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a past habit told with "used to" (or a base used "in the past"), no day told after."""
    used = _USED_TO.search(text, max(0, match.start() - 80), match.start())
    if used is None or _DAY_AFTER.match(text, match.end()):
        return False
    if _BARE_USED_TO.match(used.group(0)):
        return True
    start = text.rfind(".", 0, match.start()) + 1
    end = text.find(".", match.end())
    return _PAST_SPAN.search(text, start, len(text) if end < 0 else end) is not None
