"""Places abroad the gazetteer holds no place for: a foreign capital it knows only as its state's metonym, named
where something is ("diplomats in Moscow"), and a world region named where, or as where a fighter comes from or a
witness lives ("in the Middle East", "natives of the Northern Caucasus", "lives in Europe"). They are places of the
article, never of an engagement (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from loaders.gazetteer import Gazetteer
from loaders.local_places import local_key, local_place
from loaders.model import Mention, Span, overlapping

# World regions, parts of the former Soviet Union and of China that news names as fighters' origins; none is a
# place of the war. Names only (no keys): each becomes a local place.
REGIONS = (
    "Europe",
    "Western Europe",
    "Eastern Europe",
    "Middle East",
    "Central Asia",
    "North Africa",
    "Northern Caucasus",
    "North Caucasus",
    "Caucasus",
    "Balkans",
    "former Soviet Union",
    "Soviet Union",
    "Chechnya",
    "Dagestan",
    "Xinjiang",
)
# Where people come from or live: "natives of", "fighters from", "lives in", "exiled in".
_ORIGIN = re.compile(
    r"\b(?i:natives?\s+of|(?:families|refugees|residents|fighters|militants|combatants|jihadists|mercenaries|"
    r"nationals|citizens|recruits|volunteers)\s+from|(?:lives?|living|lived|exiled|resides?|residing)\s+in)"
    r"\s+(?:the\s+)?$"
)
# "in Moscow", "based in Paris", "visiting London": a word that makes a name where, not who.
_AT = r"in|at|near|outside|into|inside|across|visited|visiting"
_LOCATIVE = rf"\b(?i:{_AT}|from|to)\s+"
# A capital after "to" or "from" is where only after a word of going ("flew to Moscow", "returned from Paris"):
# "support from Moscow", "a message to Washington" are the state.
_WHERE = re.compile(
    rf"\b(?i:{_AT}|(?:(?:flew|fly|flying|travell?ed|travell?ing|"
    r"returned|returning|went|go|going|headed|heading|fled|moved|trip|visit|visits|journey|arrived|back|came|"
    r"flight|flights|way)\s+(?:to|from)))\s+$"
)
# A region after a locative or an origin: "in the Middle East", "natives of the Northern Caucasus".
_REGION_CUE = re.compile(rf"(?:{_LOCATIVE}(?:the\s+)?|{_ORIGIN.pattern})$")
# "Moscow AFP Saturday", "LONDON (Reuters)": the city a wire files from.
_WIRE_AFTER = re.compile(r"\s{1,4}\(?(?:AFP|Reuters|AP|SANA|Sputnik|TASS|DPA|Xinhua)\b")


@cache
def _capitals(gazetteer: Gazetteer) -> frozenset[str]:
    """Foreign capitals the gazetteer knows only as a state's metonym ("Moscow"), not as places ("Beirut")."""
    names = {name for e in gazetteer.entities() if e.kind == "actor" for name in e.metonyms}
    return frozenset(n for n in names if gazetteer.lookup(n, "place") is None and n != "Syria")


@cache
def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    """A name of the list as a whole word, longest first."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


@cache
def abroad_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """The local keys this module mints: places that are never where an engagement is."""
    return frozenset(local_key(n) for n in (*_capitals(gazetteer), *REGIONS))


def with_places_abroad(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """The mentions of one sentence with the capitals and regions named where (or as origins) added."""
    added = [
        *_minted(body, span, found, _pattern(_capitals(gazetteer)), _WHERE, local_entities, _WIRE_AFTER),
        *_minted(body, span, found, _pattern(frozenset(REGIONS)), _REGION_CUE, local_entities),
    ]
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found


def _minted(
    body: str,
    span: Span,
    found: Iterable[Mention],
    names: re.Pattern[str],
    cue: re.Pattern[str],
    local_entities: dict[str, tuple[str, str]],
    after: re.Pattern[str] | None = None,
) -> list[Mention]:
    """Local places for the names after the cue (or before `after`) that no other mention covers."""
    out: list[Mention] = []
    for match in names.finditer(body, span.start, span.end):
        start, end = match.span()
        if not cue.search(body, max(0, start - 40), start) and not (after and after.match(body, end)):
            continue
        key = local_key(match.group())
        covering = overlapping(found, start, end)
        if covering and any(m.key != key for m in covering):
            continue
        # a name after a locative may be held as a tentative place until a spelling links it: this one stays
        mention = local_place(local_entities, Span(start, end), match.group())
        if not covering:
            out.append(mention)
    return out
