"""Fighting told as grown or gone on since a period long past ("fighting has intensified in Aleppo ... since
mid-2012", "the bombardment has continued since 2015") is the war's course, not one engagement (eighteenth session,
helper outprec3; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

from loaders.clause_words import RELATIVE, TIME_OR_CONTRAST
from loaders.timex import MONTH

# The trigger as the subject of a present perfect of change or duration, at most five words between: "fighting has
# intensified", "clashes in the city have escalated", "fighting between the army and rebels has raged".
_GROWN = re.compile(
    # (none of the words between opens a clause of its own: "air strikes on Daraa where fighting has raged since 2012"
    # is no strike grown; eighteenth session, helper review3)
    r"(?:\s+(?!(?:that|which|who|whom|whose|where|when|while|whereas|but|after|before|because|as)\b)[\w'’-]+){0,5}?"
    r"\s+(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+)?"
    r"(?:intensified|escalated|raged|continued|persisted|worsened|increased|spread|dragged\s+on|gone\s+on|"
    r"flared|mounted|grown)\b"
    # used without an object (a preposition, an adverb or the clause's end next): "fighting has intensified in
    # Aleppo"; "warplanes have intensified attacks on Idlib" tells what the aircraft did
    r"(?=\s*(?:[.,;:]|$)|\s+(?:in|on|at|around|across|near|inside|outside|along|between|throughout|over|for|since|"
    r"again|sharply|further|steadily|dramatically|unabated|ever)\b)",
    re.IGNORECASE,
)
# A start long past: a year, a month, or the war's outbreak ("since mid-2012", "since March", "since the start of the
# war"); not a day ("since Sunday", "since April 21": a recent escalation is news of its own). The month is
# `timex.MONTH`, in its case: "since may" is no month.
_LONG_SINCE = re.compile(
    rf"\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d\d\b|{MONTH}\b(?!\s+\d)|last\s+year\b|"
    r"the\s+(?:start|beginning|outbreak|onset)\s+of\b)",
    re.IGNORECASE,
)


# The grown verb's clause ends at a stop, or where a clause of its own opens: "..., which rebels have held since 2013",
# "... after rebels seized a post they had lost in 2015" (eighteenth session, helper review3)
_CLAUSE_END = re.compile(rf"[.;]|\b(?:{RELATIVE}|{TIME_OR_CONTRAST})\b", re.IGNORECASE)
_REACH = 150
# "the heaviest since 2012", "the first time since March": a comparison with the past, not a start the fighting runs
# from (eighteenth session, helper review3)
# (the words also tell `war_background._COMPARED`: "the deadliest attack since the start of the war")
COMPARISON = r"(?:[a-z]+iest|worst|fiercest|biggest|largest|strongest|highest|greatest|longest|most|first)"
_COMPARED = re.compile(rf"\b{COMPARISON}\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)


def grown_since(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the subject of a present perfect of change, "since" a year, a month or the war's start."""
    grown = _GROWN.match(text, match.end())
    if grown is None:
        return False
    # within the sentence's clause, at most 150 characters on
    stop = _CLAUSE_END.search(text, grown.end(), grown.end() + _REACH)
    since = _LONG_SINCE.search(text, grown.end(), stop.start() if stop else grown.end() + _REACH)
    return since is not None and not _COMPARED.search(text, max(0, since.start() - 60), since.start())
