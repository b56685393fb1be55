"""The killers of the dead a report just counted, when the next sentence tells how most of them died."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.engagements import Detection

# "Most were reportedly executed", "Many of them had been beheaded", "All of the victims were shot dead": the subject
# is a share of the dead the sentence before counted, and the verb how they were killed
_SHARE_OF_THE_DEAD = re.compile(
    r"(?:most|many|some|all|several|dozens|scores|hundreds)(?:\s+of\s+(?:them|those|the\s+(?:dead|victims|killed|"
    r"men|bodies)))?\s+(?:were|had\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|apparently|later|then|"
    r"summarily|also)\s+)?",
    re.IGNORECASE,
)


def their_killers(
    detection: Detection, body: str, sentence_start: int, before: tuple[str, tuple[str, ...], Sequence[str]] | None
) -> Detection:
    """An unclaimed killing of civilians told of a share of the last report's dead is its attackers' doing ("An
    attack by IS on Shaer left 270 dead ... Most were executed at gunpoint")."""
    if detection.type != "attack-on-civilians" or detection.attackers or before is None or not before[1]:
        return detection
    opening = _SHARE_OF_THE_DEAD.match(body, sentence_start)
    if opening is None or opening.end() != detection.trigger.start:
        return detection
    return replace(detection, attackers=before[1])
