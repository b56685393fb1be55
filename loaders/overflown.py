"""Places aircraft only flew over: "Jets flew over Idlib and did not strike" (read by `places_of_events`)."""

from __future__ import annotations

import re

# The flight before the place: "flew over", "circled low over the town of" (thirty-third session, helper fixes33b,
# written-sentence probe)
_FLEW_OVER = re.compile(
    r"\b(?:fl(?:ew|own|y|ies|ying)|circl(?:ed|es|ing)|hover(?:ed|s|ing))\s+(?:low\s+)?(?:over|above)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|province|countryside|skies)\s+of\s+)?$",
    re.IGNORECASE,
)
# ... and a strike denied after it in the same clause: "and did not strike", "without carrying out any raids"
_DENIED_AFTER = re.compile(
    r"[^,;.:!?\n]{0,40}?\b(?:without|(?:did|do|does)\s+not|(?:did|do|does)n['’]t|never)\s+"
    r"(?:(?:carry|carrying|carried)\s+out\s+|launch(?:ing)?\s+|conduct(?:ing)?\s+)?(?:any\s+)?"
    r"(?:strik\w*|bomb\w*|fir(?:e|ing)|attack\w*|raids?|air\s*strikes?|drop\w*)",
    re.IGNORECASE,
)


def only_flown_over(body: str, start: int, end: int) -> bool:
    """Whether the place at start..end is one aircraft flew over and, the same clause says, did not strike."""
    return bool(_FLEW_OVER.search(body, max(0, start - 50), start)) and bool(_DENIED_AFTER.match(body, end))
