"""Triggers kept by their object: a bare 'took' takes ground, 'withdrew from' no country, 'surrounded' a place."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.engagement_triggers import TAKEN_GROUND, TOOK
from loaders.model import Mention
from loaders.state_media_gains import state_media_gain, taken_at_end
from loaders.the_hit import CIVILIAN_WORDS

_TOOK_ONLY = re.compile(TOOK, re.IGNORECASE)
_BY_SURPRISE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?by\s+surprise\b", re.IGNORECASE)
# "took Aleppo residents to shelters": the place names whose people were taken, not the ground
_ITS_PEOPLE = re.compile(rf"\s+(?:{CIVILIAN_WORDS}|people|citizens|civilians|officials|reporters|delegates)\b", re.I)
# "took Hama's governor hostage": people taken captive, two words on at most (not "took Mosul and 300 prisoners")
_TAKEN_CAPTIVE = re.compile(
    r"(?:['’]s)?(?:\s+(?!and\b|with\b|along\b)[\w-]+){0,2}?\s+(?:hostages?|captives?|prisoners?)\b", re.IGNORECASE
)
_TAKEN_GROUND_AFTER = re.compile(rf"\s+(?:back\s+)?{TAKEN_GROUND}", re.IGNORECASE)


def takes_ground(text: str, base: int, match: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a trigger is no bare "took", or takes ground: a kind of ground or a place named ("took Ramussa")."""
    if not _TOOK_ONLY.fullmatch(match.group(0)) or _TAKEN_GROUND_AFTER.match(text, match.end()):
        return True
    if taken_at_end(text, match) and state_media_gain(text, match):
        return True  # "SANA said the village of Tal Antar was taken": the ground is the subject (`state_media_gains`)
    named = re.compile(r"\s+(?:back\s+)?").match(text, match.end())
    at = base + (named.end() if named else match.end())
    return any(
        m.kind == "place"
        and m.span.start == at
        and not _BY_SURPRISE.match(text, m.span.end - base)
        and not _ITS_PEOPLE.match(text, m.span.end - base)
        and not _TAKEN_CAPTIVE.match(text, m.span.end - base)
        for m in mentions
    )


_WITHDREW_FROM = re.compile(r"withdr\w+\s+from", re.IGNORECASE)


def leaves_a_country(
    text: str, base: int, match: re.Match[str], mentions: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether a trigger is a withdrawal from a whole country ("Russia began withdrawing from Syria"): a state
    leaving a war, no ground handed to anyone."""
    if not _WITHDREW_FROM.fullmatch(match.group(0)):
        return False
    after = re.compile(r"\s+(?:the\s+)?").match(text, match.end())
    at = base + (after.end() if after else match.end())
    return any(m.kind == "place" and m.span.start == at and classes.get(m.key) == "Country" for m in mentions)


_SURROUNDED_GAP = re.compile(
    # "Kafraya, which is surrounded": the relative clause most often follows a comma
    r"(?:\s+|,\s+which\s+|\s+(?:which|that)\s+)(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:now\s+|still\s+)?$",
    re.IGNORECASE,
)


def surrounds_a_place(text: str, base: int, match: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a trigger is no "surrounded", or one of a place named just before ("Kafraya which is surrounded by
    rebels"); "the plane was surrounded by troops" is no siege."""
    if match.group(0).lower() != "surrounded":
        return True
    return any(
        m.kind == "place" and _SURROUNDED_GAP.fullmatch(text, m.span.end - base, match.start())
        for m in mentions
        if m.span.end - base <= match.start()
    )
