"""Persons' names that read as villages: a one-word village name that the article uses for a person (docs/extraction.md,
"Mentions", fifteenth session)."""

from __future__ import annotations

import re

from loaders import namesakes
from loaders.aliases import fold
from loaders.gazetteer import Gazetteer
from loaders.mention_context import ACTOR_VERBS, LOCATIVES
from loaders.model import Mention, overlapping
from loaders.name_words import PLACE_KIND
from loaders.speech_verbs import PUT, SAID, either
from loaders.unlinked_names import GIVEN_NAMES

# What follows a person, never a place: a relative pronoun of persons ("Omar Tarif who headed the branch", with or
# without FA-KES's lost comma), or a verb of saying ("Tarif said", "Tarif had also told"). Not "whose", which places
# take too ("Tarif whose residents fled").
_RELATIVE_AFTER = re.compile(r"(?:\s*,)?\s+(?:who|whom)\b")
_SAYING_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|later|then|further)\s+){0,2}"
    rf"(?:{either(*SAID, *PUT, 'tells', 'adds', 'explained', 'noted')})\b"
)
_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")
_LIST_BEFORE = re.compile(r",?\s+(?:and|or)\s+$|,\s+$")
# Verbs whose object is ground taken or hit ("jets struck Tarif", "forces stormed Tarif"), and the kind of place or
# the list of places a name stands in ("Tarif village", "Tarif and Binnish"): a village even where a person of the
# article bears its name
_GROUND_VERBS = frozenset(
    """hit hits struck strikes stormed storm shelled shell shells bombed bomb pounded pounding targeted attacked raided
    entered captured recaptured seized overran besieged took retook liberated reached""".split()  # noqa: SIM905
)
KIND_AFTER = re.compile(r"\s+(?:village|town|city|area|countryside|district|neighbou?rhood|suburb|outskirts)\b")
_LIST_AFTER = re.compile(r",?\s+(?:and|or)\s+|,\s+")
# "according to" attributes: its "to" governs a speaker, never a place
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# A place's people after its name ("Abu Hassan residents"), and a kind of place before a verb of naming ("the area
# known as Abu Hassan", "a village called Abu Hassan"): the name is the place's, whatever verb comes before
# (twentieth session, helper review7)
_INHABITANTS_AFTER = re.compile(r"\s+(?:residents|inhabitants|villagers|townspeople|locals|natives)\b", re.IGNORECASE)
# A kind of place in apposition, its noun closing the phrase ("Abu Hassan, a village at the head of the valley", "called
# Abu Hassan a stronghold of the regime"): not "a camp commander", whose kind word describes a person
_PLACE_APPOSITION_AFTER = re.compile(
    rf",?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{PLACE_KIND}|villages|towns|city|hamlet|stronghold|bastion)"
    r"(?=\s*[,.;:]|\s+(?:of|in|at|on|near|by|west|east|north|south|that|which|where|whose|was|is|has|had|held)\b)",
    re.IGNORECASE,
)
_PLACE_NAMED_BEFORE = re.compile(
    rf"\b(?:{PLACE_KIND}|villages|towns|areas|city|cities|region|hamlets?)\s+(?:(?:is|was|are|were|locally|also)\s+)?"
    r"(?:named|called|dubbed|nicknamed|known\s+as)\s+$",
    re.IGNORECASE,
)


def village_reading(found: list[Mention], start: int, end: int, body: str, gazetteer: Gazetteer) -> Mention | None:
    """The place mention that reads exactly body[start:end] as a village a person's name may be, else None."""
    # "Hassan said" after "Ahmad Hassan" is no village; "shelling on Hassan", "jets struck Hassan", "Hassan village",
    # "Hassan and Binnish" may be: a locative or a verb of hitting governs it, or its kind or a list places it
    hits = overlapping(found, start, end)
    if len(hits) != 1 or hits[0].kind != "place" or (hits[0].span.start, hits[0].span.end) != (start, end):
        return None
    if hits[0].linked and namesakes.well_known(gazetteer.get(hits[0].key)):
        return None  # a known town keeps its name: persons are rarely called so, and never in its news
    if re.search(r"\s", body[start:end]):
        return None  # a name of two words is a place's name
    return None if _told_as_ground(found, hits[0], body) else hits[0]


def _told_as_ground(found: list[Mention], place: Mention, body: str) -> bool:
    """Whether a place mention is told as ground: governed by a locative (not "according to") or a verb of hitting,
    named after a kind of place, followed by its kind, its inhabitants or a kind of place in apposition, or standing
    in a list of places."""
    start, end = place.span.start, place.span.end
    word = _WORD_BEFORE.search(body, max(0, start - 30), start)
    governed = word and (fold(word.group(1)) in LOCATIVES or word.group(1).lower() in _GROUND_VERBS)
    if governed and not _ACCORDING_TO.search(body, max(0, start - 20), start):
        return True
    return bool(
        _PLACE_NAMED_BEFORE.search(body, max(0, start - 40), start)
        or KIND_AFTER.match(body, end)
        or _INHABITANTS_AFTER.match(body, end)
        or _PLACE_APPOSITION_AFTER.match(body, end)
        or _listed(found, place, body)
    )


def _listed(found: list[Mention], place: Mention, body: str) -> bool:
    """Whether another place mention stands next to this one in a list ("Hassan and Binnish", "Binnish, Hassan")."""
    before = _LIST_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
    after = _LIST_AFTER.match(body, place.span.end)
    return any(
        m.kind == "place"
        and m is not place
        and ((before and m.span.end == before.start()) or (after and m.span.start == after.end()))
        for m in found
    )


# A kunya, "Abu" or "Umm" and a given name ("Abu Hassan", "Umm Ali"), is how the news names a fighter or a commander;
# a few villages are called so too. Told as a man's name it is no place (twentieth session, helper places7): a verb
# done to persons or a title before it ("killed Abu Hassan", "the commander Abu Omar", "led by Abu Omar"), a role in
# apposition ("Abu Hassan a Nusra leader") or a person's fate after it ("Abu Hassan was killed").
_KUNYA = re.compile(r"(?:Abu|Abou|Umm?)\s+(?P<given>[A-Z][a-z]+)")
_PERSON_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|assassinated|assassinating|executed|executing|arrested|detained|kidnapped|abducted|"
    r"wounded|injured|beheaded|eliminated|(?:led|headed|commanded)\s+by|commander|leader|emir|chief|spokesman|"
    r"official|cleric|preacher|militant|fighter|terrorist|named|called|dubbed|nicknamed|known\s+as)\s+$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r",?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:leader|commander|emir|official|spokesman|member|fighter|militant|"
    r"chief|head|cleric|preacher|judge)s?\b|(?:was|were|is|has\s+been|had\s+been)\s+(?:killed|arrested|executed|"
    r"assassinated|wounded|injured|detained|kidnapped|abducted|beheaded)\b)"
)


# A kunya's name of any given word is a man's where the text plainly says so (thirty-third session, helper placegaps33):
# a title noun right before it ("IS fighter Abu Talha"), a role in apposition ("Abu Hajar, a rebel commander,") or a
# nisba after it ("Abu Talha al-Almani"); a village's "al-Gharbi" or "al-Tahtani" is its side, no nisba
# (capitalised too, as a title opening a sentence or a line is, "Commander Abu Hajar said", and any blank between,
# a line break as well; up to three, as before; blanks33)
_TITLE_BEFORE = re.compile(
    r"\b(?:[Cc]ommander|[Ll]eader|[Ee]mir|[Cc]hief|[Ss]pokesman|[Cc]leric|[Pp]reacher|[Mm]ilitant|[Ff]ighter|"
    r"[Jj]ihadist)\s{1,3}$"
)
_NISBA_AFTER = re.compile(
    # ("Al-Almani" too, as Al-Masdar and others write the article; reread33b)
    r"[ \t]{1,3}(?:[Aa]l|[Ee]l)-"
    r"(?!(?:Gharbi|Sharqi|Shamali|Shimali|Janubi|Qibli|Tahtani|Fawqani|Foqani|Fouqani|Wastani)\b)"
    r"(?P<nisba>[A-Z][a-z]+i)\b"
)


def kunya_reading(found: list[Mention], place: Mention, body: str, gazetteer: Gazetteer) -> bool:
    """Whether a place mention that reads a kunya ("Abu Hassan") is told as a man's name, not a village's."""
    kunya = _KUNYA.fullmatch(body, place.span.start, place.span.end)
    if not kunya:
        return False
    if not gazetteer.stoplisted(kunya["given"]) and not (
        _TITLE_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
        or _PERSON_AFTER.match(body, place.span.end)
        or _NISBA_AFTER.match(body, place.span.end)
    ):
        return False
    if place.linked and namesakes.well_known(gazetteer.get(place.key)):
        return False  # "Abu Kamal": the town keeps its name
    if _told_as_ground(found, place, body):
        return False  # "in Abu Hassan", "jets struck Abu Hassan", "killed Abu Hassan residents": the village
    return bool(
        _PERSON_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
        or _TITLE_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
        or _PERSON_AFTER.match(body, place.span.end)
        or _RELATIVE_AFTER.match(body, place.span.end)
        or _SAYING_AFTER.match(body, place.span.end)
        or _NISBA_AFTER.match(body, place.span.end)
    )


def without_persons_as_villages(
    body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Without the one-word villages that "who", "whom" or a verb of saying after them make persons' names, and the
    kunyas told as men's names."""
    out = []
    for found in per_sentence:
        persons = [
            m
            for m in found
            if m.kind == "place"
            and (
                _RELATIVE_AFTER.match(body, m.span.end)
                or (_SAYING_AFTER.match(body, m.span.end) and _subject(body, m, found))
            )
            and village_reading(found, m.span.start, m.span.end, body, gazetteer) is m
        ]
        persons += [
            m
            for m in found
            if m.kind == "place"
            and m not in persons
            and (kunya_reading(found, m, body, gazetteer) or _surname_of(found, m, body))
        ]
        # "Abu Talha al-Almani": the nisba after a man's kunya is his name's too, no place
        nisbas = [n for m in persons if (n := _NISBA_AFTER.match(body, m.span.end))]
        persons += [
            m
            for m in found
            if m.kind == "place" and not m.linked and any(n.start("nisba") <= m.span.start < n.end() for n in nisbas)
        ]
        out.append([m for m in found if m not in persons] if persons else found)
    surnames = {body[m.span.start : m.span.end] for found in per_sentence for m in found if _surname_of(found, m, body)}
    if not surnames:
        return out
    return [[m for m in found if not _surname_again(found, m, body, surnames, gazetteer)] for found in out]


# A relation of a person before "of" ("a colleague of Harah", "the family of Tarif"): the "of" names whose, not where
_RELATION_OF = re.compile(
    r"\b(?:colleagues?|friends?|sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|family|relatives|"
    r"cousins?|uncle|nephew|widow|lawyer|body|funeral)\s+of\s+$",
    re.IGNORECASE,
)


def _surname_again(found: list[Mention], m: Mention, body: str, surnames: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a place mention repeats a word the article gave as a man's surname ("Khaled Harah ... a colleague of
    Harah"), not told as ground: the news names a man by his surname once it has named him in full (placefp32)."""
    if m.kind != "place" or body[m.span.start : m.span.end] not in surnames:
        return False
    if m.linked and namesakes.well_known(gazetteer.get(m.key)):
        return False  # a known town keeps its name, as in village_reading
    if _RELATION_OF.search(body, max(0, m.span.start - 30), m.span.start):
        return True
    return not _told_as_ground(found, m, body)


def _subject(body: str, place: Mention, found: list[Mention]) -> bool:
    """Whether the word can be the subject of the verb of saying after it."""
    # no verb governs it, nor is it the last of a list of places, as where FA-KES lost the comma before an inverted
    # attribution ("Rebels captured Tarif said the Observatory", "Jets struck Hama and Tarif said activists")
    word = _WORD_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
    if word and (fold(word.group(1)) in ACTOR_VERBS or word.group(1).lower().endswith("ed")):
        return False
    listed = _LIST_BEFORE.search(body, max(0, place.span.start - 30), place.span.start)
    return not (listed and any(m.kind == "place" and m.span.end == listed.start() for m in found))


# A man's given name or a kunya right before a one-word name ("Khaled Harah had recovered", "Abu Abdelrahman Salqeen
# leader of"): "Given Surname" is how the news names a man, and a family name or a nisba is often a town's (placefp31)
_GIVEN_BEFORE = re.compile(r"(?<![\w-])(?:(?:Abu|Abou|Umm?)\s+[A-Z][a-z]+|(?P<given>[A-Z][a-z]+)) $")


def _surname_of(found: list[Mention], place: Mention, body: str) -> bool:
    """Whether a one-word place mention is a man's surname: a given name or a kunya, in no other mention, right
    before it, and nothing that tells it as ground."""
    start = place.span.start
    given = _GIVEN_BEFORE.search(body, max(0, start - 30), start)
    if not given or (given["given"] and given["given"] not in GIVEN_NAMES):
        return False
    if re.search(r"[\s-]", body[start : place.span.end]) or overlapping(found, given.start(), given.end() - 1):
        return False
    return not _told_as_ground(found, place, body)
