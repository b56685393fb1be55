"""Names placed by a bearing: a name the gazetteer lacks, followed by "east of", "north-west of" and the like, is
located against another place, which only places are (sixteenth session; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.local_entities import PLACE_NAME

# "Qabun east of the Syrian capital", "Kafr Zeita north-west of Hama", "Khanaser some 60 km southeast of Aleppo".
_BEARING = (
    r"\s+(?:(?:some|about|around|roughly|nearly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\b"
)
_NAMED_BY_BEARING = re.compile(rf"(?<![\w-])(?P<name>{PLACE_NAME})(?={_BEARING})")
_FOLLOWED_BY_BEARING = re.compile(_BEARING)
# A capitalised word right before the name makes it the tail of a longer name ("the Free Syrian Army east of").
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def named_by_bearing(text: str) -> list[tuple[int, int]]:
    """Where in text a name stands right before a bearing, no capitalised word before it."""
    return [
        match.span("name")
        for match in _NAMED_BY_BEARING.finditer(text)
        if not _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start())
    ]


def followed_by_bearing(body: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a bearing ("... east of")."""
    return _FOLLOWED_BY_BEARING.match(body, end) is not None
