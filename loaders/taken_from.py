"""Ground taken back, told in the passive with no taker but with the side it was taken from (docs/extraction.md).

"The villages of Masqan and Ehras were liberated from the control of the militants on Monday": nobody is named taking
them, but the verb says they were taken back (read as the state's, as `engagement_types.territory_type` reads it with
no taker named) and "from ..." names who lost them. The engagement is told; only its taker is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# The verbs of ground taken back ("liberated", "recaptured", "retaken", "regained"), which say whose side took it.
_TAKEN_BACK = re.compile(r"(?:liberat|recaptur|retak|regain)\w*", re.IGNORECASE)
# "from the control of", "from the grip of", "from": then the side that lost the ground
_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?:(?:control|grip|hands|clutches|occupation)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# the losers named by a word of their side, not by a name: "from the militants", "from Takfiri terrorists"
_LOSER_WORDS = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:militants?|terrorists?|jihadists?|insurgents?|rebels?|extremists?|gunmen|groups?)\b",
    re.IGNORECASE,
)


def taken_back_from(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...] | None:
    """Who lost ground a passive "taken back" trigger says was taken from them: the actor named after "from" (or
    nobody the gazetteer names, `()`, for "from the militants"); None when the trigger is no such verb or names none."""
    if not _TAKEN_BACK.fullmatch(match.group(0)):
        return None
    after = _FROM.match(text, match.end())
    if after is None:
        return None
    named = [m.key for m in actors if m.span.start - base == after.end()]
    if named:
        return tuple(named[:1])
    return () if _LOSER_WORDS.match(text, after.end()) else None
