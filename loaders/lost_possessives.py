"""A town referred back to by its possessive, the apostrophe lost: "the towns market place", "the citys outskirts"."""

from __future__ import annotations

import re

# FA-KES dropped its apostrophes, so "the town's market place" reads "the towns market place": one town referred back
# to, as "the town" is, not a plural. "citys" is no plural; "towns" and "villages" are read as the possessive only
# before a part or the people of a settlement (not "the towns of ...", "the villages were taken").
_LOST_POSSESSIVE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?P<city>city)s\s+(?=[a-z])|(?P<noun>town|village)s\s+(?="
    r"(?:market(?:\s*place)?s?|mosques?|streets?|square|residents|inhabitants|people|civilians|outskirts|centre|"
    r"center|main|edges?|entrances?|hospitals?|schools?|airport|neighbou?rhoods?|(?:north|south|east|west)(?:ern)?)\b))"
)


def lost_possessive(text: str) -> str | None:
    """The settlement noun ("city", "town", "village") a possessive without its apostrophe refers back with."""
    found = _LOST_POSSESSIVE.search(text)
    if found is None:
        return None
    return found.group("city") or found.group("noun")
