"""The blow an offensive opens with is the offensive's first act: "The offensive began with a suicide attack"."""

from __future__ import annotations

import re

# Thirtieth session (dup30): news English tells how an offensive opened, "The assault began late Monday with a suicide
# attack followed by a ground offensive that led to the capture of several buildings": the means named after "began
# with" is how the offensive told in the same sentence started, not an engagement of its own.
_OPENED_WITH = re.compile(
    r"\b(?:offensive|assault|operation|push|advance)\s+(?:[\w'’-]+\s+){0,12}?"
    r"(?:began|begun|started|opened|kicked\s+off)\s+(?:[\w'’-]+\s+){0,3}?with\s+"
    r"(?:(?:a|an|two|three|several|twin|double|multiple)\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def opening_blow(text: str, start: int) -> bool:
    """Whether the trigger at `start` is the blow an offensive named before it began with."""
    return _OPENED_WITH.search(text, max(0, start - 200), start) is not None
