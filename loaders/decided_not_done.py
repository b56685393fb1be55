"""Triggers named in a decision, not done: a vote or an authorisation of strikes ("voted against bombing Syria",
"prompted the White House to authorize airstrikes") and a truce declared over (seventeenth session, helper outprec;
docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

from loaders.truce_words import TRUCE_NOUNS

# What a vote or an authorisation is for is a policy, within 80 characters before the trigger: "MPs voted in favour
# of air strikes", "approved the bombing of IS targets", "a mandate for strikes".
_DECIDED = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)\s+(?:in\s+favou?r\s+of|for|against|on|to\s+(?:approve|back|allow|extend))\s+|"
    r"(?:approv|authori[sz]|sanction)(?:e|es|ed|ing)\s+|mandate\s+for\s+)"
    r"(?:(?:the|further|more)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_REACH = 80
# "declared the ceasefire over", "the truce in Homs is over": ended, not made ("a truce over the holiday" is made).
_TRUCE = re.compile(TRUCE_NOUNS, re.IGNORECASE)
_OVER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:is|was|had\s+been|has\s+been)\s+)?(?:over|at\s+an\s+end)"
    # the clause ends after it: not "a truce agreed over Aleppo", "talks over the weekend"
    r"(?=\s*(?:[.,;:\"”]|$|\s+(?:on|in|at|after|and|but|as|following|last|yesterday|today|this)\b))",
    re.IGNORECASE,
)


def decided_not_done(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what a vote or authorisation is about, or a truce declared over."""
    if _DECIDED.search(text, max(0, match.start() - _REACH), match.start()):
        return True
    return bool(_TRUCE.match(match.group(0)) and _OVER.match(text, match.end()))
