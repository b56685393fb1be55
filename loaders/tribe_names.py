"""Tribes named as places: a name the article gives a tribe or clan is no local place (twentieth session, helper
places7; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.model import Mention

# "the al-Sheitaat tribe", "the Baggara tribes", "the Aqidat clan", "al-Sheitaat tribesmen", "the Shaitat tribal areas"
TRIBE_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\s+(?:tribes?|clans?|tribesmen|tribal)\b"
)


def without_tribes_as_places(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Without the local places named as the article names a tribe or a clan ("al-Sheitaat towns" after "the
    al-Sheitaat tribe")."""
    tribes = {match["name"] for match in TRIBE_NAMED.finditer(body)}
    if not tribes:
        return per_sentence
    return [
        [m for m in found if not (m.kind == "place" and not m.linked and body[m.span.start : m.span.end] in tribes)]
        for found in per_sentence
    ]
