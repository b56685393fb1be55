"""The gazetteer's mentions of a sentence, without the names that are part of another name or only describe one."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.name_words import LANDMARK_NOUN, TITLE_WORDS
from loaders.nearest_actors import GENERIC_GROUPS
from loaders.report_places import country_of


def gazetteer_mentions(body: str, span: Span, gazetteer: Gazetteer) -> list[Mention]:
    """The gazetteer's mentions in a sentence, without the names that are part of something else."""
    # "the Britain-based monitor", "the Observatory based in Britain": where a body sits, not Britain acting; a
    # place after "based in" stays a place of the article ("a charity based in Germany"), never an engagement's.
    found = [
        m
        for m in gazetteer.find(body, span)
        if not _BASED.match(body, m.span.end)
        and not (BASED_IN.search(body, max(0, m.span.start - 20), m.span.start) and m.kind == "actor")
        and not _in_operation_name(body, m)
        and not _SIDE_OF_COUNTRY_BEFORE_PLACE.match(body, m.span.start)
        and not _part_of_another_name(body, m, gazetteer)
        and not (m.kind == "actor" and _BANNED_IN.search(body, max(0, m.span.start - 60), m.span.start))
        # "anti-Assad rebels", "anti-regime protests": who is opposed is not acting
        and not (m.kind == "actor" and _ANTI.search(body, max(0, m.span.start - 5), m.span.start))
    ]
    return _without_descriptors(body, found, gazetteer)


_BASED = re.compile(r"-based\b", re.IGNORECASE)
# Operations named after places: "Euphrates Shield", "Rage of Euphrates", "Operation Olive Branch".
_OPERATION_AFTER = re.compile(r"[\"”’']?\s+(?:Shield|Storm|Wrath|Dawn|Volcano|Anger|Fury|Sword|Branch|Rage|Victory)\b")
_OPERATION_BEFORE = re.compile(
    r"(?:\b(?:Rage|Wrath|Shield|Dawn|Storm|Fury|Sword|Battle|Liberation|Victory)\s+of\s+(?:the\s+)?|"
    r"\b[Oo]peration\s+(?:dubbed\s+|named\s+|called\s+|code-?named\s+)?[\"“']?)$"
)
# "western Syria's Idlib province" (FA-KES: "western Syrias Idlib"): the side of the country says where the place
# after it lies, and is no place of the news itself.
_SIDE_OF_COUNTRY_BEFORE_PLACE = re.compile(
    r"(?i:north|south|east|west|northern|southern|eastern|western|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|central)\s+Syria(?:'s|’s|s)\s+[A-Z]"
)
BASED_IN = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# "a terrorist group banned in Russia", "prohibited in many countries including Russia and the United States": where a
# group is outlawed (a wire's standing disclaimer), not the state acting.
_BANNED_IN = re.compile(
    r"\b(?:banned|outlawed|prohibited|proscribed)\s+in\s+(?:many\s+countries\s+(?:including|such\s+as)\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+(?:and\s+(?:the\s+)?)?)?$"
)
_ANTI = re.compile(r"(?i:\banti)-$")
# Between a named group and a generic word describing it: "Jaish al-Islam rebel group", "Al-Nusra Front jihadist
# rebels"; and between the kind and the name: "rebel faction Jaish al-Islam", "rebel alliance Jaysh al-Fatah".
_DESCRIPTOR_AFTER_NAME = re.compile(
    r"\s+(?:(?!(?:and|or|nor|with|against|by|to|from|of|in|on|at|the|a|an|as|than|versus|near|for|but|who|which|"
    r"that|said|says|told|while|after|before|when|killed|fought|attacked)\b)[a-z][\w-]*\s+)?"
)
_KIND_BEFORE_NAME = re.compile(
    r"\s+(?:group|faction|alliance|coalition|umbrella\s+group|brigade|movement|militia)\s+(?:(?:the|of)\s+)?"
)
_REGIME_AFTER = re.compile(r"\s+(?:regime|government)\b", re.IGNORECASE)
_BUILDING_AFTER = re.compile(
    rf"\s+(?:[A-Z][a-z]+\s+)?(?:{LANDMARK_NOUN}|School|University|Institute|Library|Lake|Dam|Hall)\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# Title words that are cities: before a person's name a body's ("Aleppo Police Command"), before "al-Balad" the town's.
_CITY_WORDS = frozenset("Homs Aleppo Damascus Idlib Raqqa Hama Daraa".split())  # noqa: SIM905
# Words of function a title-case headline capitalises: "Militants Flee To Al-Balad", "Message From Al-Assad" name no
# longer name ending in the article's word (nineteenth session, helper review5).
_HEADLINE_WORDS = frozenset("To For From In On At Near Into Of And Or Towards Toward Via With By As Against".split())  # noqa: SIM905


def _without_descriptors(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Drop "rebels" that only describe a group named beside them: "the Jaish al-Islam rebel group", "the Saudi-backed
    rebel faction Jaish al-Islam", "Al-Nusra Front jihadist rebels" (the group acts, not the rebels at large)."""
    named = [
        m
        for m in found
        if m.key in gazetteer and gazetteer.get(m.key).cls == "NonStateArmedGroup" and m.key not in GENERIC_GROUPS
    ]
    kept = []
    for m in found:
        if m.key in GENERIC_GROUPS and any(_describes(body, m, other) for other in named):
            continue
        kept.append(m)
    return kept


def _describes(body: str, generic: Mention, other: Mention) -> bool:
    """Whether a generic group word stands right after a named group or, as its kind, right before it."""
    if other.span.end <= generic.span.start:
        return bool(_DESCRIPTOR_AFTER_NAME.fullmatch(body, other.span.end, generic.span.start))
    return bool(
        generic.span.end <= other.span.start and _KIND_BEFORE_NAME.fullmatch(body, generic.span.end, other.span.start)
    )


def _part_of_another_name(body: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a person's name is part of another name: "the Bashar al-Assad regime" (the regime's), "Doctor Ibrahim
    al-Assad" (another man), "the Al Assad Military Academy" (a building); or a town abroad is: "Tafas al-Balad"."""
    if mention.key not in gazetteer:
        return False
    entity = gazetteer.get(mention.key)
    if mention.kind == "place" and entity.cls == "Settlement" and not gazetteer.in_syria(mention.key):
        # "Tafas al-Balad", "Sada al-Balad": an article word after a name says which part of it ("al-Balad", the
        # town proper) or ends an outlet's name; a town abroad is never named so, glued to a name before it
        glued = _opened_by_article_after_a_name(body, mention, TITLE_WORDS - _CITY_WORDS)
        return glued and not _listed_with_a_neighbour(body, mention, gazetteer)
    if mention.kind != "actor" or entity.cls != "Person":
        return False
    if _REGIME_AFTER.match(body, mention.span.end) or _BUILDING_AFTER.match(body, mention.span.end):
        return True
    # only a family name opened by its article: in comma-less text a bare "Obama" may follow any word
    return _opened_by_article_after_a_name(body, mention, TITLE_WORDS)


def _listed_with_a_neighbour(body: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the word before a town abroad names a place of the same country: a list whose comma was lost
    ("Baghdad al-Balad and Samarra"), not one name (nineteenth session, helper review5)."""
    before = _WORD_BEFORE.search(body, max(0, mention.span.start - 30), mention.span.start)
    entity = gazetteer.lookup(before.group(1), "place") if before else None
    country = country_of(mention.key, gazetteer)
    return entity is not None and country is not None and country_of(entity.key, gazetteer) == country


def _opened_by_article_after_a_name(body: str, mention: Mention, titles: frozenset[str]) -> bool:
    """Whether a mention is one word its article opens, right after a capitalised word that is no title and no
    sentence's first word ("Ibrahim al-Assad", "Tafas al-Balad")."""
    text = body[mention.span.start : mention.span.end]
    before = _WORD_BEFORE.search(body, max(0, mention.span.start - 30), mention.span.start)
    return bool(
        re.fullmatch(r"(?:al|el|Al|El)[- ]\w+", text)
        and before is not None
        and before.group(1)[0].isupper()
        and before.group(1) not in titles
        and before.group(1) not in _HEADLINE_WORDS
        and not re.search(r"(?:^|[.!?]\s*)$", body[max(0, before.start(1) - 3) : before.start(1)])
    )


def _in_operation_name(body: str, mention: Mention) -> bool:
    """Whether a place name is part of an operation's name ("Euphrates Shield", "Rage of Euphrates")."""
    if mention.kind != "place":
        return False
    before = body[max(0, mention.span.start - 40) : mention.span.start]
    return bool(_OPERATION_AFTER.match(body, mention.span.end) or _OPERATION_BEFORE.search(before))


# A newspaper's noun after a place's name makes the two an outlet's name: "The Wall Street Journal quoting officials",
# "the Jerusalem Post", "the Gulf Times" (placefp30); capitalised, as a title is written
_OUTLET_AFTER = re.compile(r"\s{1,3}(?:Journal|Post|Times(?!\s+Square)|Herald|Tribune|Gazette|Chronicle|Telegraph)\b")


def without_outlet_names(body: str, found: list[Mention]) -> list[Mention]:
    """The mentions without the places named only as the first words of a newspaper's name."""
    return [m for m in found if m.kind != "place" or not _OUTLET_AFTER.match(body, m.span.end)]
