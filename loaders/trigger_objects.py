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


# The active "surrounded": its object a place named, perhaps after its kind ("surrounded the rebel-held town of
# Kobani", "have surrounded Zabadani"), and an armed side its subject, named in its clause before it (not "hills
# surrounded the town", "police surrounded the building"; thirty-third session, vocab33, written-sentence probe).
_SURROUNDED_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:(?:[\w-]+-held|rebel|opposition|government|regime|besieged|strategic|key|northern|southern|"
    r"eastern|western|central)\s+){0,2}(?:(?:towns?|city|villages?|districts?|neighbou?rhoods?|suburbs?|enclaves?|"
    r"camps?|areas?)\s+of\s+)?",
    re.IGNORECASE,
)
_SUBJECT_GAP = r"\s+(?:(?:have|had|has|also|then|quickly|almost|nearly|reportedly)\s+){0,2}"
_SIDE_BEFORE = re.compile(
    rf"\b(?:forces|troops|fighters|rebels|militants|jihadists|insurgents|militias?|militiamen|soldiers|army){_SUBJECT_GAP}$",
    re.IGNORECASE,
)
_AFTER_ACTOR = re.compile(_SUBJECT_GAP, re.IGNORECASE)
# The passive's "by", whatever blanks stand before it ("which is surrounded  by rebels": two blanks; reread33)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


def surrounds_a_place(text: str, base: int, match: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a trigger is no "surrounded", or one of a place named just before ("Kafraya which is surrounded by
    rebels") or, in the active voice, a place named after it by an armed side named before it; "the plane was
    surrounded by troops" is no siege."""
    if match.group(0).lower() != "surrounded":
        return True
    if not _BY_AFTER.match(text, match.end()):
        gap = _SURROUNDED_OBJECT.match(text, match.end())
        at = base + (gap.end() if gap else match.end())
        return any(m.kind == "place" and m.span.start == at for m in mentions) and (
            _SIDE_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
            or any(
                m.kind == "actor" and _AFTER_ACTOR.fullmatch(text, m.span.end - base, match.start()) for m in mentions
            )
        )
    return any(
        m.kind == "place" and _SURROUNDED_GAP.fullmatch(text, m.span.end - base, match.start())
        for m in mentions
        if m.span.end - base <= match.start()
    )
