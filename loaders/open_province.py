"""A province that opens the sentence, as the context of a small name later in it.

News English sets the scene before a small name: "In the northwestern province of Idlib, Nusra Front members kidnapped
a priest from the village of Yacoubiyeh" (thirtieth session, helper placeopen30).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# "In Idlib", "In the northwestern province of Idlib", "In southern Daraa province": the sentence opens with the
# province, after a stop, a line break or the body's start; lower-case words only, so no other name comes first
OPENING = re.compile(
    r"(?:^[ \t]*|(?<=[.!?\"')\]])\s+)In\s+(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,3}(?:province\s+of\s+)?$",
    re.MULTILINE,
)
# the fewest consonants a name the opening province reads may have, sounding as the village's but for one letter
# ("Yacoubiyeh", k-b, is Al Ya`qubiyah of Idlib; a name's own phrase keeps `fuzzy_places.MIN_SHORT`)
MIN_SOUNDED = 2
# how far before the province the opening is looked for
REACH = 60


def scene_anchors(per_sentence: list[list[Mention]], body: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Local place key -> the province that opens its sentence (a name put in two: left out)."""
    found: dict[str, set[str]] = {}
    for mentions in per_sentence:
        places = [m for m in mentions if m.kind == "place"]
        first = next((m for m in places if m.linked), None)
        if first is None or not _province(first, gazetteer) or not _opens(body, first):
            continue
        for name in places:
            if not name.linked and name.span.start > first.span.start:
                found.setdefault(name.key, set()).add(first.key)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _opens(body: str, mention: Mention) -> bool:
    """Whether the mention's sentence opens with "In" and it (a lower-case phrase between)."""
    return OPENING.search(body, max(0, mention.span.start - REACH), mention.span.start) is not None


def _province(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked governorate of Syria."""
    if mention.key not in gazetteer:
        return False
    return gazetteer.get(mention.key).cls == "Governorate" and gazetteer.in_syria(mention.key)
