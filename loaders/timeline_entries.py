"""Timeline entries: a sentence that opens on its own date and tells its event in the present ("2014 IS seizes ...")."""

from __future__ import annotations

import re

from loaders.timex import FULL_MONTHS

_MONTH = rf"(?:{FULL_MONTHS})"
# A chronology line: a year, a month and year or a day, month and year first, then the subject's capital
# ("2014 Islamic State group seizes", "March 1 2012 Regime forces seize", "August 24 2016 Turkey launches").
_ENTRY_DATE = re.compile(
    rf"\s*(?:{_MONTH}\s+(?:\d{{1,2}}\s+)?|\d{{1,2}}\s+{_MONTH}\s+)?(?:19|20)\d\d\s+(?-i:[A-Z])",
)
# The entry's own verb in the present: "seizes", "captures", "takes" (not "seized": a recap's past, guarded as ever).
_PRESENT = re.compile(r"(?:seiz|captur|tak)es\b", re.IGNORECASE)


def entry_verb(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is a present-tense verb of a sentence that opens on its own date: a timeline entry's event."""
    return _ENTRY_DATE.match(text) is not None and _PRESENT.match(match.group(0)) is not None
