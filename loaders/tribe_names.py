"""Tribes named as places: a name the article gives a tribe or a clan is the tribe's, not a local place, unless a
noun of land follows it ("the al-Sheitaat area" is the tribe's lands, a place).

Deir Ezzor's news names tribes by an article word like a village's ("al-Sheitaat", "al-Baggara") and then uses the
name alone ("gunmen from al-Sheitaat", "al-Sheitaat fighters"): read as a locative it minted a local place. Where a
land noun follows ("the storming of the al-Sheitaat area", "al-Sheitaat villages") the name says where, and the place
stays (twentieth session, helper places7; the land-noun form twenty-first session, helper outplace7).
"""

from __future__ import annotations

import re

from loaders.model import Mention

# "the al-Sheitaat tribe", "the Baggara tribes", "the Aqidat clan", "al-Sheitaat tribesmen", "the Shaitat tribal ..."
TRIBE_NAMED = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\s+(?:tribes?|clans?|tribesmen|tribal)\b"
)
# A noun of land after the name: the tribe's lands are a place.
_LAND_AFTER = re.compile(
    r"\s+(?:area|areas|lands?|villages?|towns?|countryside|region|territory|territories|desert|plains?)\b",
    re.IGNORECASE,
)


def without_tribes_as_places(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Without the local places that are the name the article gives a tribe or a clan, but for those a land noun
    follows ("al-Sheitaat villages")."""
    tribes = {match["name"] for match in TRIBE_NAMED.finditer(body)}
    if not tribes:
        return per_sentence
    return [[m for m in found if not _tribe_named(body, m, tribes)] for found in per_sentence]


def _tribe_named(body: str, mention: Mention, tribes: set[str]) -> bool:
    """Whether a local place mention is a tribe's name, with no land noun after it."""
    if mention.kind != "place" or mention.linked or body[mention.span.start : mention.span.end] not in tribes:
        return False
    return _LAND_AFTER.match(body, mention.span.end) is None
