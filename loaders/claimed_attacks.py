"""A claim of responsibility for an attack told before: "Daesh claimed the attack" (twenty-seventh session)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Span, TimeSpan
from loaders.report_conflicts import Reported, compatible
from loaders.same_engagement import VIOLENT

# "claimed the attack", "claimed responsibility for Monday's bombing": a definite attack right after the claim
CLAIMED = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|[A-Z]\w+day's)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# how far before the trigger the claim may start
_REACH = 80

E = TypeVar("E", bound=Reported)


def claimed_back(
    body: str,
    sentence: Span,
    detection: Detection,
    when: TimeSpan | None,
    earlier: Sequence[E],
    index: int,
    gazetteer: Gazetteer,
) -> E | None:
    """The engagement a claim of responsibility refers back to, whatever places its sentence names: those belong to
    the claim's reasons ("calling it a response to the crimes ... in the town of Manbij"), not to the attack; however
    far back, as a claim follows the story of the attack it claims: the latest violent one of its kind."""
    start = max(sentence.start, detection.trigger.start - _REACH)
    if not detection.definite or CLAIMED.search(body, start, detection.trigger.start) is None:
        return None
    for told in reversed(earlier):
        kind = told.type == detection.type or (detection.generic and told.type in VIOLENT)
        if kind and told.sentence < index and compatible(detection, when, told, gazetteer):
            return told
    return None
