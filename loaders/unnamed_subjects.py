"""Doers told but unnamed outside the trigger's clause: a subject a joined verb shares, a source's blame."""

from __future__ import annotations

import re

from loaders.blamed_after import blames_unnamed

# The sentence opens on someone unnamed acting (not "Terrorists were killed"), after a fronted time at most.
_OPENS_UNNAMED = re.compile(
    r"\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|earlier|meanwhile),?\s+)?"
    r"(?:(?:the|armed|takfiri)\s+)*(?:terrorists|militants|gunmen|jihadists|insurgents|extremists)\b"
    r"(?!\s+(?:were|was|are|is|have\s+been|had\s+been|killed|wounded|injured)\b)",
    re.IGNORECASE,
)
# The trigger's clause has no subject of its own: it opens on "and" and a verb in the past.
_JOINED = re.compile(r"\s*+(?:,\s*+)?and\s+(?:then\s+|also\s+|later\s+)?[a-z]+ed\b")


def joined_to_unnamed_subject(text: str, clause_start: int) -> bool:
    """Whether the trigger's clause is a verb joined to a sentence that opens on an unnamed doer ("The terrorists had
    besieged the city, and targeted it with rocket shells"): its doer is told, so none is lent from other reports."""
    return _JOINED.match(text, clause_start) is not None and _OPENS_UNNAMED.match(text) is not None


def doer_told_unnamed(text: str, clause_start: int, t_end: int) -> bool:
    """Whether the sentence tells an unnamed doer of the trigger's act outside its clause: as the subject a joined verb
    shares, or as whom the source blames ("..., state media said, blaming terrorists")."""
    return joined_to_unnamed_subject(text, clause_start) or blames_unnamed(text, t_end)
