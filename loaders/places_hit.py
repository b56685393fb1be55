"""A sentence whose subject is a place told hit: "Khan Sheikhun has been hit several times" (thirty-seventh session,
helper usdoer37)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# The place's passive verb of being struck: the doer, if the text knows it, follows as "by X"; the side the sentence
# before was about is not told to have struck it ("Trump ordered a strike in response to the attack. Khan Sheikhun has
# been hit several times since the attack").
_HIT_IN_PASSIVE = re.compile(
    r"\s++(?:(?:has|have|had)\s++been|was|were|is\s++being|are\s++being)\s++(?:\w+ly\s++|again\s++|also\s++)?"
    r"(?:hit|struck|shelled|bombed|bombarded|pounded|targeted|attacked|raided|shot\s++at)\b",
    re.IGNORECASE,
)


def opens_on_a_place_hit(body: str, start: int, mentions: Sequence[Mention]) -> bool:
    """Whether the sentence at `start` opens on a place named and told struck in the passive."""
    first = next((m for m in mentions if m.span.start >= start), None)
    if first is None or first.kind != "place" or first.span.start != start:
        return False
    return _HIT_IN_PASSIVE.match(body, first.span.end) is not None
