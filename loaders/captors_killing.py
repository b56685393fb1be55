"""The captor of the people a killing names: "hostages taken by ISIS ... have been shot or beheaded" (taken27)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# The killed named as someone's captives right before the captor's name: "15 of the 350 hostages taken by ISIS",
# "captives held by the group", "the abductees kidnapped by gunmen" (a word at most between noun and participle)
_CAPTIVES_OF = re.compile(
    r"\b(?:hostages?|captives?|abductees|kidnapped\s+(?:men|women|people|civilians))\s+(?:[\w-]+\s+)?"
    r"(?:taken|held|kidnapped|abducted|seized|captured)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The killing told in the passive after them: "... have been shot, beheaded or both", "were executed"
_PASSIVE_KILLING = re.compile(r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def captor_of_the_killed(text: str, base: int, trigger: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The actor whose captives a passive killing names, as its doer; nothing when no captives of one are named.

    Captors kill their captives: who holds the hostages is who executes them, though the sentence names the
    killers only as the hostages' takers. Only a passive killing (its subject the killed) after the captives."""
    if _PASSIVE_KILLING.search(text, 0, trigger.start()) is None:
        return ()
    for m in actors:
        start, end = m.span.start - base, m.span.end - base
        if end <= trigger.start() and _CAPTIVES_OF.search(text, 0, start) is not None:
            return (m.key,)
    return ()
