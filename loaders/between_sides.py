"""The two sides of a fight told "between A (and its allies) against B" or "between A on one side and B on the other":
those words part the sides, not "and"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import coordinated, first_after

# "between the regime forces and militiamen loyal to them and Hezbollah against the Islamic factions": the words before
# "against" are one side, however many allies they join; the words after it the other. Within the clause only: no stop
# or relative clause between ("between A and B, who later fought against C" tells another fight).
# "between the regime forces and loyal gunmen on one side and the Islamic State on the other" (the Observatory's house
# style, and common in wire copy): "on one side" ends the first side as "against" does (outlets34, written probes).
_ONE_SIDE_THEN_AGAINST = re.compile(
    r"(?P<one>[^.;:\n]{1,140}?)\b(?:against|on\s+(?:the\s+)?one\s+(?:side|hand)\s*,?\s+and)\s+"
)
_ANOTHER_CLAUSE = re.compile(r"\b(?:who|which|that|while|after|when)\b")
# What "against" opens must be a side: an actor right after it ("against the Islamic State", "against members from the
# “Islamic State”") or fighters no table names ("against the rebel and Islamic factions"); not "against the backdrop
# of the talks" or "against the wishes of Russia", where "and" still parts the sides.
_BEFORE_SIDE = re.compile(r"(?:the\s+|members\s+(?:of|from)\s+(?:the\s+)?|[“\"]\s*)*")
_UNNAMED_SIDE = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?:factions|fighters|militants|rebels|groups|jihadists|gunmen|insurgents|militias)\b"
)


def sides_against(actors: Sequence[Mention], text: str, base: int, pos: int) -> tuple[list[str], list[str]] | None:
    """The attackers and targets of "between A ... against B" from text offset `pos` (after "between"), or None."""
    parted = _ONE_SIDE_THEN_AGAINST.match(text, pos)
    if parted is None or _ANOTHER_CLAUSE.search(parted.group("one")):
        return None
    one = [m.key for m in actors if pos <= m.span.start - base and m.span.end - base <= parted.end("one")]
    if not one:
        return None
    opening = _BEFORE_SIDE.match(text, parted.end())  # matches always, perhaps empty
    side_at = opening.end() if opening else parted.end()
    first = first_after(actors, side_at, base, text, reach=0)
    if first is None and _UNNAMED_SIDE.match(text, side_at) is None:
        return None
    other = coordinated(first, actors, text, base) if first is not None else []
    return list(dict.fromkeys(one)), [k for k in dict.fromkeys(other) if k not in one]
