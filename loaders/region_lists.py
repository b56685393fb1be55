"""Lists of names no gazetteer place vouches for, read as places because the region they lie in follows them:
"the airstrikes targeted Rashid and Aayoj in the northern western countryside of Raqqa" (twenty-third session, helper
places23; docs/extraction.md, Mentions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span, overlapping
from loaders.name_words import NOT_PLACE_NAMES, TITLE_WORDS
from loaders.place_lists import NAME_RUN, name_pieces
from loaders.unlinked_names import GIVEN_NAMES, NO_PLACE_WORDS

# After a list, the region its places lie in: "targeted Rashid and Aayoj in the northern countryside of Raqqa"
# (twenty-third session, helper places23)
_REGION_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?P<side>(?:(?:north|south|east|west)(?:ern)?[\s-]+)*)", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:countryside|rural|province|governorate|outskirts|suburbs)\b", re.IGNORECASE)
_REGION_WORD_CHARS = 14
# Words no listed place has: sides, faiths, titles, days, months, and the nouns of operations and units ("Operation
# Dawn"; `unlinked_names`, review23)
_NOT_LISTED_PLACES = NOT_PLACE_NAMES | TITLE_WORDS | NO_PLACE_WORDS
# A list no known place vouches for is taken up to this many names: a longer run is more likely a page of
# capitalised words than a list of unknown villages.
MAX_REGION_LIST = 6
# An English plural, which no Arabic name's transliteration ends in: "Schools", "Homes", "Markets", "Positions"
_ENGLISH_PLURAL = re.compile(r"(?:[bcdfgklmnprtvw]|[aeiou][bcdfgklmnprtvz]e|[cs]he|[sxz]e|[qg]ue)s$")


def listed_in_a_region(
    text: str, pieces: Sequence[Span], found: list[Mention], offset: int, gazetteer: Gazetteer
) -> bool:
    """Whether a list no known place vouches for is one of places all the same: it is followed by "in" and the
    countryside, province or outskirts of a place the gazetteer knows, and no piece is a group, a side's word or a
    person's name ("targeted Ahmad and Omar in the countryside of Idlib" lists people)."""
    if len(pieces) > MAX_REGION_LIST or not _in_a_region(text, pieces[-1].end, found, offset):
        return False
    for piece in pieces:
        inside = overlapping(found, offset + piece.start, offset + piece.end)
        words = text[piece.start : piece.end].split()
        if any(m.kind == "actor" for m in inside) or any(w in _NOT_LISTED_PLACES for w in words):
            return False
        if _persons_name(words, gazetteer) or (len(words) == 1 and _ENGLISH_PLURAL.search(words[0])):
            return False  # "Ahmad and Omar", "Schools and Hospitals": people and things, not villages
    return True


# "Abu Omar" is a man called for his son; "Tal Hassan" and "Marj Hassan" are places named for a man
_KUNYA_WORDS = frozenset({"abu", "abou", "umm", "um", "bu"})


def _persons_name(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a list's piece is a person's name: given names only (the stoplist's), or a man's given name first with
    a family name or nisba after it ("Mohammed Darwish", "Abu Khaled al-Halabi"; review23); a kunya's word allowed
    first."""
    named = words[1:] if words and words[0].lower() in _KUNYA_WORDS else words
    return bool(named) and ((len(named) > 1 and named[0] in GIVEN_NAMES) or all(gazetteer.stoplisted(w) for w in named))


def _in_a_region(text: str, end: int, found: list[Mention], offset: int) -> bool:
    """Whether "in" and a place the gazetteer knows follow `end`, with a word of a region in the place's mention or
    right after it ("in the countryside of Raqqa", "in rural Hama", "in the southern Idlib countryside")."""
    region = _REGION_AFTER.match(text, end)
    if region is None:
        return False
    # the gazetteer's mention may take the side word in ("southern Idlib countryside") or not
    starts = {offset + region.start("side"), offset + region.end()}
    for m in found:
        if m.kind == "place" and m.linked and m.span.start in starts:
            after = text[m.span.end - offset : m.span.end - offset + _REGION_WORD_CHARS]
            return bool(
                _REGION_WORD.search(text[region.end() : m.span.end - offset]) or _REGION_WORD.match(after.strip())
            )
    return False


# A list right before "in" and its region, read back from the region's mention: where no locative opens it, as the
# subject ("al-Abzmo, Sahara, and Tkad in western Aleppo countryside were shelled") or after a first item's kind ("in
# Malajah village, Khan al-Sabil and Jobas in Idlib countryside"). The window bounds the time a long run can take.
_RUN_BEFORE_REGION = re.compile(
    rf"(?<![\w'’-])(?P<run>{NAME_RUN.pattern})\s+in\s+(?:the\s+)?(?i:(?:(?:north|south|east|west)(?:ern)?[\s-]+)*)\Z"
)
BEFORE_REGION_CHARS = 200


def lists_before_regions(
    text: str, offset: int, found: list[Mention], gazetteer: Gazetteer, known: Callable[[str], int]
) -> Iterator[list[Span]]:
    """The pieces of each list with "and" that ends right before "in" and a region (`_in_a_region`), the list taken
    as `listed_in_a_region` takes one."""
    for m in found:
        start = m.span.start - offset
        if m.kind != "place" or not m.linked or not 0 < start <= len(text):
            continue
        run = _RUN_BEFORE_REGION.search(text, max(0, start - BEFORE_REGION_CHARS), start)
        if (
            run is None
            or not re.search(r"\band\b", run.group("run"))
            or not _follows_no_persons_word(text, run.start("run"))
        ):
            continue
        pieces = [Span(a, b) for a, b in name_pieces(text, run.start("run"), run.end("run"), known)]
        if len(pieces) > 1 and listed_in_a_region(text, pieces, found, offset, gazetteer):
            yield [p for p in pieces if not re.search(r"\band\b", text[p.start : p.end])]


# What a list read back from its region follows when it names people or a family, not villages: the article ("the
# Naimi and Bakkara" in English takes "the" as tribes, families and companies do; Syrian villages take "al-") or a verb
# whose object is a person ("arrested A and B", "wounded A and B", "citing A and B"; review23).
_BEFORE_PEOPLE = re.compile(
    r"(?<![\w'’-])(?:the|arrested|detained|abducted|kidnapped|executed|assassinated|wounded|injured|killed|citing|"
    r"quoting|told)\s+\Z",
    re.IGNORECASE,
)
BEFORE_PEOPLE_CHARS = 16


def _follows_no_persons_word(text: str, start: int) -> bool:
    """Whether the run at `start` follows no article and no verb of a person (`_BEFORE_PEOPLE`)."""
    return _BEFORE_PEOPLE.search(text, max(0, start - BEFORE_PEOPLE_CHARS), start) is None
