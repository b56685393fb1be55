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


def kind_named(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger follows "such" as a kind of deed ("an end to such attacks"), not one engagement."""
    return _SUCH_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
