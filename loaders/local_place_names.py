"""Local place names: the patterns of the quarters, villages, natural features and landmarks an article names that
the gazetteer lacks, which `local_entities` mints, and the tests of such a name."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.name_words import (
    LANDMARK_NOUN,
    NAME_WORD,
    NAMED_FOR,
    NOT_PLACE_NAMES,
    PLACE_KIND,
    PLACE_NAME,
    SET_OFF_SPACED_ARTICLE,
    TITLE_WORDS,
)
from loaders.namesakes import FAR_POPULATION
from loaders.place_lists import OPENERS

# The kind before the name: "the village of Kafr Zita", "the district of Tariq al-Bab".
PLACE_OF = re.compile(
    rf"\b(?:village|town|city|district|neighbou?rhood|area|suburb|hamlet)\s+of\s+(?P<name>{PLACE_NAME})"
)
# Kinds the annotators leave out of the name: "the Bab al-Salama crossing" is Bab al-Salama, "in Baar al-Fawaerah
# region" Baar al-Fawaerah (thirteenth session).
_NAMED_BEFORE_ONLY = r"(?:(?:border\s+)?crossing|region)"
# The name before the noun: "the Zubdiya neighbourhood", "the Naba al-Fawwar area", "the Yarmouk camp"; without
# the article after a preposition or a verb of hitting ("shells fell in al-Adawi neighborhood", "targeted Jarez
# village"), as news agencies write it.
PLACE_BEFORE = re.compile(
    # "the eastern Maadi neighbourhood", "the southern Al-Ferdous district": a side of the city may come first, or
    # any word that describes the quarter, "the battered Baba Amr district" (fifteenth session)
    # who lives in it or holds it, a people's or a party's compound, may stand last: "the mainly Kurdish-populated
    # Sheikh Maqsood neighbourhood", "the Kurdish-majority Ashrafiyeh district"; "through", "across", "inside" and
    # "around" lead a name as "in" does ("fled through Hanano area"; both twenty-seventh session)
    r"(?:\b[Tt]he(?:\s+[a-z]+(?:-[a-z]+)?)?(?:\s+[A-Z][a-z]+-(?:populated|majority|held|controlled|dominated|inhabited))?"
    r"|\b(?:in|at|on|into|from|near|of|through|across|inside|around|targeted|hit|shelled|stormed|bombed|"
    r"struck|attacked|pounded|raided|entered|towards?))\s+"
    rf"(?P<name>{PLACE_NAME})\s+(?:{PLACE_KIND}|{_NAMED_BEFORE_ONLY})\b"
)
# The second of two places, each named with its kind: "mortar attacks on al-Sqeilbiyeh city and al-Jaberiyeh village"
# (a plural noun closes a list, which `place_lists` splits).
PLACE_AFTER_AND = re.compile(
    rf"\band\s+(?P<name>{PLACE_NAME})\s+(?:neighbou?rhood|district|[Qq]uarter|village|town|suburb|camp|area)\b"
)
# A name with its kind in apposition after a preposition, the comma FA-KES dropped: "in Zahraa a district inhabited by
# Alawites", "near Kafr Zita a town in Hama".
PLACE_APPOSITION = re.compile(
    rf"\b(?:in|at|on|into|near|from|targeted|hit|shelled|stormed|bombed|struck|attacked|pounded|raided|entered)\s+"
    rf"(?P<name>{PLACE_NAME})[\"”]?\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:neighbou?rhood|district|quarter|village|town|suburb)\b"
)
# A quarter or village that opens its sentence, named with its Arabic article and its kind: "Al-Jaberiyeh neighborhood
# was also targeted by the shelling" (twenty-ninth session, merge29). No preposition leads it as `PLACE_BEFORE` asks;
# the article and the noun say place (matched at the sentence's start only).
OPENING_PLACE = re.compile(
    rf"(?=(?:[Aa]l|[Ee]l)-)(?P<name>{PLACE_NAME})\s+(?:neighbou?rhood|district|[Qq]uarter|village|suburb|camp)\b"
)
# Nouns a sea's name describes as an adjective, naming no sea (twentieth session): a port, a settlement or a country
# by the sea, or a fleet sailing it or the naval base it keeps there (helper review7: "Russia's Mediterranean naval
# base at Tartus").
SEA_DESCRIBED = (
    r"(?:port|city|cities|town|coastal|province|country|countries|nation|state|island|resort|fleet|squadron|naval|"
    r"navy|navies|base|facility|facilities)s?\b"
)
# A named natural or farmed feature: "al-Mallah Farms", "the Abu Kala dam", "al-Qadahat valley", "Mount Hermon", "the
# Balikh River".
FEATURE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:al|el|Al|El)[- ])?[A-Z][a-z]+(?:\s+(?:(?:al|el)-)?[A-Z][a-z]+)?\s+"
    r"(?:[Ff]arms|[Dd]am|[Vv]alley|[Pp]lain|[Hh]ills|[Mm]ountains|[Rr]iver|[Ll]ake)"
    # "Mount Abdul Aziz": a compound Arabic name is two words
    r"|Mount\s+(?:(?:Abdul|Abdel|Abd|Abu|Ibn|Bin)\s+)?[A-Z][a-z]+"
    # a mountain or upland named in Arabic: "Jabal Akrad", "Jebel al-Zawiya" (thirteenth session)
    # and one named for a person or a tribe carries the name whole ("Jabal Abu Rakan", `name_words.NAMED_FOR`)
    rf"|J[ae]b[ae]l\s+(?:{NAMED_FOR}\s+(?=[A-Z]))?(?:(?:al|el|Al|El)-)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?![\w-])"
    # a sea, its coast or coastline: "the Caspian Sea", "the Mediterranean coastline"; not the sea's adjective
    # before the noun it describes ("the Mediterranean port city of Latakia", "Russia's Mediterranean fleet")
    rf"|(?:[A-Z][a-z]+\s+Sea|Mediterranean(?:\s+(?:[Ss]ea|coast(?:line)?)|(?!\s+{SEA_DESCRIBED}))(?![\w-])))\b"
)
# A named landmark: a building, street, square, base or hill, with its kind after its name ("al-Quds hospital",
# "the Khulafa al-Rashideen mosque", "Kweyris military airport", "al-Kallasa Street", "Saadallah al-Jabiri Square",
# "the Artillery College", "Al Moshrefeh hill"), a numbered base ("Base 46", "Regiment 111"), or a hill named with
# Tal ("Tal Antar", "Tel Minis", "Tal al-Hawa"): a place even when no gazetteer has it.
LANDMARK_WORD = rf"(?:(?:al|el|Al|El|Bin|bin|Ibn|ibn|Abu)[- ])?(?!{LANDMARK_NOUN}\b)[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
LANDMARK = re.compile(
    rf"(?<![\w-])(?P<name>(?:{LANDMARK_WORD}\s+){{1,4}}(?:military\s+|[Gg]rand\s+)?{LANDMARK_NOUN})"
    r"(?![\w-])"
    # a numbered base, also a division's or a brigade's ("the Division 17 base", "west of the regiment 137")
    r"|(?<![\w-])(?P<base>(?:[Bb]ase|[Rr]egiment|[Dd]ivision|[Bb]rigade)\s+\d{2,3})\b"
    # a quarter named by its number of dwellings: "the 3000 Housing Project", "1070 housing project"
    r"|(?<![\w-])(?P<project>\d{3,4}\s+[Hh]ousing\s+[Pp]roject)\b"
    # "Tal al-Sheikh Hussein", "Tal Abu Hussein": a hill named for a person carries the name whole (`NAMED_FOR`)
    rf"|(?<![\w-])(?P<hill>T(?:al|el|all|ell)[- ](?:{NAMED_FOR}\s+(?=[A-Z]))?(?:(?:al|el|Al|El)[- ])?[A-Z][a-z]+"
    r"(?:-[A-Za-z][a-z]+)?)(?![\w-])"
)
# An article assimilated to its noun's first letter, as the gazetteer spells "Deir ez-Zor" (`sun_articles_raised`).
SUN_ARTICLE = re.compile(r"(?<![\w-])(?:a[dnrstz]|e[dnrstz]|ash|esh|adh)-(?=[A-Z])")


def sun_articles_raised(text: str) -> str:
    """The text with each assimilated article capitalised ("Deir Ez-Zor"), its length kept, so that a landmark's name
    may run through it: "the Deir ez-Zor military airport" is a site beside the city (twenty-fifth session, helper
    engfp25), as "the Deir Ezzor airport" was."""
    return SUN_ARTICLE.sub(lambda m: m.group(0).capitalize(), text)


# Words in TITLE_WORDS or NOT_PLACE_NAMES that belong to a landmark's name when a name word follows them.
_NAME_OPENING_ADJECTIVES = frozenset({"New", "Old"})
_CAPITALS = frozenset({"Homs", "Aleppo", "Damascus", "Idlib", "Raqqa", "Hama", "Daraa"})
# Words that say which of a city's sites of a kind is meant, after the city's name: "Aleppo Central Prison", "Homs
# National Hospital", "Damascus University Hospital" (twenty-ninth session, helper landmark29).
_SITE_ADJECTIVES = frozenset({"Central", "National", "Main", "General", "Military", "University", "International"})
# A school of the armed forces or the police, which a city has one of and the news names as a site, in either case
# ("fighting in the military academy region", "the Police Academy west of the city").
ACADEMY = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[Mm]ilitary|[Pp]olice|[Nn]aval|[Aa]ir\s+[Ff]orce)\s+(?:[Aa]cademy|[Cc]ollege))(?![\w-])"
)
# A school told as part of someone's life, not as a site: "graduated from", "studied at", "a graduate of".
SCHOOLED = re.compile(
    r"\b(?:graduat\w*\s+(?:from|of)|graduate\s+of|stud(?:ied|ying|ies)\s+at|trained\s+at|taught\s+at|"
    r"enrolled\s+(?:in|at)|attended)\s+$",
    re.IGNORECASE,
)
# Words that open such a phrase without naming the landmark ("The Hospital", "National Hospital", "Syrian airport").
_LANDMARK_STOP = frozenset(
    """The A An This That Its Their In On At Main Central National Field Military Public General Private Local
    Children Women University Medical Islamic Every Each Another Any Other Same""".split()  # noqa: SIM905
)
# A name its article opens ("al-Hamediyeh", "el-Bab", "al-Basatin-Sharqi"), and the end of a list it closes: no word,
# capital, bracket or article word runs on after it ("and al-Rashedin" closes a list, "and al-Rastan Dam" does not).
# The article's hyphen may have a space typed after it ("in al- Mleiha and al- Kharbah", the Observatory's English;
# twenty-first session, helper outlets2), read as `name_words.PLACE_NAME` reads it; an ayn inside: "al-Mu’azzarah".
AL_NAME_WORD = rf"(?:{SET_OFF_SPACED_ARTICLE}|(?:al|el|Al|El)-){NAME_WORD}(?:-[A-Za-z][a-z]+)?"
# A list of such names split into its words, an article with its typed space kept to its name.
AL_LIST_WORD = re.compile(rf"{AL_NAME_WORD}|\S+")


def list_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of a list's run text[start:end], read in the text: a spaced article looks at the words around its
    name (`name_words.SET_OFF_SPACED_ARTICLE`)."""
    return [m for m in AL_LIST_WORD.finditer(text, start, min(len(text), end + SET_OFF_CHARS)) if m.end() <= end]


# characters after a list's run that tell whether its last spaced article's name is set off
SET_OFF_CHARS = 8


def closed_up(label: str) -> str:
    """A name with the space typed after its article's hyphen taken out: "al- Kharbah" is al-Kharbah."""
    return re.sub(r"(?<=-) (?=[A-Z])", "", label)


LIST_CLOSED = r"(?![\w-])(?!\s+(?:[A-Z(]|(?:al|el)-))"
# "positioned in al-Zahraa al-Rashideen and ...", "the army advanced on al-Hamediyeh": unknown names that their
# article opens, after a word that says where (FA-KES dropped the commas of such lists).
AL_NAMES_AFTER_LOCATIVE = re.compile(
    rf"\b(?:in|at|on|near|into|towards?|targeted|shelled)\s+(?P<names>(?:{AL_NAME_WORD})(?:\s+{AL_NAME_WORD})*)(?![\w-])"
)
# A body's noun right after a name makes the name its own, a modifier, not ground: a party's, a unit's, an outlet's
# ("received at al-Baath partys building", "the so-called Deir Ezzor Airport Front", "fighters in al-Nour brigade",
# "in al-Watan newspaper"): no place, and no site (placefp31). "Front" only in capitals: "the airport front" is ground.
BODY_AFTER = re.compile(
    r"\s{1,3}(?:[Pp]art(?:y|ies)|[Mm]ovement|[Bb]rigades?|[Bb]attalions?|Front|Corps|Legion|Regiment|[Nn]ewspaper|"
    r"[Cc]hannel|[Tt]elevision|TV)(?:s|'s|’s)?(?![\w-])"
)
AL_NAME_AFTER_PLACE = re.compile(rf"\s+and\s+(?P<name>{AL_NAME_WORD}){LIST_CLOSED}")
# What follows persons or outlets, never places: a verb of saying ("al-Jaafari and al-Moallem denied", "al-Watan and
# al-Akhbar reported"), unless "said" or "added" is inverted before its speaker ("... and al-Tuyur said the
# Observatory", a lost comma), or the kin they are named for ("the al-Hassan and al-Ahmad families"); read
# after a list of names their article opens (twentieth session, helper review7)
PERSONS_AFTER_LIST = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then)\s+){0,2}(?:(?:said|says|added)\b(?!\s+(?:the|a|an)\b|\s+[A-Z])|"
    r"(?:say|told|stated|reported|denied|claimed|announced|confirmed|met)\b|famil(?:y|ies)\b|clans?\b)"
)
LAST_OF_LIST = re.compile(rf"\s+and\s+(?P<name>{PLACE_NAME})(?![\w-])(?!\s+[A-Z])")
PLAIN_NAME_WORD = re.compile(r"\s+(?!(?:al|el|Al|El)-)[A-Z][a-z]")
KIND_AFTER = re.compile(
    rf"\s*\(|\s+(?:{PLACE_KIND}|city|valley|farms|dam|plain|desert|crossing|road|highway|countryside|region)\b"
    rf"|\s+(?:military\s+)?{LANDMARK_NOUN}\b",
    re.IGNORECASE,
)
# A city's old quarter, named so in the news ("the Old City", "the devastated Old City", "the Old City of Aleppo"):
# a place of its own, the city it belongs to kept beside it. "the Old City quarter" stays a description (an earlier
# rule's test: the kind noun makes it one).
OLD_CITY = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<name>Old\s+(?:City|Town)(?:\s+of\s+[A-Z][a-z]+)?)(?![\w-])"
    r"(?!\s+(?:quarter|district|neighbou?rhood|area)\b)"
)


def list_item(name: str) -> bool:
    """Whether a name in a list of places may be one: no title or kind word, but a place-name opener is ("Sheikh
    Yassin", "Tal Hamis")."""
    words = name.split()
    if words[0].lower() in OPENERS and len(words) > 1:
        words = words[1:]
    return not any(w in TITLE_WORDS or w in NOT_PLACE_NAMES for w in words)


def stops_landmark(words: list[str]) -> bool:
    """Whether the first word of a landmark phrase is no part of its name ("the", "Central", "Syrian"); "New" or a
    city's name before a name word is ("the New Ikrima School", "the Damascus Sheraton Hotel": the city is kept beside
    the site)."""
    first = words[0]
    if first not in _LANDMARK_STOP and first not in TITLE_WORDS and first not in NOT_PLACE_NAMES:
        return False
    named = len(words) > 2 and not re.match(LANDMARK_NOUN, words[1]) and not stops_landmark(words[1:])
    if first in _CAPITALS and _kind_of_city_site(words[1:]):
        return False  # "Aleppo Central Prison": the city's name names the site (the city is kept beside it)
    return not (named and (first in _NAME_OPENING_ADJECTIVES or first in _CAPITALS))


def _kind_of_city_site(words: list[str]) -> bool:
    """Whether words are one or two of `_SITE_ADJECTIVES` and then a landmark noun ("Central Prison")."""
    adjectives = 0
    while adjectives < min(2, len(words) - 1) and words[adjectives] in _SITE_ADJECTIVES:
        adjectives += 1
    return adjectives > 0 and re.fullmatch(LANDMARK_NOUN, " ".join(words[adjectives:])) is not None


def site_of_a_town(inside: list[Mention], label: str, gazetteer: Gazetteer) -> bool:
    """Whether a site named after the towns inside its name is a place of its own: not after a country or a province
    ("Syria oil field"), nor a site the gazetteer has ("Qamishli airport", "Hmeimem airbase")."""
    return (
        all(m.kind == "place" and m.key in gazetteer and gazetteer.get(m.key).cls == "Settlement" for m in inside)
        and gazetteer.lookup(label, "place") is None
    )


def is_city(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked town of some size or a wider area, not a village or quarter."""
    if mention.kind != "place" or not mention.linked or mention.key not in gazetteer:
        return False
    entity = gazetteer.get(mention.key)
    return entity.cls != "Settlement" or entity.notable or (entity.population or 0) >= FAR_POPULATION
