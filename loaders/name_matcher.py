"""The gazetteer's matcher: the longest acceptable name at a word, by its indexed words or its spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from loaders import spelling_index
from loaders.aliases import Token, fold, is_acronym, plain, possessive_base, shape_matches
from loaders.bare_possessives import owns_what_follows, place_owns_what_follows
from loaders.gazetteer_index import GazetteerIndex, Name, place_tier
from loaders.mention_context import (
    actor_context,
    border_after,
    compound_actor,
    in_longer_name,
    joined,
    locative_before,
    placed_by_neighbour,
    sentence_initial,
)
from loaders.possessive_places import possessive_stripped
from loaders.spelling_index import UNIT_FORM_WORDS

MIN_VILLAGE_LETTERS = 4
# A neighbouring known name is looked for up to this many words long ("Khan Shaykhun", "Maarat al Numan").
MAX_NEIGHBOUR_WORDS = 3
ACRONYM_WORD_LETTERS = 4  # "Isis" is ISIS written as a word; "Is" is a verb
# Capitalised compass words end a name before them or start none after: "al-Zarbeh South of Aleppo".
_COMPASS = frozenset(
    fold(w) for w in (
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central",
    )
)  # fmt: skip
# Words that build place names ("Tal al-Jabiyeh", "Deir Hafer"): alone, such a word is no neighbouring town.
_NAME_WORDS = frozenset(
    fold(w) for w in (
        "tal", "deir", "kafr", "ain", "jabal", "khirbet", "abu", "umm", "beit", "bayt", "ras", "wadi", "jisr", "khan",
        "qasr", "bir", "marj", "sheikh", "hay", "bab", "tell", "mount", "hill", "new", "old", "upper", "lower",
    )
)  # fmt: skip


# Words that open a village's name and end none: the capitalised word before them ends another name.
_OPENING_WORDS = frozenset(fold(w) for w in ("kafr", "deir", "khirbet"))


def _written_lower(body: str, word: str) -> bool:
    """Whether the text writes this word in lower case too: a common word, whatever name it sounds like."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", body) is not None


def _undoubled(word: str) -> str:
    """A word's plain form with doubled letters made single ("Waar" -> "war")."""
    return re.sub(r"(.)\1", r"\1", plain(word))


def _runs_at(
    tokens: list[Token], i: int, body: str, longest: int, longer_than: int
) -> Iterator[tuple[int, list[Token]]]:
    """The runs of joined words starting at token i, longest first, for the vowel-key matchers to read as a name."""
    for length in range(longest, longer_than, -1):
        window = tokens[i : i + length]
        if len(window) != length or (length > 1 and not joined(body, window)):
            continue
        if length > 1 and window[0].norm in spelling_index.ENGLISH_OPENERS:
            continue  # "In Daraa" is the preposition and Daraa, not "Ain Dara"
        yield length, window


def _glued_compass(tokens: list[Token], i: int, body: str) -> bool:
    """Whether tokens[i] is the second half of a hyphenated compass word ("north-eastern", "south–west")."""
    return (
        i > 0
        and tokens[i].norm in _COMPASS
        and tokens[i - 1].norm in _COMPASS
        and body[tokens[i - 1].end : tokens[i].start] in ("-", "–")
    )


class NameMatcher(GazetteerIndex):
    """Finds the one name starting at a word: case, article and village rules, spellings, place or actor."""

    def _match_at(self, tokens: list[Token], i: int, body: str) -> tuple[int, Name, int, tuple[str, ...]] | None:
        """The longest acceptable name starting at token i: (length in tokens, name, characters cut, homonyms); a
        known town spelt with other vowels when no name is."""
        known = self._match_known(tokens, i, body)
        spelt = self._match_vowels(tokens, i, body, longer_than=known[0] if known else 0)
        group = None if spelt else self._match_group_spelling(tokens, i, body, longer_than=known[0] if known else 0)
        return spelt or group or known  # the longest name wins: "Der Ezzor province" is the governorate, not the city

    def _match_group_spelling(
        self, tokens: list[Token], i: int, body: str, longer_than: int = 0
    ) -> tuple[int, Name, int, tuple[str, ...]] | None:
        """The one armed group whose name has the vowel key of the capitalised words at i ("Hizbollah", "Jebhat
        al-Nosra"), none of them a common word the article writes in lower case ("Dash" is no "Daesh")."""
        if not tokens[i].surface[:1].isupper():
            return None
        for length, window in _runs_at(tokens, i, body, MAX_NEIGHBOUR_WORDS, longer_than):
            if not all(t.surface[:1].isupper() for t in window) or tuple(t.norm for t in window) in self._index:
                continue  # a lower-case word is no name's; the very name of another entity was not taken here
            owners = self._spelling.actor_owners([t.surface for t in window])
            if len(owners) != 1 or any(_written_lower(body, t.surface) for t in window):
                continue
            key = next(iter(owners))
            return length, Name(key, "actor", tuple(t.surface for t in window), False, 4, 0), 0, ()
        return self._acronym_as_word(tokens[i], body) if longer_than == 0 else None

    def _acronym_as_word(self, token: Token, body: str) -> tuple[int, Name, int, tuple[str, ...]] | None:
        """An actor's acronym of four letters or more written as a word, as British papers do ("Isis", "Unicef"),
        when it is no other name and the article does not write it in lower case."""
        word = token.surface
        if len(word) < ACRONYM_WORD_LETTERS or not word[1:].islower():
            return None
        names = self._index.get((token.norm,), [])
        if len(names) != 1 or names[0].kind != "actor" or names[0].words != (word.upper(),):
            return None
        return None if _written_lower(body, word) else (1, names[0], 0, ())  # the text scanned last: it costs most

    def _match_vowels(
        self, tokens: list[Token], i: int, body: str, longer_than: int = 0
    ) -> tuple[int, Name, int, tuple[str, ...]] | None:
        """The one known Syrian town whose name has the vowel key of the capitalised words at i ("Khan Sheikhoun"),
        longer than the indexed name found there."""
        unit_first = tokens[i].norm in UNIT_FORM_WORDS and i + 1 < len(tokens) and tokens[i + 1].norm == "of"
        if not tokens[i].surface[:1].isupper() and not unit_first:
            return None
        longest = MAX_NEIGHBOUR_WORDS + 2 if unit_first else MAX_NEIGHBOUR_WORDS  # "province of" reads two words more
        for length, window in _runs_at(tokens, i, body, longest, longer_than):
            if tuple(t.norm for t in window) in self._index:
                continue  # the very name of another place or actor ("Sarin", a village), which was not taken here
            surfaces, cut = possessive_stripped([t.surface for t in window])  # "Zabadany's western countryside"
            owners = self._spelling.owners(surfaces)
            village = not owners and length > 1
            if village and not any(self._name_edge(window, j, False) for j in range(length)):
                owners = self._spelling.village_owners(surfaces)  # "Homs Hama" is two towns
            if len(owners) != 1:
                continue  # none, or two towns: the spelling does not say which
            entity = self._entities[next(iter(owners))]
            if length == 1 and (tokens[i].norm in self._stop or not self._placed(tokens, i, body)):
                return None  # one word alone must stand where a place does ("gas Sarin" is no Suran)
            tier = place_tier(entity) if village else 3  # a village keeps the village rules
            name = Name(entity.key, "place", tuple(surfaces), False, tier, entity.population or 0)
            if in_longer_name(body, tokens, i, length, self._name_edge):
                return None  # a word of a longer name the gazetteer lacks: that name is some other place
            if self._fits(name, tokens, i, length, list(name.words), body):
                return length, name, cut, ()
        return None

    @staticmethod
    def _placed(tokens: list[Token], i: int, body: str) -> bool:
        """Whether the word at i stands where a place does: after a locative or before a unit noun ("town")."""
        if sentence_initial(body, tokens[i].article_start or tokens[i].start):
            return False
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if after in _FOLDED_UNIT_NOUNS:
            return True
        if _crossing_after(tokens, i):
            return True
        before = tokens[i - 1].norm if i > 0 else ""
        if before in _LOOSE_LOCATIVES and not (before == "of" and i > 1 and tokens[i - 2].norm in _OF_PLACES):
            return False  # "traces of", "a plan for": the word after names many things besides places
        return locative_before(tokens, i, body) or placed_by_neighbour(tokens, i, body)

    def _match_known(self, tokens: list[Token], i: int, body: str) -> tuple[int, Name, int, tuple[str, ...]] | None:
        """The longest acceptable indexed name starting at token i."""
        first = tokens[i]
        known = self._lengths.get(first.norm)
        single_possessive = first.surface[-1:] == "s" and _possessive_norm(first.surface) in self._index
        # "the regimes forces" (FA-KES dropped the apostrophe): the possessive opens an actor's longer name
        # (a common noun only: "Assads regime" names the man and the regime, as annotators read it)
        owner_base = possessive_base(first.surface) if first.surface[-1:] == "s" and first.surface.islower() else None
        owner = fold(owner_base[0]) if owner_base else ""
        owner_lengths = [n for n in self._lengths.get(owner, ()) if n > 1] if owner else []
        if not known and not single_possessive and not owner_lengths:
            return None  # most words start no name: leave before building anything
        lengths = list(known or ())
        if single_possessive and 1 not in lengths:
            lengths.append(1)
        lengths += [n for n in owner_lengths if n not in lengths]
        for length in sorted(lengths, reverse=True):
            if i + length > len(tokens):
                continue
            window = tokens[i : i + length]
            if length > 1 and not joined(body, window):
                continue
            norms = tuple(t.norm for t in window)
            options: list[tuple[list[Name], int, list[str]]] = []
            if norms in self._index:
                options.append((self._index[norms], 0, [t.surface for t in window]))
            if length > 1 and length in owner_lengths and (owner, *norms[1:]) in self._index:
                owners = [n for n in self._index[(owner, *norms[1:])] if n.kind == "actor"]
                options.append((owners, 0, [owner_base[0] if owner_base else ""] + [t.surface for t in window[1:]]))
            last = window[-1].surface
            tail = possessive_base(last) if last[-1:] == "s" else None
            if tail:
                alt = (*norms[:-1], fold(tail[0]))
                if alt in self._index:
                    surfaces = [t.surface for t in window[:-1]] + [tail[0]]
                    # Only proper names take the bare "s" ("Syrias"); "Islamic State groups" is a plural. A word in
                    # -y takes it as a possessive only ("the Syrian armys artillery": the plural is "armies"), and
                    # a common noun before what a body has ("the regimes siege").
                    owned = i + length < len(tokens) and tokens[i + length].norm in _OWNED_AFTER
                    # a name no actor bears ("Hama") is held to a town's possessions: "Hamas fighters" is no Hama's
                    place_only = all(n.kind == "place" for n in self._index[alt])
                    strong = [
                        n
                        for n in self._index[alt]
                        if (n.kind == "actor" or n.tier >= 2)
                        and (
                            not n.words[-1][:1].islower()
                            or re.search(r"[^aeiou]y$", tail[0])
                            or (n.kind == "actor" and owned)
                        )
                        and not (n.kind == "place" and length == 1 and alt[0] in self._stop)  # "Hits" is no "Hit"
                        and not (tail[1] == 1 and not owns_what_follows(tokens, i + length, body))  # "Hamas said"
                        and not (tail[1] == 1 and place_only and not place_owns_what_follows(tokens, i + length, body))
                    ]
                    options.append((strong, tail[1], surfaces))
            for names, cut, surfaces in options:
                chosen, ties = self._choose(names, tokens, i, length, surfaces, body)
                if chosen is not None:
                    return length, chosen, cut, ties
        return None

    def _choose(
        self, names: list[Name], tokens: list[Token], i: int, length: int, surfaces: list[str], body: str
    ) -> tuple[Name | None, tuple[str, ...]]:
        """Pick one entity among the names that fit this text (case, article, village rules, place or actor),
        with the keys of equally ranked places of the same name when a place is picked."""
        fitting = [n for n in names if self._fits(n, tokens, i, length, surfaces, body)]
        places = sorted((n for n in fitting if n.kind == "place"), key=lambda n: (-n.tier, -n.population, n.key))
        actors = sorted((n for n in fitting if n.kind == "actor"), key=lambda n: (n.metonym, n.key))
        place = places[0] if places else None
        actor = actors[0] if actors else None
        ties = tuple(n.key for n in places[1:] if place and (n.tier, n.population) == (place.tier, place.population))
        if place is not None and place.tier == 0:
            # "the Hara area in southern Daraa province": a village named with its article ("Al Harah") written
            # without it is a namesake too, chosen only when the text names where it lies
            ties += tuple(
                n.key
                for n in names
                if n.kind == "place"
                and n.needs_article
                and tokens[i].article_start is None
                and (n.tier, n.population) == (place.tier, place.population)
                and n.key not in ties
                and n.key != place.key
                and self._fits(replace(n, needs_article=False), tokens, i, length, surfaces, body)
            )
        if actor is None:
            return place, ties
        # "a halt to Moscows aerial bombing": a name read off the possessive FA-KES wrote without its apostrophe is
        # used as the actor, as "Moscow's" is; a country's is still the land ("Syrias war") (sides28)
        owned = surfaces[-1] != tokens[i + length - 1].surface
        if place is None:
            if actor.metonym:
                return (actor if owned or actor_context(tokens, i, length, body) else None), ()
            return actor, ()
        if not actor.metonym and place.tier <= 1:
            return actor, ()
        country = self._entities[place.key].cls == "Country"
        if country and self._entities[place.key].wof_id is None and not actor.metonym:
            # A neighbouring state ("Turkey", "Lebanon") is mostly an actor; a place only after a locative.
            if compound_actor(tokens, i, length, body) or not (
                locative_before(tokens, i, body) or border_after(tokens, i, length, body)
            ):
                return actor, ()
            return place, ties
        if actor_context(tokens, i, length, body, possessive_decides=not country) or (owned and not country):
            return actor, ()
        return place, ties

    def _fits(self, name: Name, tokens: list[Token], i: int, length: int, surfaces: list[str], body: str) -> bool:
        """Case, article and village rules for one candidate name at tokens[i : i + length]."""
        if len(name.words) != length:
            return False
        if not all(_shape_fits(a, t, i) for i, (a, t) in enumerate(zip(name.words, surfaces, strict=True))):
            return False
        if name.needs_article and tokens[i].article_start is None:
            return False
        if _glued_compass(tokens, i, body):
            return False  # "north-eastern Syria" is no "eastern Syria": the country is what it names
        if name.kind == "place" and length == 1:
            word = tokens[i].norm
            initial = sentence_initial(body, tokens[i].article_start or tokens[i].start)
            given = word in self._stop and not _settlement_of_before(tokens, i)  # "the town of Salma" is a place
            if name.tier == 0 and (len(word) < MIN_VILLAGE_LETTERS or given or initial):
                return False
            if word in self._stop and (initial or in_longer_name(body, tokens, i, length)):
                return False  # "Hit" (a town in Iraq) opening a sentence is the verb; "Anna Willard" no town
            if word in self._stop and _undoubled(name.words[0]) == plain(surfaces[0]) != plain(name.words[0]):
                return False  # the common word, not the name it folds to by a doubled letter: "War" is no "Waar"
        if name.cut and _inside_other_name(tokens, i, length, body):
            return False
        return not (
            name.kind == "place" and name.tier == 0 and in_longer_name(body, tokens, i, length, self._name_edge)
        )

    def _name_edge(self, tokens: list[Token], j: int, before: bool) -> bool:
        """Whether the capitalised word at j is where another name starts (or, before, ends): a compass word or a
        known town, so that FA-KES's comma-less lists ("Um Sharshouh Talbeesah and Rastan") are not one name."""
        if tokens[j].norm in _COMPASS:
            return True
        if before and j + 1 < len(tokens) and tokens[j + 1].norm in _OPENING_WORDS:
            return True  # "in Jisreen Kafr Batna": a village's first word starts a name of its own
        for length in range(1, MAX_NEIGHBOUR_WORDS + 1):
            window = tokens[j - length + 1 : j + 1] if before else tokens[j : j + length]
            if len(window) != length:
                break
            if length == 1 and window[0].norm in _NAME_WORDS:
                continue
            names = self._index.get(tuple(t.norm for t in window), [])
            if any(n.kind == "place" and n.tier >= 1 for n in names):
                return True
        return False


# What a body has, after a common noun that FA-KES wrote without its apostrophe: "the regimes siege", "the
# governments forces" (the plural "regimes" is rarely followed by these).
_OWNED_AFTER = frozenset(
    fold(w)
    for w in (
        "siege", "blockade", "warplane", "warplanes", "jets", "helicopter", "helicopters", "aircraft", "forces",
        "army", "troops", "soldiers", "snipers", "artillery", "shelling", "bombardment", "offensive", "militia",
        "militias", "strikes", "airstrikes", "raids", "assault", "attack", "attacks",
    )
)  # fmt: skip
# Lower-case unit nouns after a name are the text's own words: "Damascus city" is the city, not "Damascus City".
_UNIT_NOUNS = frozenset({"city", "town", "village", "province", "governorate", "district", "countryside", "region"})
_FOLDED_UNIT_NOUNS = frozenset(fold(w) for w in _UNIT_NOUNS)  # as tokens' norms spell them ("vilage")
# A settlement's noun before "of" names the settlement (nineteenth session, helper places6)
_SETTLEMENT_NOUNS = frozenset(fold(w) for w in ("town", "village", "city"))
_LOOSE_LOCATIVES = frozenset(fold(w) for w in ("of", "for", "about", "to", "over"))
# Nouns after which "of" names a place: "the town of", "the outskirts of", "the countryside of", "the Damascus
# suburb of" (a city's parts name their own places).
_OF_PLACES = frozenset(
    fold(w)
    for w in (
        *_UNIT_NOUNS, "outskirts", "area", "areas", "towns", "villages", "cities", "suburb", "suburbs",
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
        # a bearing locates a place against a place ("southwest of Mourek"; "south-east of" is read as its last
        # word; twenty-first session)
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    )
)  # fmt: skip


def _shape_fits(alias_word: str, text_word: str, index: int) -> bool:
    """The case rule for one word of a name: the first word carries it; later capitalised words of a multi-word name
    may be written in lower case ("the Russian defense ministry", "Hama countryside"), acronyms never.

    >>> _shape_fits("Ministry", "ministry", 1), _shape_fits("Ministry", "ministry", 0), _shape_fits("IS", "is", 1)
    (True, False, False)
    """
    if index > 0 and alias_word[:1].isupper() and not is_acronym(alias_word) and text_word.lower() not in _UNIT_NOUNS:
        return True
    return shape_matches(alias_word, text_word)


def _settlement_of_before(tokens: list[Token], i: int) -> bool:
    """Whether "the town of", "the village of" stands before the word at i: what a given name names there is a place."""
    return i > 1 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in _SETTLEMENT_NOUNS


@lru_cache(maxsize=100_000)
def _possessive_norm(surface: str) -> tuple[str]:
    """The folded one-word key of a word read as a possessive ("Syrias" -> ("syria",)), or ("",)."""
    base = possessive_base(surface)
    return (fold(base[0]),) if base else ("",)


_CROSSING = fold("crossing")
_BORDER = fold("border")


def _crossing_after(tokens: list[Token], i: int) -> bool:
    """Whether "crossing" or "border crossing" follows the word at i: "the Atme crossing" names a town's crossing."""
    after = [t.norm for t in tokens[i + 1 : i + 3]]
    return after[:1] == [_CROSSING] or after == [_BORDER, _CROSSING]


def _inside_other_name(tokens: list[Token], i: int, length: int, body: str) -> bool:
    """Whether a name cut short at tokens[i : i + length] is part of another body's longer name."""
    # "the Iraqi Observatory for Human Rights", "the Arab Network for Human Rights Information": another nationality
    # or word before; "the Syrian Center for Justice and Accountability": another body's "for"/"of" after
    if i > 0 and tokens[i - 1].surface[:1].isupper() and joined(body, tokens[i - 1 : i + 1]):
        before = tokens[i - 1]
        if not sentence_initial(body, before.article_start if before.article_start is not None else before.start):
            return True
    after = tokens[i + length - 1 : i + length + 2]
    return len(after) == 3 and after[1].norm in ("for", "of") and after[2].surface[:1].isupper() and joined(body, after)
