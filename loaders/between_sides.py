"""The two sides of a fight told "between A (and its allies) against B": "against" parts the sides, not "and"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import coordinated, first_after

# "between the regime forces and militiamen loyal to them and Hezbollah against the Islamic factions": the words before
# "against" are one side, however many allies they join; the words after it the other. Within the clause only: no stop
# or relative clause between ("between A and B, who later fought against C" tells another fight).
_ONE_SIDE_THEN_AGAINST = re.compile(r"(?P<one>[^.;:\n]{1,140}?)\bagainst\s+")
_ANOTHER_CLAUSE = re.compile(r"\b(?:who|which|that|while|after|when)\b")


def sides_against(actors: Sequence[Mention], text: str, base: int, pos: int) -> tuple[list[str], list[str]] | None:
    """The attackers and targets of "between A ... against B" from text offset `pos` (after "between"), or None."""
    parted = _ONE_SIDE_THEN_AGAINST.match(text, pos)
    if parted is None or _ANOTHER_CLAUSE.search(parted.group("one")):
        return None
    one = [m.key for m in actors if pos <= m.span.start - base and m.span.end - base <= parted.end("one")]
    if not one:
        return None
    first = first_after(actors, parted.end(), base, text, reach=30)
    other = coordinated(first, actors, text, base) if first is not None else []
    return list(dict.fromkeys(one)), [k for k in dict.fromkeys(other) if k not in one]
