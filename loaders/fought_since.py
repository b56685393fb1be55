"""A battle fought without a break since a given day ("had been battling since June 25 to push IS out") is one
battle, not a count summed since a date (twenty-ninth session, helper battles29; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

from loaders.timex import MONTH, WEEKDAY

# The trigger a verb of fighting in the past perfect progressive, its subject fighting up to the event the report
# tells; "have been fighting since 2011" (the present, the war's course) stays with the guards.
_HAD_BEEN = re.compile(r"(?i)\bhad\s+been\s+(?:\w+ly\s+)?$")
_FIGHTING = re.compile(r"(?i)(?:battl|fight|clash)ing")
# "since June 25", "since 25 June", "since Friday": a day, not a month or a year (a span of the war)
_SINCE_DAY = re.compile(
    rf"\s+since\s+(?:(?:last|early\s+on|late\s+on)\s+)?(?:{WEEKDAY}|{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH}\b)"
)


def fought_since_day(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is "had been battling / fighting / clashing" followed right by "since" and a day."""
    return bool(
        _FIGHTING.fullmatch(match.group(0))
        and _HAD_BEEN.search(text, max(0, match.start() - 40), match.start())
        and _SINCE_DAY.match(text, match.end())
    )
