"""An offensive launched to take ground ("launched an assault to recapture the east"): a battle for it, told by its
aim."""

from __future__ import annotations

import re

# Twenty-eighth session (helper battles28). "Government troops launched an assault to recapture the east", "the SDF
# started an operation aimed to liberate Raqqa": the offensive was launched, so the battle for the ground was fought,
# whether or not it was taken. Only a launch told done counts ("launched", "began", "mounted"): "any operation to retake
# Raqqa", "plans to launch an offensive to retake it" are aims or plans, and "launch" alone is no past deed.
_LAUNCHED_TO = re.compile(
    r"\b(?:launched|started|began|begun|mounted)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:operations?|offensives?|assaults?|campaigns?|counter-?offensives?|counter-?attacks?)\s+"
    r"(?:(?:aimed|intended|designed|meant)\s+)?to\s+$",
    re.IGNORECASE,
)
# "eastern Aleppo, which the army began an operation to retake weeks ago": the offensive describes the place (what
# it has been through), no battle the article reports
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# How far before the verb the launch may be told (the words between are at most four).
_REACH = 100


def launched_at(text: str, start: int) -> int | None:
    """Where the launch of an offensive told right before a verb at `start` begins ("launched an assault to" before
    "recapture"), or None."""
    found = _LAUNCHED_TO.search(text, max(0, start - _REACH), start)
    if found is None or _RELATIVE_BEFORE.search(text, max(0, found.start() - 60), found.start()):
        return None
    return found.start()
