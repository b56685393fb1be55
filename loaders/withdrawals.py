"""A withdrawal forced by an assault: ground left to the side that attacked is ground that side took (ACLED codes it a
Battles event, by its outcome), not a non-violent transfer (docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# "withdrew from the farms as they faced a rebel counter-offensive led by the al-Nusra Front", "pulled out of the
# town after an IS attack"; not "after relentless bombing" or "under pressure": a side may leave ground bombed or
# bargained over to no one who took it
_FORCED_OUT = re.compile(
    r"\b(?:as|after|amid|under|in\s+the\s+face\s+of)\s+(?:(?:they|it)\s+)?(?:fac(?:ed|ing)\s+)?"
    r"(?:(?:an?|the|heavy|intense|fierce|massive|renewed)\s+){0,3}(?P<side>(?:[\w'’-]+\s+){0,3}?)"
    r"(?:counter-?offensives?|offensives?|counter-?attacks?|attacks?|assaults?|advances?|onslaught)\b"
    r"(?P<by>\s+(?:led\s+|launched\s+|mounted\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4})?",
    re.IGNORECASE,
)

# The assault is told in the withdrawal's own clause, its words starting at most 80 characters on.
_CLAUSE_REST = re.compile(r"[^.;:]{0,80}")


def forced_out_by(text: str, base: int, end: int, actors: Sequence[Mention]) -> tuple[str, ...]:
    """Who forced the withdrawal told up to `end` (an offset in `text`, which starts at `base`) by an assault the
    sentence names with its side: the rebels and the Front of "as they faced a rebel counter-offensive led by the
    al-Nusra Front"; nothing when the assault names no side."""
    rest = _CLAUSE_REST.match(text, end)
    reach = rest.end() if rest is not None else end
    forced = _FORCED_OUT.search(text, end, reach + 160)
    if forced is None or forced.start() > reach:
        return ()
    named = (forced.span("side"), forced.span("by"))
    return tuple(
        dict.fromkeys(
            m.key for m in actors for s, e in named if s <= m.span.start - base and m.span.end - base <= e + 1
        )
    )
