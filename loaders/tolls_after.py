"""Tolls told place by place in the sentence after a bombardment: each place a report of its own (ACLED codes an event
a place).

"Air strikes hit Eastern Ghouta on Thursday. Four civilians were killed in the town of Arbin and two in Douma." The
second sentence names no trigger: it continues the strikes and counts their dead at places the first did not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Figure, Span

# "were killed in the city of Arbin", "was killed near Douma", "have been killed around the town of Albu Kamal"
_KILLED_AT = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+killed\s+(?:in|near|around|at)\b", re.IGNORECASE
)
# the bombardments whose dead a following sentence counts place by place
BOMBARDMENTS = frozenset({"air-strike", "shelling"})


def toll_told_after(
    text: str,
    sentence: Span,
    figures: Sequence[Figure],
    places: Sequence[str],
    before: tuple[str, tuple[str, ...], Sequence[str]] | None,
    gazetteer: Gazetteer,
) -> list[Detection]:
    """A report continuing the bombardment told in the sentence before (`before`: its type, attackers and places),
    when this sentence has no trigger but counts dead at places apart from that one's."""
    if before is None or before[0] not in BOMBARDMENTS or not places:
        return []
    killed = _KILLED_AT.search(text)
    if killed is None or not any(f.kind == "fatalities" for f in figures):
        return []
    if not all(k in gazetteer for k in places) or not _apart(places, before[2], gazetteer):
        return []
    return [
        Detection(
            type=before[0],
            trigger=Span(sentence.start + killed.start(), sentence.start + killed.end()),
            attackers=before[1],
            targets=(),
            supporters=(),
            places=tuple(places),
            definite=False,
            generic=False,
            distinct=True,
            elsewhere=True,
        )
    ]


def _apart(mine: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether no place of this sentence is, holds or lies in a place of the report before."""

    def around(key: str) -> list[str]:
        return gazetteer.ancestors(key) if key in gazetteer else []

    return not any(a == b or b in around(a) or a in around(b) for a in mine for b in theirs)
