"""Places named in Arabic with an English gloss in brackets: "al-Qaser al-Baladi (Municipal Palace)", "al-Hizam
al-Akhdar (Green belt) area" (sixteenth session; docs/extraction.md, "Mentions").

State and local news agencies transliterate a site's Arabic name and gloss it in English in brackets. The name is
the place the text names and the annotators list; the gloss only translates it, so a landmark the gloss would make
("Municipal Palace") gives way to the name.
"""

from __future__ import annotations

import re

from loaders.aliases import fold
from loaders.demonyms import DEMONYMS
from loaders.gazetteer import Gazetteer
from loaders.local_places import local_place
from loaders.mention_context import LOCATIVES
from loaders.model import Mention, Span, overlapping
from loaders.name_words import LANDMARK_NOUN, NOT_PLACE_NAMES, PLACE_KIND, TITLE_WORDS
from loaders.timex import MONTHS, WEEKDAYS

_WORD = r"(?:(?:al|el|Al|El)-)?[A-Z][a-z]+"
# The name, one to three words, one of them opened by the Arabic article (a transliteration), then the gloss: one to
# four English words in brackets, "the" allowed first ("(the factories)"), no acronym ("(HTS)").
_GLOSSED = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s*\(\s*"
    r"(?P<gloss>(?:the\s+)?[A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+){0,3})\s*\)"
)
# A word of the name with another after it: the last word is never dropped.
_LEAD_WORD = re.compile(r"(?<!\S)(\S+)\s+(?=\S)")
_ARABIC = re.compile(r"(?:^|\s)(?:al|el|Al|El)-")
# What says the glossed name is a place: a kind of place after the bracket ("(Green belt) area", "(Old Custom) road"),
# or a gloss that ends in a site's noun, singular or plural ("(Municipal Palace)", "(the factories)").
_KIND_AFTER = re.compile(
    rf"\s+(?:{PLACE_KIND}|road|highway|region|farms|valley|plain|{LANDMARK_NOUN})\b", re.IGNORECASE
)
_SITE_GLOSS = re.compile(rf"(?:^|\s)(?:{LANDMARK_NOUN}|factories|markets|farms|hills|gates?)$", re.IGNORECASE)


def with_glossed_places(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Add the Arabic name before an English gloss in brackets as a local place, when a kind of place follows the
    bracket or the gloss names a site; a local place minted on the gloss gives way to it."""
    text = body[span.start : span.end]
    added: list[Mention] = []
    glosses: list[tuple[int, int]] = []
    for match in _GLOSSED.finditer(text):
        site = _SITE_GLOSS.search(match.group("gloss")) is not None
        if not (site or _KIND_AFTER.match(text, match.end())):
            continue
        end = span.start + match.end("name")
        start = _name_start(body, span.start + match.start("name"), end, found)
        name = body[start:end]
        if not _ARABIC.search(name):
            continue
        read = overlapping(found, start, end)
        gloss = (span.start + match.end("name"), span.start + match.end())
        if read or gazetteer.lookup(name, "actor") is not None:
            if read and all(m.kind == "place" for m in read):
                glosses.append(gloss)  # a place another rule read ("Tal al-Sawda (Black Hill)"): its gloss is no other
            continue  # a name the gazetteer or another rule read already
        glosses.append(gloss)
        added.append(local_place(local_entities, Span(start, end), name, "facility" if site else "place"))
    if not glosses:
        return found
    kept = [m for m in found if m.linked or not any(s <= m.span.start and m.span.end <= e for s, e in glosses)]
    return sorted([*kept, *added], key=lambda m: m.span.start)


def _name_start(body: str, start: int, end: int, found: list[Mention]) -> int:
    """Where the name opens: past the capitalised words before it that name no place, as a name with no comma after it
    ("in Damascus al-Qaser al-Baladi"), a day or month ("on Monday al-Hizam al-Akhdar"), a nationality, or a word that
    opens a sentence ("In al-Qaser al-Baladi")."""
    while (word := _LEAD_WORD.match(body, start, end)) is not None:
        bare = word.group(1)
        if not (
            overlapping(found, start, start + len(bare))
            or fold(bare) in LOCATIVES | {fold("the")}
            or bare.lower() in WEEKDAYS
            or bare.lower() in MONTHS
            or bare in DEMONYMS
            or bare in NOT_PLACE_NAMES
            or bare in TITLE_WORDS
        ):
            break
        start = word.end()
    return start
