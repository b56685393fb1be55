"""The gazetteer's index: its entities by key, their partOf hierarchy, and every name they are found by."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from loaders import spelling_index
from loaders.aliases import fold, is_acronym, name_tokens
from loaders.name_forms import (
    article_forms,
    bare_unit_name,
    countryside_owner,
    generated_by_several,
    governorate_forms,
    lower_case_form,
    short_name,
    without_inner_article,
    without_nationality,
)
from loaders.reference_tables import Entity
from loaders.spelling_index import NOT_TOWNS, UNIT_FORM_WORDS, IndexedName

BIG_TOWN = 10_000  # population from which a settlement without a QID counts as well known
SMALL_TOWN = 1_000
KNOWN_BARE_LETTERS = 5  # a known town's article-led one-word name of this length or more may go without it


@dataclass(frozen=True)
class Name:
    """One indexed name of an entity, with what the matcher needs to accept or rank it."""

    key: str
    kind: str
    words: tuple[str, ...]  # surface words, for the case check
    needs_article: bool  # "Al Bab" indexed as "bab": accept only after an article
    tier: int  # places: 4 country/qualified/curated, 3 known town, 2 bare governorate name, 1 small, 0 village
    population: int
    metonym: bool = False
    cut: bool = False  # a body's name cut short ("Syrian Observatory", "Civil Defence"): never inside a longer name


class GazetteerIndex:
    """Entities by key with their hierarchy, and their names indexed by folded words for the matcher."""

    def __init__(self, entities: Iterable[Entity], stoplist: Iterable[str] = ()) -> None:
        self._entities = {e.key: e for e in entities}
        self._stop = frozenset(fold(w) for w in stoplist)
        self._index: dict[tuple[str, ...], list[Name]] = {}
        self._lengths: dict[str, list[int]] = {}
        self._build_index()
        # the words of places' names, which a glued article may stand before (`glued_articles`)
        self._place_words = frozenset(
            word for norms, names in self._index.items() if any(n.kind == "place" for n in names) for word in norms
        )
        self._spelling = self._build_spelling_index()

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

    def _build_index(self) -> None:
        """Index every name of every entity by its folded words (names of actors and places alike)."""
        explicit: dict[tuple[str, ...], set[str]] = {}
        generated: list[tuple[str, str, int, bool]] = []
        cut: set[tuple[str, str]] = set()  # the actors' names cut short, of those generated
        norms: tuple[str, ...] | list[str]
        # the names as the tables write them: a hyphenated form (`article_forms`) never takes another's name
        written = {tuple(name_tokens(n)[0]) for e in self.entities() for n in (e.label, *e.aliases)}
        for entity in self.entities():
            if entity.kind == "actor":
                for alias in (entity.label, *entity.aliases):
                    self._add(entity, alias, tier=4, explicit=explicit)
                    for form in (short_name(alias), without_nationality(alias)):
                        if form is not None:
                            generated.append((entity.key, form, 4, False))
                            cut.add((entity.key, form))
                    inner = without_inner_article(alias)
                    if inner is not None:
                        generated.append((entity.key, inner, 4, False))  # "Islamic State in Iraq and Levant"
                    bare = without_nationality(alias)
                    if bare is not None and lower_case_form(bare, entity.cls):
                        generated.append((entity.key, bare.lower(), 4, False))  # "the civil defence rescuers"
                        cut.add((entity.key, bare.lower()))
                for alias in entity.metonyms:
                    self._add(entity, alias, tier=4, explicit=explicit, metonym=True)
                continue
            tier = place_tier(entity)
            for alias in dict.fromkeys(
                form
                for name in (entity.label, *entity.aliases)
                for form in article_forms(name)
                if form == name or tuple(name_tokens(form)[0]) not in written
            ):
                bare = bare_unit_name(alias, entity.cls)
                if entity.cls == "Governorate" and bare is not None:
                    generated += [(entity.key, form, 4, False) for form in governorate_forms(bare)]
                    if bare == alias:
                        self._add(entity, alias, tier=2, explicit=explicit)
                        continue
                if entity.cls == "District":
                    if bare is not None:
                        generated += [(entity.key, f"{bare} {word}", 4, False) for word in ("District", "district")]
                    if bare == alias:
                        continue
                self._add(entity, alias, tier=tier, explicit=explicit)
        # "Damascus southern countryside" is Rif Dimashq's, as its curated "Damascus countryside" is
        generated = [(countryside_owner(form, explicit) or key, form, t, m) for key, form, t, m in generated]
        shared = generated_by_several(generated)
        for key, form, tier, metonym in generated:
            if form in shared:
                continue  # two bodies' short names alike: neither is meant
            norms, _, _ = name_tokens(form)
            owners = explicit.get(tuple(norms), set())
            if owners and key not in owners:
                continue  # a curated name of another entity wins ("Damascus countryside" is Rif Dimashq)
            self._add(self._entities[key], form, tier=tier, explicit=None, metonym=metonym, cut=(key, form) in cut)
        for norms in self._index:
            self._lengths.setdefault(norms[0], []).append(len(norms))
        for first, lengths in self._lengths.items():
            self._lengths[first] = sorted(set(lengths), reverse=True)

    def _build_spelling_index(self) -> spelling_index.SpellingIndex:
        """Syria's known towns (and its governorates' unit forms) by how their names sound."""
        towns = [
            e
            for e in self.entities()
            if e.kind == "place" and place_tier(e) >= 3 and e.cls not in NOT_TOWNS and self.in_syria(e.key)
        ]  # units keep their own names and forms ("Sweida province")
        named = [
            (norms, IndexedName(n.key, n.kind, n.tier, n.words)) for norms, names in self._index.items() for n in names
        ]
        forms = [
            name
            for norms, name in named
            if len(norms) > 1
            and UNIT_FORM_WORDS & set(norms)
            and self._entities[name.key].cls == "Governorate"
            and self.in_syria(name.key)
        ]
        homes = {e.key: frozenset(self.ancestors(e.key)) for e in towns}
        index = spelling_index.build(towns, forms, [name for _, name in named], homes)
        groups = [e for e in self.entities() if e.kind == "actor" and e.cls in spelling_index.SPELT_ACTOR_CLASSES]
        spelling_index.add_actors(index, groups, [name for _, name in named])
        villages = [
            e
            for e in self.entities()
            if e.kind == "place" and e.cls == "Settlement" and place_tier(e) < 3 and self.in_syria(e.key)
        ]
        spelling_index.add_villages(index, villages, [name for _, name in named])
        spelling_index.add_glued(index)
        return index

    def town_spelt(self, name: str) -> str | None:
        """The one known Syrian town whose name has the vowel key of a name no entity has ("Quseir" is Al-Qusayr), as
        the matcher reads a word that stands where a place does; None for none, two, or a name of the index."""
        norms, surfaces, _ = name_tokens(name)
        if not surfaces or tuple(norms) in self._index:
            return None
        owners = self._spelling.owners(surfaces)
        return next(iter(owners)) if len(owners) == 1 else None

    def stoplisted(self, word: str) -> bool:
        """Whether a word is on the stoplist (a given name or name word, or a common English word)."""
        return fold(word) in self._stop

    def in_syria(self, key: str) -> bool:
        """Whether a place is Syria or lies in it, the country the articles are about (its towns are named bare)."""
        chain = [key, *self.ancestors(key)]
        return any(self._entities[k].cls == "Country" and self._entities[k].label == "Syria" for k in chain)

    def _add(
        self,
        entity: Entity,
        alias: str,
        tier: int,
        explicit: dict[tuple[str, ...], set[str]] | None,
        metonym: bool = False,
        cut: bool = False,
    ) -> None:
        """Index one name; an article-led single word ("Al Bab" -> "bab") needs the article in the text."""
        norms, words, leading = name_tokens(alias)
        if len(norms) > 1 and norms[0] == "the":
            norms, words = norms[1:], words[1:]  # "the regime" is indexed as "regime": spans never hold "the"
        if not norms:
            return
        key = tuple(norms)
        # A known town's longer name is written with or without its article ("Az Zabadani": "Zabadani"); a
        # village's or a short word's is no name without it ("Al Bab": "Bab" is a gate).
        known_bare = (
            tier >= 3
            and len(norms[0]) >= KNOWN_BARE_LETTERS
            and norms[0] not in self._stop
            and self.in_syria(entity.key)
        )
        needs_article = leading and len(norms) == 1 and entity.kind == "place" and not known_bare
        names = self._index.setdefault(key, [])
        for index, known in enumerate(names):
            if known.key == entity.key:
                # The same entity under the same words: keep the most permissive and the strongest.
                names[index] = Name(
                    entity.key,
                    entity.kind,
                    tuple(_looser(a, b) for a, b in zip(known.words, words, strict=True)),
                    known.needs_article and needs_article,
                    max(known.tier, tier),
                    entity.population or 0,
                    known.metonym and metonym,
                    known.cut and cut,
                )
                return
        names.append(
            Name(entity.key, entity.kind, tuple(words), needs_article, tier, entity.population or 0, metonym, cut)
        )
        if explicit is not None:
            explicit.setdefault(key, set()).add(entity.key)


def _looser(a: str, b: str) -> str:
    """Of two spellings of one word, the one whose case rule accepts more (lowercase > Capitalised > ACRONYM).

    >>> _looser("Countryside", "countryside"), _looser("IS", "Is")
    ('countryside', 'Is')
    """

    def rank(word: str) -> int:
        return 2 if word[:1].islower() else 0 if is_acronym(word) else 1

    return a if rank(a) >= rank(b) else b


def place_tier(entity: Entity) -> int:
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
