"""Names their article opens, listed after a place without commas ("positioned in Hweijet Saqer al-Rashdiyeh and
al-Hweiqa"): each a place too (twentieth session, helper places7; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.local_place_names import (
    AL_NAME_WORD,
    KIND_AFTER,
    LIST_CLOSED,
    PERSONS_AFTER_LIST,
    closed_up,
    list_words,
)
from loaders.local_places import with_new_places
from loaders.model import Mention, Span
from loaders.name_words import NOT_PLACE_NAMES
from loaders.place_lists import WHICH_ONE

# After a place: names their article opens, the last one after "and" and nothing capitalised after it (FA-KES lost the
# commas of such lists; "and al-Hweiqa" closes it as "and" closes any list; six names at most before it)
AL_LIST_AFTER_PLACE = re.compile(
    rf"(?P<run>(?:\s+{AL_NAME_WORD}){{0,6}})\s+and\s+(?P<last>{AL_NAME_WORD}){LIST_CLOSED}"
)


def listed_names(text: str, end: int) -> list[tuple[int, int]]:
    """Spans (in text) of the names listed after a place ending at `end`, the last after "and"; none without one."""
    match = AL_LIST_AFTER_PLACE.match(text, end)
    if not match:
        return []
    names: list[list[int]] = []
    for word in list_words(text, match.start("run"), match.end("run")):
        start, stop = word.start(), word.end()
        if WHICH_ONE.match(word.group(0)):
            if not names:
                return []  # "Tal Abyad al-Gharbi and ...": the side says which place it is, no list begins here
            names[-1][1] = stop  # "al-Samadaniyeh al-Gharbiyeh": the side says which one
        else:
            names.append([start, stop])
    names.append([match.start("last"), match.end("last")])
    return [(start, stop) for start, stop in names]


def with_al_name_lists(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Add the names their article opens listed after a place mention, each a local place unless a mention has it."""
    text = body[span.start : span.end]
    listed: list[tuple[Span, str]] = []
    for place in [m for m in found if m.kind == "place" and span.start <= m.span.start < span.end]:
        names = listed_names(text, place.span.end - span.start)
        if not names or KIND_AFTER.match(text, names[-1][1]):
            continue  # "and al-Qadahat valley": the feature rule reads the last one with its kind
        if PERSONS_AFTER_LIST.match(text, names[-1][1]):
            continue  # "in Damascus al-Jaafari and al-Moallem denied": a list of speakers, its comma lost
        labels = [closed_up(text[start:stop]) for start, stop in names]
        if any(_not_a_place(label, gazetteer) for label in labels):
            continue  # "in Idlib al-Nusra and al-Qaeda": a list of groups or persons, not of places
        listed += [
            (Span(span.start + start, span.start + stop), label)
            for (start, stop), label in zip(names, labels, strict=True)
        ]
    return with_new_places(found, listed, local_entities)


def _not_a_place(label: str, gazetteer: Gazetteer) -> bool:
    """Whether an article-opened name is a known actor or a word that names no place."""
    return any(w.split("-", 1)[1] in NOT_PLACE_NAMES for w in label.split()) or (
        gazetteer.lookup(label, "actor") is not None
    )
