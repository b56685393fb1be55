"""A city named only to locate an unnamed suburb ("a besieged Damascus suburb"): a place link that places no event."""

from __future__ import annotations

import re

from loaders.model import Mention

# "in a besieged Damascus suburb", "an Aleppo suburb": the indefinite article says the suburb itself goes unnamed and
# the city is only its reference point; up to two describing words may stand between ("a rebel-held Damascus suburb")
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z][a-z-]*\s+){0,2}\Z")
# one suburb with no name after it: "the Damascus suburb of Douma" names the suburb, and the gold keeps the city as its
# event place there; "Damascus suburbs" (plural) reads as the city's outer districts and stays a place of events
_UNNAMED_SUBURB_AFTER = re.compile(r"\s+suburb\b(?!s)(?!,?\s+(?:of\s+)?[A-Z])")


def reference_city(body: str, mention: Mention) -> bool:
    """Whether a place mention is a city named only to locate an unnamed suburb ("a Damascus suburb")."""
    start, end = mention.span.start, mention.span.end
    return bool(_UNNAMED_SUBURB_AFTER.match(body, end) and _INDEFINITE_BEFORE.search(body, max(0, start - 40), start))
