"""The patient of a passive trigger named before a phrase of where it stood (docs/extraction.md, twenty-first session).

"Rebel positions near Hama were shelled by the army", "An army checkpoint outside Palmyra was attacked by IS": the
subject of a passive is what the act fell on, and news prose often says where it stood between the subject and its
verb. `nearest_actors.actor_before` stops at any preposition in that gap (rightly, for an active verb: "IS fighters in
Raqqa said ..."), so the patient was lost. Only a bare place phrase (a preposition of place and a capitalised name) is
let through, and only right before a passive auxiliary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|as|ash|ar|ad|an|az)-[\w'’-]+)"
# " near Hama were ", " positions outside the town of Morek have been ": where the patient stood, then the auxiliary
_PLACED_BEFORE_PASSIVE = re.compile(
    r"(?:\s+(?:checkpoints?|positions|posts?|outposts?|bases?|barracks|convoys?|patrols?|headquarters))?"
    r"\s+(?:in|near|outside|around|inside|close\s+to|(?:north|south|east|west)\s+of)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|province|district|suburb|countryside)\s+of\s+)?"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    r"(?:\s+(?:province|countryside|city|town|village|area|region|governorate))?"
    r"\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+|also\s+|reportedly\s+)?"
)

# The actor after "by", "from" or "fleeing" inside the subject is no patient: "Towns besieged by the army in Ghouta were
# shelled", "Civilians fleeing IS near Raqqa were shelled" (twenty-first session, helper review10)
_INSIDE_SUBJECT = re.compile(
    r"\b(?:by|from|fleeing|escaping|against|fighting)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE
)


def placed_patient(actors: Sequence[Mention], text: str, base: int, t_start: int) -> Mention | None:
    """The actor a passive trigger was done to, named before a place phrase ("Rebel positions near Hama were")."""
    before = [m for m in actors if m.span.end - base <= t_start]
    if not before:
        return None
    last = before[-1]
    if _INSIDE_SUBJECT.search(text, 0, last.span.start - base):
        return None
    return last if _PLACED_BEFORE_PASSIVE.fullmatch(text, last.span.end - base, t_start) else None
