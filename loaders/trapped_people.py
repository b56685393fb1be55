"""The people a siege shuts in, told by their number: "trapping nearly 300000 residents"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# After "trapping": a count of people, which makes the verb a siege's ("effectively trapping an estimated 250,000
# civilians in the east"), not one of rubble or crossfire ("trapping families under the rubble" names no count).
TRAPPED_COUNT = (
    r"\s+(?:(?:nearly|almost|some|about|around|roughly|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?"
    r"\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:[\w-]+\s+)?(?:residents|civilians|people|inhabitants|families)\b"
)
# The way in shut before it: "sealed the main route into opposition areas", "cut the last road to the city", "closed
# all the crossings" (a count trapped by fighting or rubble is no siege: "fighting intensified, trapping 5,000")
_WAY_SHUT = re.compile(
    r"\b(?:seal(?:ed|ing)|cut(?:ting)?|clos(?:ed|ing)|block(?:ed|ing)|sever(?:ed|ing)|shut(?:ting)?)\s+(?:off\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:routes?|roads?|access|supply\s+lines?|corridors?|highways?|crossings?|exits?)\b",
    re.IGNORECASE,
)


def no_way_shut(text: str, match: re.Match[str]) -> bool:
    """Whether a "trapping" trigger has no way in shut before it in its sentence, and so tells no siege."""
    return match.group(0).lower() == "trapping" and not _WAY_SHUT.search(
        text, max(0, match.start() - 200), match.start()
    )


# The subject of the verb the participle hangs on: "government troops have sealed the main route ..., trapping":
# an actor right before a finite verb in the past ("have sealed", "cut", "closed"), the last before the trigger.
# (the actor's own men may follow its name: "Islamic State fighters cut the road")
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:fighters|forces|troops|militants|rebels|jihadists|militiamen|units)\s+)?(?:have\s+|has\s+|had\s+)?"
    r"(?:[a-z]+ed|cut|shut|took)\b"
)


def trappers(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """Who shut the counted people in: the subject of the verb before ("troops sealed the road, trapping")."""
    if not match.group(0).lower().startswith("trapping"):
        return ()
    found = [
        m.key
        for m in actors
        if m.span.end - base <= match.start()
        and match.start() - (m.span.end - base) <= 160
        and _SUBJECT_GAP.match(text, m.span.end - base)
    ]
    return tuple(found[-1:])


# the trigger's own words, as `engagement_triggers` joins them into its siege pattern
TRAPPING = re.compile(rf"trapping(?={TRAPPED_COUNT})", re.IGNORECASE)
