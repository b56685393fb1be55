"""Names placed by a bearing or as the whole of a part: a name the gazetteer lacks, followed by "east of", "north-west
of", or after "the western parts of", "the entrances of", is located against another place or has a place's parts,
which only places are or have (sixteenth session; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.name_words import PLACE_NAME

# "Qabun east of the Syrian capital", "Kafr Zeita north-west of Hama", "Khanaser some 60 km southeast of Aleppo".
_BEARING = (
    r"\s+(?:(?:some|about|around|roughly|nearly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\b"
)
_NAMED_BY_BEARING = re.compile(rf"(?<![\w-])(?P<name>{PLACE_NAME})(?={_BEARING})")
_FOLLOWED_BY_BEARING = re.compile(_BEARING)
# Nouns of a place's parts before "of": "the western parts of Ramousiyeh", "the northern entrances of Zurvania"; the
# noun in lower case shows running prose, as a lower-case word before a locative does.
PART_OF = (
    r"(?:parts|edges|outskirts|entrances?|suburbs|countryside|vicinity|surroundings|neighbou?rhoods|districts|"
    r"outlying\s+areas)\s+of"
)
_PART_OF_BEFORE = re.compile(rf"(?<![\w-]){PART_OF}\s+$")
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


def after_a_part_noun(body: str, start: int) -> bool:
    """Whether the name starting at `start` follows a noun of a place's parts and "of" ("the parts of ...")."""
    return _PART_OF_BEFORE.search(body, max(0, start - 40), start) is not None
