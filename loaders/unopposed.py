"""Ground taken with no fight told (thirty-second session, helper sd32; docs/extraction.md, "Engagements"): ACLED
codes a place entered or taken "without a fight", "unopposed", "peacefully" as a non-violent transfer of territory,
a strategic development, not a battle."""

from __future__ import annotations

import re

# The words that say no one fought for it, within the taking's clause after the trigger (no clause of another event
# between: "took the town after a battle and entered the village unopposed" keeps the first a battle), or "peacefully"
# right before it ("peacefully took over the town").
_UNOPPOSED_AFTER = re.compile(
    r"(?:(?!(?:after|before|when|while|but|despite|following|as|and|until|amid)\b)[^\s.;,]+\s+){0,8}?"
    r"(?:without\s+(?:a\s+|any\s+)?(?:fight|fighting|resistance|battle|clashes|bloodshed)|"
    r"without\s+a\s+(?:single\s+)?shot\s+(?:being\s+)?fired|unopposed|peacefully)\b",
    re.IGNORECASE,
)
_PEACEFULLY_BEFORE = re.compile(r"\bpeacefully\s+$", re.IGNORECASE)


def taken_unopposed(text: str, match: re.Match[str]) -> bool:
    """Whether the taking the trigger tells was made with no fight: "entered Palmyra unopposed", "took control of the
    town without a fight", "peacefully took over"."""
    after = text[match.end() :].lstrip()
    start = len(text) - len(after)
    return bool(_UNOPPOSED_AFTER.match(text, start) or _PEACEFULLY_BEFORE.search(text, 0, match.start()))
