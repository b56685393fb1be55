"""Names before a kind of place that the lead words of `local_entities` miss (sixteenth session; docs/extraction.md,
"Mentions"): "rocket shells al-Khadami neighborhood", "Aleppos Marjeh district".

`local_entities` takes a name before "neighbourhood", "district", "village", ... only after "the", a preposition or
a verb of hitting, since a capitalised word before a kind may open a longer name ("Jaish al-Islam area"). Two shapes
need no such lead word: a name its Arabic article opens, after any word in lower case (the article marks where the
name starts), and a name after a city's possessive, the apostrophe FA-KES dropped ("Aleppo's Marjeh district").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from loaders.gazetteer import Gazetteer
from loaders.local_places import with_new_places
from loaders.model import Mention, Span
from loaders.name_words import CONTROLLED, NAME_WORD, NOT_PLACE_NAMES, PLACE_NAME, TITLE_WORDS
from loaders.place_lists import OPENERS

_KIND = r"(?:neighbou?rhood|district|quarter|village|town|suburb|area)\b"
# after a word in lower case, all of it: "targeted on Wednesday morning al-Shrafiyeh neighborhood", "fled al-Halk
# area"; a capitalised word before the article opens the name ("Jubb al-Qadi neighborhood" is no al-Qadi)
_AL_NAME = re.compile(
    rf"(?<![\w'’-])[a-z][a-z-]*\s(?P<name>(?:al|el|Al|El)-{NAME_WORD}(?:-[A-Za-z][a-z]+)?(?:\s+(?:al|el)-{NAME_WORD})?)\s+"
    + _KIND
)
# after a possessive: "raids on Aleppos Marjeh district" (the city is a place mention ending before the "s")
_POSSESSED = re.compile(rf"(?:'|’)?s\s+(?P<name>{PLACE_NAME})\s+(?:neighbou?rhood|district|quarter|suburb)\b")


def with_kind_names(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Add as local places the names before a kind of place that open with their article after a word in lower case,
    or follow a city's possessive."""
    text = body[span.start : span.end]
    names = [(m.start("name"), m.end("name")) for m in _AL_NAME.finditer(text)]
    for city in found:
        if city.kind == "place" and city.linked and span.start <= city.span.start and city.span.end <= span.end:
            match = _POSSESSED.match(text, city.span.end - span.start)
            if match:
                names.append((match.start("name"), match.end("name")))
    return with_local_names(text, span, sorted(names), found, local_entities, gazetteer, _unfit)


def with_local_names(
    text: str,
    span: Span,
    names: Iterable[tuple[int, int]],
    found: list[Mention],
    local_entities: dict[str, tuple[str, str]],
    gazetteer: Gazetteer,
    unfit: Callable[[str], bool],
) -> list[Mention]:
    """Add as local places the names at `names` (offsets in the sentence's `text`) that are not `unfit`, overlap no
    mention and name no actor."""
    spans = [(Span(span.start + start, span.start + end), text[start:end]) for start, end in names]
    return with_new_places(
        found, spans, local_entities, lambda label: unfit(label) or gazetteer.lookup(label, "actor") is not None
    )


def _unfit(label: str) -> bool:
    """Whether a name before a kind holds a title, a people's word or a holder's compound."""
    return any(_no_place_word(w) for w in label.split()) or CONTROLLED.search(label) is not None


def _no_place_word(word: str) -> bool:
    """Whether a word is no place name's: a title or people's word, hyphenated too ("Kurdish-majority")."""
    first = word.split("-")[0]
    return (first in TITLE_WORDS and first.lower() not in OPENERS) or word.split("-")[-1] in NOT_PLACE_NAMES
