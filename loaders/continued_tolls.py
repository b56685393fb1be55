"""More dead told after a report ("Another three were killed in shelling") are placed where that report was."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft

# "Another three were killed in shelling earlier Wednesday", "Two more people died in the air strikes": the sentence
# goes on counting the dead of the scene the sentence before told; naming no place, it is at that scene's place.
_MORE_DEAD = re.compile(
    r"\s*(?:(?:Another|A\s+further)\s+[\w-]+|[\w-]+\s+(?:more|others?))\s+(?:(?:people|civilians|persons)\s+)?"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|wounded|injured)\s+(?:in|by)\b"
)


def placed_as_told_before(text: str, engagements: Sequence[EngagementDraft], index: int) -> list[str]:
    """The places of the last report of the sentence before, when this sentence opens by counting more dead."""
    if _MORE_DEAD.match(text) is None:
        return []
    before = [e for e in engagements if not e.from_title and e.places and index - 1 in (e.sentence, e.latest)]
    return list(before[-1].places) if before else []
