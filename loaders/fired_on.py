"""The side shots were fired on: "gunmen opened fire on an SDF checkpoint", "opened fire at a group of soldiers"
(probe31)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

_OPENED_FIRE = re.compile(r"(?i)open(?:ed|s|ing)?\s+fire\s+(?:on|at|upon)")
# between "opened fire on" and the side: an article, a few lowercase words, "a group of" (no name passed over)
_TO_THE_SIDE = re.compile(
    r"\s+(?:(?:the|a|an|two|three|several)\s+)?(?:(?:group|number|unit|patrol|convoy)s?\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z][\w'’-]*\s+){0,2}"
)


def side_fired_on(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], attackers: Sequence[str]
) -> str | None:
    """The side named as the object of "opened fire on / at" (the trigger `match`), if the trigger is that verb."""
    if not _OPENED_FIRE.fullmatch(match.group(0)):
        return None
    after = [m for m in actors if m.span.start - base >= match.end()]
    first = min(after, key=lambda m: m.span.start, default=None)
    if first is None or first.key in attackers:
        return None
    return first.key if _TO_THE_SIDE.fullmatch(text, match.end(), first.span.start - base) else None
