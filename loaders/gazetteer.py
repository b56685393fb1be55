"""The gazetteer: places and actors of data/reference/ with verified Wikidata QIDs, and the mention matcher.

`Gazetteer.load()` reads the reference tables once per directory; `find()` returns the mentions of known
places and actors in a text, longest match first, one entity per span. The matching rules (case, homonyms,
place or actor) are explained in docs/decisions/20261121-gazetteer.md.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.iris import slug
from graph.paths import REFERENCE_DIR
from loaders.aliases import Token, fold, is_acronym, name_tokens, possessive_base, shape_matches, tokenize
from loaders.model import Mention, Span

PLACE_CLASSES = {
    "country": "Country",
    "region": "Governorate",
    "county": "District",
    "locality": "Settlement",
    "neighbourhood": "Settlement",
    "campus": "Facility",
}
ACTOR_CLASSES = frozenset(
    {
        "State",
        "StateForce",
        "NonStateArmedGroup",
        "Person",
        "Organisation",
        "Monitor",
        "MediaOutlet",
        "Ministry",
        "International",
    }
)
PLACE_EXTRA_CLASSES = frozenset({"Country", "Governorate", "District", "Settlement", "Facility", "NaturalRegion"})
CATEGORIES = frozenset(
    {
        "state-forces",
        "rebel-groups",
        "political-militias",
        "identity-militias",
        "civilians",
        "external-forces",
        "media",
        "monitors",
        "governments-and-officials",
        "international-organisations",
    }
)
QID = re.compile(r"Q[1-9][0-9]*")
BIG_TOWN = 10_000  # population from which a settlement without a QID counts as well known
SMALL_TOWN = 1_000
MIN_VILLAGE_LETTERS = 4


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set.

    >>> sorted(_words("said  asked"))
    ['asked', 'said']
    """
    return frozenset(text.split())


# Words after a place-or-actor name that make it an actor ("Damascus asked", "Russia has said").
ACTOR_VERBS = _words(
    """said says say asked asks ask declared declares announced announces stated denied denies accused accuses
    warned warns claimed claims urged urges called calls demanded demands insisted insists rejected rejects
    condemned condemns agreed agrees signed signs sent sends launched launches deployed deploys vowed vows
    threatened threatens responded responds requested requests told tells added adds confirmed confirms
    welcomed welcomes blamed blames wants wanted needs needed supports supported backs intervened intervenes
    refused refuses hopes hoped believes believed sought seeks pledged pledges proposed proposes offered offers
    expects expected considers considered decided decides ordered orders accepted accepts recognised recognized
    insisted promised promises reiterated reiterates dismissed dismisses criticised criticized criticises
    criticizes argued argues responded retaliated retaliates reported reports increased increases stepped steps
    moved moves began begins started starts carried carries conducted conducts captured captures recaptured
    seized seizes took takes regained retook lost loses won wins used uses dropped drops shelled shells bombed
    bombs struck strikes pounded pounds targeted targets attacked attacks killed kills continued continues
    maintains maintained approved approves allowed allows"""
)
# Words that may stand between the name and the verb ("Russia has reportedly said").
AUXILIARIES = _words(
    "has have had also reportedly will would could did does then previously already not officially repeatedly "
    "again later once allegedly formally publicly"
)
# Words before a name that make it a place whatever follows ("activists in Damascus said").
LOCATIVES = _words(
    "in inside across throughout into from at near around of within outside towards toward to on for over about "
    "north south east west northern southern eastern western northwestern northeastern southwestern southeastern "
    "central rural war-torn"
)
# Second halves of hyphenated compounds that make the name an actor ("Damascus-backed militias").
COMPOUND_ACTOR = _words("backed led allied sponsored aligned funded supported armed trained")
# Words before a name that make it an actor ("backed by Moscow", "asked Moscow", "according to Damascus").
ACTOR_BEFORE = _words("by asked urged accused told warned blamed criticised criticized pressed pressured")


class GazetteerError(ValueError):
    """A reference table is missing or malformed; the message names the file and the row."""


@dataclass(frozen=True)
class Entity:
    """A place or actor of the reference tables."""

    key: str  # resource path: "actor/islamic-state", "place/palmyra-<wofid>", "place/euphrates"
    kind: str  # "actor" | "place"
    label: str
    cls: str  # ontology class local name ("NonStateArmedGroup", "Settlement", "Governorate", ...)
    aliases: tuple[str, ...] = ()
    qid: str | None = None  # verified Wikidata QID "Q2429253"
    qid_confidence: str | None = None  # "verified" | "weak"
    parent: str | None = None  # places: key of the enclosing place
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    wof_id: str | None = None
    category: str | None = None  # actors: actor-category concept local name
    metonyms: tuple[str, ...] = ()  # actors: names that stand for the actor only in context ("Damascus asked")
    notable: bool = False  # places: curated as well known (matched like a town with a QID)


@dataclass(frozen=True)
class _Name:
    """One indexed name of an entity, with what the matcher needs to accept or rank it."""

    key: str
    kind: str
    words: tuple[str, ...]  # surface words, for the case check
    needs_article: bool  # "Al Bab" indexed as "bab": accept only after an article
    tier: int  # places: 4 country/qualified/curated, 3 known town, 2 bare governorate name, 1 small, 0 village
    population: int
    metonym: bool = False


class Gazetteer:
    """Places and actors with their names, hierarchy and Wikidata links; finds their mentions in text."""

    def __init__(self, entities: Iterable[Entity], stoplist: Iterable[str] = ()) -> None:
        self._entities = {e.key: e for e in entities}
        self._stop = frozenset(fold(w) for w in stoplist)
        self._index: dict[tuple[str, ...], list[_Name]] = {}
        self._lengths: dict[str, list[int]] = {}
        self._build_index()

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """The gazetteer of a reference directory (default data/reference), read once and cached."""
        return _load_cached(Path(directory or REFERENCE_DIR).resolve())

    def get(self, key: str) -> Entity:
        """The entity of a key; KeyError names the key."""
        try:
            return self._entities[key]
        except KeyError:
            raise KeyError(f"no entity {key!r} in the gazetteer") from None

    def __contains__(self, key: object) -> bool:
        return key in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def entities(self) -> Iterator[Entity]:
        """Every entity, sorted by key."""
        for key in sorted(self._entities):
            yield self._entities[key]

    def ancestors(self, key: str) -> list[str]:
        """The partOf chain of a place up to the country, nearest first (empty for actors and countries)."""
        chain: list[str] = []
        parent = self.get(key).parent
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self.get(parent).parent
        return chain

    def lookup(self, name: str, kind: str | None = None) -> Entity | None:
        """The best entity for a whole name out of context, any case ("deir ezzor", "SOHR"), or None.

        For table cells such as FA-KES's `location` column or a publisher's name; running text goes to `find`.
        Places rank as in `find` (a city before a governorate of the same name); an actor is preferred to a
        place only when asked for (kind="actor") or when no place has the name.
        """
        norms, _, _ = name_tokens(name)
        if len(norms) > 1 and norms[0] == "the":
            norms = norms[1:]
        names = self._index.get(tuple(norms), [])
        if kind is not None:
            names = [n for n in names if n.kind == kind]
        if not names:
            return None
        best = min(names, key=lambda n: (n.kind != "place", n.metonym, -n.tier, -n.population, n.key))
        return self._entities[best.key]

    def find(self, body: str, span: Span | None = None) -> list[Mention]:
        """Mentions of known places and actors in body[span], sorted, non-overlapping, absolute offsets."""
        start, end = (span.start, span.end) if span else (0, len(body))
        tokens = tokenize(body[start:end], start)
        mentions: list[Mention] = []
        homonyms: dict[int, tuple[str, ...]] = {}  # mention index -> equally ranked places of the same name
        i = 0
        while i < len(tokens):
            found = self._match_at(tokens, i, body)
            if found is None:
                i += 1
                continue
            length, name, cut, ties = found
            if ties:
                homonyms[len(mentions)] = (name.key, *ties)
            first, last = tokens[i], tokens[i + length - 1]
            begin = first.start
            if first.article_start is not None and _keeps_article(body, first.article_start, first.start, name.kind):
                begin = first.article_start
            mentions.append(Mention(Span(begin, last.end - cut), name.key, name.kind))
            i += length
        if homonyms:
            mentions = self._resolve_homonyms(mentions, homonyms)
        return mentions

    def _resolve_homonyms(self, mentions: list[Mention], homonyms: dict[int, tuple[str, ...]]) -> list[Mention]:
        """Villages of the same name: take the one in the district or governorate the text names most."""
        context: dict[str, int] = {}
        for index, mention in enumerate(mentions):
            if mention.kind == "place" and index not in homonyms:
                for key in (mention.key, *self.ancestors(mention.key)):
                    context[key] = context.get(key, 0) + 1
        if not context:
            return mentions
        out = list(mentions)
        for index, keys in homonyms.items():

            def closeness(key: str) -> tuple[int, ...]:
                chain = self.ancestors(key)[:-1]  # the country says nothing
                return tuple(context.get(a, 0) for a in chain[:2])

            best = max(keys, key=closeness)  # max keeps the first (the usual choice) on ties
            out[index] = Mention(mentions[index].span, best, "place")
        return out

    # -- matching ---------------------------------------------------------------------------------------

    def _match_at(self, tokens: list[Token], i: int, body: str) -> tuple[int, _Name, int, tuple[str, ...]] | None:
        """The longest acceptable name starting at token i: (length in tokens, name, characters cut, homonyms)."""
        first = tokens[i]
        known = self._lengths.get(first.norm)
        single_possessive = first.surface[-1:] == "s" and _possessive_norm(first.surface) in self._index
        if not known and not single_possessive:
            return None  # most words start no name: leave before building anything
        lengths = list(known or ())
        if single_possessive and 1 not in lengths:
            lengths.append(1)
        for length in sorted(lengths, reverse=True):
            if i + length > len(tokens):
                continue
            window = tokens[i : i + length]
            if length > 1 and not _joined(body, window):
                continue
            norms = tuple(t.norm for t in window)
            options: list[tuple[list[_Name], int, list[str]]] = []
            if norms in self._index:
                options.append((self._index[norms], 0, [t.surface for t in window]))
            last = window[-1].surface
            tail = possessive_base(last) if last[-1:] == "s" else None
            if tail:
                alt = (*norms[:-1], fold(tail[0]))
                if alt in self._index:
                    surfaces = [t.surface for t in window[:-1]] + [tail[0]]
                    # Only proper names take the bare "s" ("Syrias"); "Islamic State groups" is a plural.
                    strong = [
                        n
                        for n in self._index[alt]
                        if (n.kind == "actor" or n.tier >= 2)
                        and not n.words[-1][:1].islower()
                        and not (n.kind == "place" and length == 1 and alt[0] in self._stop)  # "Hits" is no "Hit"
                    ]
                    options.append((strong, tail[1], surfaces))
            for names, cut, surfaces in options:
                chosen, ties = self._choose(names, tokens, i, length, surfaces, body)
                if chosen is not None:
                    return length, chosen, cut, ties
        return None

    def _choose(
        self, names: list[_Name], tokens: list[Token], i: int, length: int, surfaces: list[str], body: str
    ) -> tuple[_Name | None, tuple[str, ...]]:
        """Pick one entity among the names that fit this text (case, article, village rules, place or actor),
        with the keys of equally ranked places of the same name when a place is picked."""
        fitting = [n for n in names if self._fits(n, tokens, i, length, surfaces, body)]
        places = sorted((n for n in fitting if n.kind == "place"), key=lambda n: (-n.tier, -n.population, n.key))
        actors = sorted((n for n in fitting if n.kind == "actor"), key=lambda n: (n.metonym, n.key))
        place = places[0] if places else None
        actor = actors[0] if actors else None
        ties = tuple(n.key for n in places[1:] if place and (n.tier, n.population) == (place.tier, place.population))
        if actor is None:
            return place, ties
        if place is None:
            if actor.metonym:
                return (actor if _actor_context(tokens, i, length, body) else None), ()
            return actor, ()
        if not actor.metonym and place.tier <= 1:
            return actor, ()
        country = self._entities[place.key].cls == "Country"
        if _actor_context(tokens, i, length, body, possessive_decides=not country):
            return actor, ()
        return place, ties

    def _fits(self, name: _Name, tokens: list[Token], i: int, length: int, surfaces: list[str], body: str) -> bool:
        """Case, article and village rules for one candidate name at tokens[i : i + length]."""
        if len(name.words) != length:
            return False
        if not all(shape_matches(a, t) for a, t in zip(name.words, surfaces, strict=True)):
            return False
        if name.needs_article and tokens[i].article_start is None:
            return False
        if name.kind == "place" and length == 1:
            word = tokens[i].norm
            initial = _sentence_initial(body, tokens[i].article_start or tokens[i].start)
            if name.tier == 0 and (len(word) < MIN_VILLAGE_LETTERS or word in self._stop or initial):
                return False
            if word in self._stop and (initial or _in_longer_name(body, tokens, i, length)):
                return False  # "Hit" (a town in Iraq) opening a sentence is the verb; "Anna Willard" no town
        return not (name.kind == "place" and name.tier == 0 and _in_longer_name(body, tokens, i, length))

    # -- index ------------------------------------------------------------------------------------------

    def _build_index(self) -> None:
        """Index every name of every entity by its folded words (names of actors and places alike)."""
        explicit: dict[tuple[str, ...], set[str]] = {}
        generated: list[tuple[str, str, int, bool]] = []
        norms: tuple[str, ...] | list[str]
        for entity in self.entities():
            if entity.kind == "actor":
                for alias in (entity.label, *entity.aliases):
                    self._add(entity, alias, tier=4, explicit=explicit)
                for alias in entity.metonyms:
                    self._add(entity, alias, tier=4, explicit=explicit, metonym=True)
                continue
            tier = _place_tier(entity)
            for alias in (entity.label, *entity.aliases):
                bare = _bare_unit_name(alias, entity.cls)
                if entity.cls == "Governorate" and bare is not None:
                    generated += [(entity.key, form, 4, False) for form in _governorate_forms(bare)]
                    if bare == alias:
                        self._add(entity, alias, tier=2, explicit=explicit)
                        continue
                if entity.cls == "District":
                    if bare is not None:
                        generated += [(entity.key, f"{bare} {word}", 4, False) for word in ("District", "district")]
                    if bare == alias:
                        continue
                self._add(entity, alias, tier=tier, explicit=explicit)
        for key, form, tier, metonym in generated:
            norms, _, _ = name_tokens(form)
            owners = explicit.get(tuple(norms), set())
            if owners and key not in owners:
                continue  # a curated name of another entity wins ("Damascus countryside" is Rif Dimashq)
            self._add(self._entities[key], form, tier=tier, explicit=None, metonym=metonym)
        for norms in self._index:
            self._lengths.setdefault(norms[0], []).append(len(norms))
        for first, lengths in self._lengths.items():
            self._lengths[first] = sorted(set(lengths), reverse=True)

    def _add(
        self,
        entity: Entity,
        alias: str,
        tier: int,
        explicit: dict[tuple[str, ...], set[str]] | None,
        metonym: bool = False,
    ) -> None:
        """Index one name; an article-led single word ("Al Bab" -> "bab") needs the article in the text."""
        norms, words, leading = name_tokens(alias)
        if len(norms) > 1 and norms[0] == "the":
            norms, words = norms[1:], words[1:]  # "the regime" is indexed as "regime": spans never hold "the"
        if not norms:
            return
        key = tuple(norms)
        needs_article = leading and len(norms) == 1 and entity.kind == "place"
        names = self._index.setdefault(key, [])
        for index, known in enumerate(names):
            if known.key == entity.key:
                # The same entity under the same words: keep the most permissive and the strongest.
                names[index] = _Name(
                    entity.key,
                    entity.kind,
                    tuple(_looser(a, b) for a, b in zip(known.words, words, strict=True)),
                    known.needs_article and needs_article,
                    max(known.tier, tier),
                    entity.population or 0,
                    known.metonym and metonym,
                )
                return
        names.append(_Name(entity.key, entity.kind, tuple(words), needs_article, tier, entity.population or 0, metonym))
        if explicit is not None:
            explicit.setdefault(key, set()).add(entity.key)


@lru_cache(maxsize=100_000)
def _possessive_norm(surface: str) -> tuple[str]:
    """The folded one-word key of a word read as a possessive ("Syrias" -> ("syria",)), or ("",)."""
    base = possessive_base(surface)
    return (fold(base[0]),) if base else ("",)


def _looser(a: str, b: str) -> str:
    """Of two spellings of one word, the one whose case rule accepts more (lowercase > Capitalised > ACRONYM).

    >>> _looser("Countryside", "countryside"), _looser("IS", "Is")
    ('countryside', 'Is')
    """

    def rank(word: str) -> int:
        return 2 if word[:1].islower() else 0 if is_acronym(word) else 1

    return a if rank(a) >= rank(b) else b


def _place_tier(entity: Entity) -> int:
    """How well known a place is, for ranking homonyms and for the village rules."""
    if entity.cls in {"Country", "NaturalRegion"} or entity.wof_id is None:
        return 4
    if entity.qid or entity.notable or (entity.population or 0) >= BIG_TOWN:
        return 3
    if entity.cls in {"Governorate", "District"}:
        return 3
    if (entity.population or 0) >= SMALL_TOWN or entity.cls == "Facility":
        return 1
    return 0


_UNIT_WORDS = re.compile(r"\s+(Governorate|Province|District|Subdistrict)$", re.IGNORECASE)


def _bare_unit_name(name: str, cls: str) -> str | None:
    """A governorate's or district's name without its unit word ("Homs Governorate" -> "Homs")."""
    if cls not in {"Governorate", "District"}:
        return None
    bare = _UNIT_WORDS.sub("", re.sub(r"^Markaz\s+", "", name)).strip()
    return bare or None


def _governorate_forms(bare: str) -> list[str]:
    """The ways texts name a governorate ("Homs province", "the province of Homs", "Homs countryside")."""
    return [
        f"{bare} Governorate",
        f"{bare} governorate",
        f"{bare} province",
        f"{bare} Province",
        f"province of {bare}",
        f"governorate of {bare}",
        f"{bare} countryside",
        f"countryside of {bare}",
        f"{bare} countryside",
        f"rural {bare}",
        *(f"{side} {bare} countryside" for side in ("eastern", "western", "northern", "southern")),
        *(f"{side} {bare}" for side in ("eastern", "western", "northern", "southern", "Eastern", "Western")),
        *(f"{side} {bare}" for side in ("Northern", "Southern", "northeastern", "northwestern")),
        *(f"{side} {bare}" for side in ("southeastern", "southwestern", "Northeastern", "Northwestern")),
    ]


def _keeps_article(body: str, start: int, end: int, kind: str) -> bool:
    """True when a dropped article belongs to the name ("al-Raqqa", "Al Bab", "Ar Raqqah"), not to the sentence
    ("As Syria's war...", "At Khan Shaykhun...": English words opening a sentence)."""
    article = body[start:end]
    if article[-1:] in {"-", "‐", "–"} or article.strip().lower() in {"al", "el"}:
        return True
    return kind == "place" and not _sentence_initial(body, start)


def _actor_context(tokens: list[Token], i: int, length: int, body: str, possessive_decides: bool = True) -> bool:
    """True when a name used for a place or an actor is used as an actor here (see the decision record)."""
    after = i + length
    last = tokens[after - 1]
    if body[last.end : last.end + 1] == "-" and after < len(tokens) and tokens[after].norm in COMPOUND_ACTOR:
        return True  # "Damascus-backed", "Moscow-led"
    if possessive_decides and (body[last.end : last.end + 1] in {"'", "’"} or last.surface.endswith(("'s", "’s"))):
        return True  # "Damascus' onslaught", "Moscow's decision" (but "Syria's war" is the country)
    if i > 0 and tokens[i - 1].norm in LOCATIVES and _same_clause(body, tokens[i - 1].end, tokens[i].start):
        return i > 1 and tokens[i - 1].norm == "to" and tokens[i - 2].norm == "according"
    j = after
    if j + 1 < len(tokens) and tokens[j].norm in {"and", "or"} and tokens[j + 1].surface[:1].isupper():
        # "Moscow and Damascus say": the verb comes after the second name (at most four capitalised words)
        j += 1
        while j < len(tokens) and j < after + 5 and tokens[j].surface[:1].isupper():
            j += 1
    skipped = 0
    while j < len(tokens) and tokens[j].norm in AUXILIARIES and skipped < 2:
        j += 1
        skipped += 1
    if j < len(tokens) and tokens[j].norm in ACTOR_VERBS and _same_clause(body, last.end, tokens[j].start):
        return True
    if i > 0:
        before = tokens[i - 1]
        if before.norm in ACTOR_BEFORE and _same_clause(body, before.end, tokens[i].start):
            return True
        if before.norm == "to" and i > 1 and tokens[i - 2].norm == "according":
            return True
    return False


def _joined(body: str, window: list[Token]) -> bool:
    """True when the words of a multi-word name are separated only by spaces, hyphens or acronym dots."""
    for left, right in itertools.pairwise(window):
        gap = body[left.end : (right.article_start if right.article_start is not None else right.start)]
        if gap.strip(" -‐–\u00a0") and not (gap.strip(" -") == "." and len(left.surface) == 1):
            return False
    return True


def _in_longer_name(body: str, tokens: list[Token], i: int, length: int) -> bool:
    """True when capitalised words run on either side: the village name is part of an unknown longer name
    ("Rami Abdel Rahman", "Maaret al-Numan", "Jund al-Aqsa")."""
    if i > 0 and tokens[i - 1].surface[:1].isupper() and _joined(body, [tokens[i - 1], tokens[i]]):
        before = tokens[i - 1]
        if not _sentence_initial(body, before.article_start if before.article_start is not None else before.start):
            return True
    after = i + length
    return (
        after < len(tokens)
        and tokens[after].surface[:1].isupper()
        and _joined(body, [tokens[after - 1], tokens[after]])
    )


def _same_clause(body: str, start: int, end: int) -> bool:
    """No sentence or clause break between two offsets."""
    return not any(c in ".;:!?\n()[]" for c in body[start:end])


def _sentence_initial(body: str, offset: int) -> bool:
    """True when the word at offset opens a sentence (capitalised for grammar, not because it is a name)."""
    k = offset - 1
    while k >= 0 and body[k] in " \t\"'“‘(":
        k -= 1
    return k < 0 or body[k] in ".!?\n:"


# -- loading ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _load_cached(directory: Path) -> Gazetteer:
    """Read the reference tables of a directory into a Gazetteer."""
    if not directory.is_dir():
        raise GazetteerError(f"reference directory {directory} does not exist")
    places = _read_places(directory / "places.csv")
    by_wof = {e.wof_id: e.key for e in places if e.wof_id}
    extras = _read_extra_places(directory / "places-extra.csv", by_wof)
    actors = _read_actors(directory / "actors.csv")
    stoplist_path = directory / "stoplist.txt"
    stoplist = []
    if stoplist_path.is_file():
        stoplist = [
            line.strip()
            for line in stoplist_path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
    resolved = [_with_parent(e, by_wof, directory / "places.csv") for e in places]
    entities = resolved + extras + actors
    keys = [e.key for e in entities]
    duplicates = sorted({k for k in keys if keys.count(k) > 1}) if len(set(keys)) != len(keys) else []
    if duplicates:
        raise GazetteerError(f"{directory}: the same key is given to several entities: {', '.join(duplicates[:5])}")
    return Gazetteer(entities, stoplist)


def _rows(path: Path, required: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV with its line numbers; a missing file or column is a GazetteerError."""
    if not path.is_file():
        raise GazetteerError(f"reference table {path} is missing")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}")
        yield from enumerate(reader, start=2)


def _qid(value: str, where: str) -> str | None:
    """A well-formed QID or None; anything else is an error naming the row."""
    if not value:
        return None
    if not QID.fullmatch(value):
        raise GazetteerError(f"{where}: {value!r} is not a Wikidata QID (Q followed by digits)")
    return value


def _number(value: str, where: str, cast: type[float] | type[int]) -> float | int | None:
    """A number cell or None; a malformed number is an error naming the row."""
    if not value:
        return None
    try:
        return cast(value)
    except ValueError:
        raise GazetteerError(f"{where}: {value!r} is not a number") from None


def _split(value: str) -> tuple[str, ...]:
    """A `|`-separated cell as a tuple, blanks dropped, order kept."""
    return tuple(dict.fromkeys(v.strip() for v in value.split("|") if v.strip()))


NOTABLE = "notable"  # optional column: "yes" for places curated as well known (spellings added by hand)
_PLACE_COLUMNS = [
    "wof_id",
    "name",
    "placetype",
    "names_en",
    "lat",
    "lon",
    "parent_id",
    "country",
    "wikidata",
    "population",
]


def _read_places(path: Path) -> list[Entity]:
    """Rows of places.csv (Who's On First) as place entities; parents are still WOF ids here."""
    out = []
    for number, row in _rows(path, _PLACE_COLUMNS):
        where = f"{path}:{number}"
        cls = PLACE_CLASSES.get(row["placetype"])
        if cls is None:
            raise GazetteerError(f"{where}: unknown placetype {row['placetype']!r}")
        label = row["name"].strip()
        if not label or not row["wof_id"].isdigit():
            raise GazetteerError(f"{where}: a place needs a name and a numeric wof_id")
        lat, lon = _number(row["lat"], where, float), _number(row["lon"], where, float)
        population = _number(row["population"], where, int)
        out.append(
            Entity(
                key=f"place/{slug(label)}-{row['wof_id']}",
                kind="place",
                label=label,
                cls=cls,
                aliases=tuple(a for a in _split(row["names_en"]) if a != label),
                qid=_qid(row["wikidata"], where),
                qid_confidence="verified" if row["wikidata"] else None,
                parent=row["parent_id"] or None,
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
                population=int(population) if population is not None else None,
                wof_id=row["wof_id"],
                notable=(row.get(NOTABLE) or "").strip().lower() == "yes",
            )
        )
    return out


def _with_parent(entity: Entity, by_wof: dict[str, str], path: Path) -> Entity:
    """The place with its parent's WOF id replaced by the parent's key."""
    if entity.parent is None:
        return entity
    if entity.parent not in by_wof:
        raise GazetteerError(f"{path}: place {entity.wof_id} has parent {entity.parent}, which is not in the table")
    return _replace(entity, parent=by_wof[entity.parent])


def _replace(entity: Entity, **changes: object) -> Entity:
    """A copy of a frozen entity with some fields changed."""
    from dataclasses import replace

    return replace(entity, **changes)  # type: ignore[arg-type]


_EXTRA_COLUMNS = ["slug", "label", "class", "aliases", "parent", "lat", "lon", "qid", "qid_confidence", "source"]


def _read_extra_places(path: Path, by_wof: dict[str, str]) -> list[Entity]:
    """Rows of places-extra.csv: curated places outside WOF; parent is a WOF id or another extra's slug."""
    rows = list(_rows(path, _EXTRA_COLUMNS))
    slugs = {row["slug"] for _, row in rows}
    out = []
    for number, row in rows:
        where = f"{path}:{number}"
        if row["class"] not in PLACE_EXTRA_CLASSES:
            raise GazetteerError(f"{where}: unknown place class {row['class']!r}")
        parent = row["parent"]
        if parent in by_wof:
            parent_key: str | None = by_wof[parent]
        elif parent in slugs:
            parent_key = f"place/{parent}"
        elif not parent:
            parent_key = None
        else:
            raise GazetteerError(f"{where}: parent {parent!r} is neither a WOF id of places.csv nor an extra place")
        lat, lon = _number(row["lat"], where, float), _number(row["lon"], where, float)
        qid = _qid(row["qid"], where)
        out.append(
            Entity(
                key=f"place/{slug(row['slug'])}",
                kind="place",
                label=row["label"],
                cls=row["class"],
                aliases=tuple(a for a in _split(row["aliases"]) if a != row["label"]),
                qid=qid,
                qid_confidence=(row["qid_confidence"] or "verified") if qid else None,
                parent=parent_key,
                lat=float(lat) if lat is not None else None,
                lon=float(lon) if lon is not None else None,
            )
        )
    return out


_ACTOR_COLUMNS = ["key", "label", "class", "category", "aliases", "qid", "qid_confidence"]


def _read_actors(path: Path) -> list[Entity]:
    """Rows of actors.csv as actor entities."""
    out = []
    for number, row in _rows(path, _ACTOR_COLUMNS):
        where = f"{path}:{number}"
        if not row["key"].startswith("actor/") or not row["label"]:
            raise GazetteerError(f"{where}: an actor needs a key 'actor/<slug>' and a label")
        if row["class"] not in ACTOR_CLASSES:
            raise GazetteerError(f"{where}: unknown actor class {row['class']!r}")
        if row["category"] not in CATEGORIES:
            raise GazetteerError(f"{where}: unknown actor category {row['category']!r}")
        qid = _qid(row["qid"], where)
        confidence = row["qid_confidence"] or None
        if confidence not in {None, "verified", "weak"} or (confidence is None) != (qid is None):
            raise GazetteerError(f"{where}: qid_confidence must be 'verified' or 'weak' exactly when a QID is given")
        out.append(
            Entity(
                key=row["key"],
                kind="actor",
                label=row["label"],
                cls=row["class"],
                aliases=_split(row["aliases"]),
                qid=qid,
                qid_confidence=confidence,
                category=row["category"],
                metonyms=_split(row.get("metonyms") or ""),
            )
        )
    return out
