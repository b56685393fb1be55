"""Engagements that need their doer, and the armed men the text does not name: "Gunmen killed a doctor"."""

from __future__ import annotations

import re

from loaders.counts import NUMBER
from loaders.model import Span

# Engagement types that need to know who acted: without an actor they are not reported.
NEEDS_ACTOR = frozenset(
    {"non-violent-transfer-of-territory", "headquarters-or-base-established", "arrests", "looting", "abduction"}
)  # fmt: skip

# Armed men with no name right before the kill verb: "Unknown gunmen shot dead", "pro-government militiamen killed",
# "masked men have executed". The wires tell a killing of the unarmed by its unnamed doers so when no group is known;
# ACLED codes it Violence against civilians by an unidentified armed group. Counted ("30 gunmen killed") or in the
# passive they are the dead, not the killers (the verb must follow the noun, at most two adverbs or auxiliaries apart).
UNNAMED_KILLERS = re.compile(
    r"(?<![\w-])(?<!\d\s)(?:(?:(?:unknown|unidentified|masked|armed|pro-government|pro-regime|loyalist)\s+)?"
    r"(?:gunmen|militiamen|assailants)|(?:(?:unknown|unidentified)\s+)?(?:armed|masked)\s+men)\s+"
    r"(?:(?:have|had|has|reportedly|allegedly|also|then|later|apparently)\s+){0,2}$",
    re.IGNORECASE,
)


# A count in words before the armed men: "Three gunmen killed in the clash" are the dead (the lookbehind above takes
# only digits; the lead, from reread32's review).
_COUNTED = re.compile(rf"(?<![\w-])(?:{NUMBER})\s+(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _unnamed_before(text: str, start: int) -> bool:
    """Whether uncounted unnamed armed men stand right before text[start]."""
    men = UNNAMED_KILLERS.search(text, max(0, start - 60), start)
    return men is not None and _COUNTED.search(text, max(0, men.start() - 40), men.start()) is None


def killed_by_unnamed(text: str, start: int) -> bool:
    """Whether the kill verb starting at text[start] has unnamed armed men as its subject."""
    return _unnamed_before(text, start)


# "were kidnapped by unidentified gunmen", "abducted by masked men": the unnamed doers as the passive's agent.
_BY_UNNAMED = re.compile(
    r"\s+by\s+(?:(?:a\s+group\s+of|a\s+band\s+of)\s+)?(?:(?:unknown|unidentified|masked|armed)\s+){0,2}"
    r"(?:gunmen|militiamen|assailants|kidnappers|(?<=armed\s)men|(?<=masked\s)men)\b",
    re.IGNORECASE,
)


def taken_by_unnamed(text: str, start: int, end: int) -> bool:
    """Whether the abduction verb at text[start:end] has unnamed armed men as its subject or its passive's agent."""
    return _unnamed_before(text, start) or _BY_UNNAMED.match(text, end) is not None


def lacks_its_doer(body: str, etype: str, attackers: tuple[str, ...], trigger: Span) -> bool:
    """Whether an engagement of a type that needs its doer names none: not even unnamed gunmen taking people."""
    if etype not in NEEDS_ACTOR or attackers:
        return False
    return etype != "abduction" or not taken_by_unnamed(body, trigger.start, trigger.end)
