"""Comma-less lists of names after a word that says where ("in", "near", "shelled"), with no noun of places after them:
cut into pieces by the shape of names (`place_lists.name_pieces`); the caller tells whether they are places."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.local_place_names import PERSONS_AFTER_LIST
from loaders.model import Span
from loaders.place_lists import NAME_RUN, Known, name_pieces
from loaders.unlinked_names import GIVEN_NAMES

# Verbs of bombardment, whose object is where the shells fell: "shelled Benin, al-Ruwayha and al-Bara" lists places as
# "in" does (twenty-second session, helper outplace8). `_located_list_pieces` still asks a place it knows among them.
# "Shelling hit Douma, Hamoriyeh and Saqba", "jets struck Hama, Quseir and Morek" list them as "shelled" does
# (placefix34).
_STRUCK = (
    r"(?:targeted|targeting|shelled|shelling|bombed|bombing|bombarded|bombarding|pounded|pounding|hit|hitting|struck|"
    r"striking)"
)
# A comma-less list after a word that says where, with no noun of places after it: "in al-Hamediyeh Abu al-Duhour and
# Khan Sheikhoun", "on Kafr Zita Jeb al-Rayan and Kefr Nabbouda" (`located_lists`).
_LOCATED_RUN = re.compile(
    rf"\b(?:in|on|at|near|into|towards|around|(?:surroundings|outskirts|vicinity)\s+of|{_STRUCK})\s+(?P<run>{NAME_RUN.pattern})"
)
# Capitalised words that open a sentence, not a name: a list after a locative ends before them ("used in Aleppo and If
# it did take place", FA-KES having dropped the full stop).
_SENTENCE_WORDS = frozenset(
    "If But It He She They We When While As After Since Although Though So Then There This That These Those".split()  # noqa: SIM905
)
# A verb right after a list's last name: the names after its comma are the subject of a new clause, people who speak,
# fled or fell ("jets struck Hama, Karim said", "shelled Douma, Omar and Ali were killed"), not places shelled. A list
# of places ends on a comma, a stop, a time or a locative ("shelled Douma, Harasta and Arbin on Monday").
_SUBJECT_OF = re.compile(
    r"\s+(?:said|says|told|added|recalled|explained|fled|died|survived|escaped|lost|were|was|are|is|had|have|has)\b"
)


def located_lists(text: str, known: Known | None = None) -> Iterator[list[Span]]:
    """The pieces (spans relative to text) of each comma-less list of names after a word that says where; whether the
    list is one of places is for the caller to tell (a name it knows among them).

    >>> text = "air strikes on their positions in al-Hamediyeh Abu al-Duhour and Khan Sheikhoun."
    >>> [[text[s.start:s.end] for s in pieces] for pieces in located_lists(text)]
    [['al-Hamediyeh', 'Abu al-Duhour', 'Khan Sheikhoun']]
    """
    for match in _LOCATED_RUN.finditer(text):
        pieces = list(name_pieces(text, match.start("run"), match.end("run"), known))
        ands = [m.start() for m in re.finditer(r"\band\b", match.group("run"))]
        if len(ands) > 1:
            # "in Aleppo and Samir and Layla moved": with no noun of places, a second "and" joins people, not places,
            # unless a place the caller knows is among them ("in Tal Hadid and Abu Sherif and Umm Jurn")
            first_and = match.start("run") + ands[0]
            if known is None or not any(known(text[s:e]) for s, e in pieces if s > first_and):
                pieces = [(s, e) for s, e in pieces if s < first_and]
        # with no "and" the run may still be a list whose "and" comes after a lower-case item ("Daret Ezza al-Mansoura
        # the military academy and ..."): the caller asks more of such a run
        if _SUBJECT_OF.match(text, match.end("run")) and (comma := match.group("run").find(",")) > 0:
            pieces = [(s, e) for s, e in pieces if s < match.start("run") + comma]  # "struck Hama, Karim said"
        if ands or len(pieces) > 1:
            cut = next((i for i, (s, e) in enumerate(pieces) if text[s:e].split()[0] in _SENTENCE_WORDS), len(pieces))
            if cut and PERSONS_AFTER_LIST.match(text, pieces[cut - 1][1]):
                cut -= 1  # "hit Aleppo and al-Watan said": a verb of saying makes the last name its speaker (review7)
            # a piece holding "and" is no one name ("in Aleppo and Samir and Layla moved"): names of people, not a list
            yield [Span(start, end) for start, end in pieces[:cut] if not re.search(r"\band\b", text[start:end])]


def before_a_person(text: str, pieces: list[Span]) -> list[Span]:
    """A list's pieces before a man's name, a given name with a family name after it in the piece or in the next
    piece, only a space between: "in Idlib, Ahmad Khalil in his report said" names the place, then the speaker; a lone
    given name stays a piece ("targeted Rashid and Aayoj"; review23)."""
    for i, piece in enumerate(pieces):
        words = text[piece.start : piece.end].split()
        surname = len(words) > 1 or (i + 1 < len(pieces) and not text[piece.end : pieces[i + 1].start].strip())
        if words[0] in GIVEN_NAMES and surname:
            return pieces[:i]
    return pieces


# A run after a locative with no "and" ("in the surroundings of Rahbet Maarata Daret Ezza al-Mansoura the military
# academy and ...") is a list when this many of its pieces are whole names of gazetteer places.
MIN_KNOWN_WITHOUT_AND = 2
