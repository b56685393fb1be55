"""A bare "the strike on X" after an air strike was reported: that strike retold, at the place it names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft, merge
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Span

# "17 people were injured in the strike on Heneyda": "strike" alone is no trigger (a workers' or hunger strike), but
# after an air strike the definite "the strike" on a named place is that strike again, and names where it hit
_THE_STRIKE_ON = re.compile(
    r"\bthe\s+(?:same\s+)?strike\s+(?:on|in|at|against)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE
)


def strike_retold(
    engagements: Sequence[EngagementDraft],
    index: int,
    text: str,
    sentence: Span,
    places: Sequence[str],
    gazetteer: Gazetteer,
) -> bool:
    """Whether the sentence tells again, as "the strike on" a place it names, the air strike the sentence before
    reported; its place is then added to that strike's."""
    last = [e for e in engagements if not e.from_title and e.sentence == index - 1]
    hit = _THE_STRIKE_ON.search(text)
    if not last or last[-1].type != "air-strike" or not places or hit is None:
        return False
    trigger = Span(sentence.start + hit.start(), sentence.start + hit.end())
    retold = Detection("air-strike", trigger, (), (), (), tuple(places), definite=True, generic=False)
    merge(last[-1], retold, places, None, gazetteer)
    return True
