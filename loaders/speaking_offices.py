"""A governorate's office as a source ("A source at Hama Governorate told SANA") is no place of the article."""

from __future__ import annotations

import re

from loaders.model import Mention
from loaders.speech_verbs import MADE_KNOWN, PUT, SAID, either

# SANA names the governor's administration after its province, with the word "Governorate" written out: a source
# works at it and it tells the agency things, which ground does not. Only the name written with the noun counts:
# "sources in Hama said" is the province.
_OFFICE_NAME = re.compile(r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2}\s(?:Governorate|Governorate\s[Cc]ouncil)")
_SOURCE_AT = re.compile(r"\bsources?\s{1,3}at\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
# A preposition before the name makes it ground, whatever verb follows: "sources in Hama Governorate said"
_GROUND_BEFORE = re.compile(r"\b(?:in|at|from|of|near|across|around|throughout|to)\s{1,3}(?:the\s{1,3})?$", re.I)
_SPEAKS_AFTER = re.compile(rf"\s{{1,3}}(?:has\s{{1,3}})?(?:{either(*SAID, *PUT, *MADE_KNOWN)})\b")
# How far before the name "a source at the" is looked for
_REACH = 24


def without_speaking_offices(body: str, found: list[Mention]) -> list[Mention]:
    """The mentions without a governorate's name used as its office: the source's workplace, or a speaker."""
    return [m for m in found if m.kind != "place" or not _an_office(body, m)]


def _an_office(body: str, m: Mention) -> bool:
    """Whether the mention is "<Name> Governorate" after "a source at" or before a verb of saying."""
    if not _OFFICE_NAME.fullmatch(body, m.span.start, m.span.end):
        return False
    before = _SOURCE_AT.search(body, max(0, m.span.start - _REACH), m.span.start)
    if before is not None:
        return True
    ground = _GROUND_BEFORE.search(body, max(0, m.span.start - _REACH), m.span.start)
    return ground is None and _SPEAKS_AFTER.match(body, m.span.end) is not None
