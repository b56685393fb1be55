"""The gazetteer: places and actors of data/reference/ with verified Wikidata QIDs, and the mention matcher.

`Gazetteer.load()` reads the reference tables once per directory; `find()` returns the mentions of known
places and actors in a text, longest match first, one entity per span. The matching rules (case, homonyms,
place or actor) are explained in docs/decisions/20261121-gazetteer.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from graph.paths import REFERENCE_DIR
from loaders import glued_articles
from loaders.aliases import name_tokens, tokenize
from loaders.mention_context import keeps_article
from loaders.model import Mention, Span
from loaders.name_matcher import NameMatcher
from loaders.reference_tables import Entity, GazetteerError, read_tables

__all__ = ["Entity", "Gazetteer", "GazetteerError"]


class Gazetteer(NameMatcher):
    """Places and actors with their names, hierarchy and Wikidata links; finds their mentions in text."""

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """The gazetteer of a reference directory (default data/reference), read once and cached."""
        return _load_cached(Path(directory or REFERENCE_DIR).resolve())

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
        tokens = glued_articles.unglued(tokenize(body[start:end], start), self._place_words)
        mentions: list[Mention] = []
        homonyms: dict[int, tuple[str, ...]] = {}  # mention index -> equally ranked places of the same name
        i = 0
        while i < len(tokens):
            found = self._match_at(tokens, i, body)
            if found is None:
                i += 1
                continue
            length, name, cut, ties = found
            if glued_articles.misread(tokens, i, length, name.kind, body, self._name_edge):
                i += 1
                continue
            if ties:
                homonyms[len(mentions)] = (name.key, *ties)
            first, last = tokens[i], tokens[i + length - 1]
            begin = first.start
            if first.article_start is not None and keeps_article(body, first.article_start, first.start, name.kind):
                begin = first.article_start
            mentions.append(Mention(Span(begin, last.end - cut), name.key, name.kind))
            i += length
        if homonyms:
            mentions = self._resolve_homonyms(mentions, homonyms)
        return mentions

    def homonyms(self, body: str, span: Span, mentions: list[Mention]) -> list[tuple[str, ...]]:
        """For each mention of a sentence (`span`), the equally ranked places of its name that `find` chose among,
        the one it chose first; () when the name has one such place (the sentence is read once, not per mention)."""
        tokens = glued_articles.unglued(tokenize(body[span.start : span.end], span.start), self._place_words)
        at: dict[int, int] = {}  # a character offset -> the first token that starts there, or whose article does
        for i, token in enumerate(tokens):
            at.setdefault(token.start, i)
            if token.article_start is not None:
                at.setdefault(token.article_start, i)
        out: list[tuple[str, ...]] = []
        for mention in mentions:
            index = at.get(mention.span.start)
            found = self._match_at(tokens, index, body) if index is not None else None
            choices = (found[1].key, *found[3]) if found is not None and found[3] else ()
            # a reading after the matcher's (a capital read as its province) is not the matcher's to undo
            out.append(choices if mention.key in choices else ())
        return out

    def _resolve_homonyms(self, mentions: list[Mention], homonyms: dict[int, tuple[str, ...]]) -> list[Mention]:
        """Villages of the same name: take the one in the district or governorate the text names most."""
        context = self.place_context(m for index, m in enumerate(mentions) if index not in homonyms)
        if not context:
            return mentions
        out = list(mentions)
        for index, keys in homonyms.items():
            # max keeps the first (the usual choice) on ties
            best = max(keys, key=lambda key: self.closeness(key, context))
            out[index] = Mention(mentions[index].span, best, "place")
        return out

    def place_context(self, mentions: Iterable[Mention]) -> dict[str, int]:
        """How often each place of the mentions, and each place holding it, is named."""
        context: dict[str, int] = {}
        for mention in mentions:
            if mention.kind == "place":
                for key in (mention.key, *self.ancestors(mention.key)):
                    context[key] = context.get(key, 0) + 1
        return context

    def closeness(self, key: str, context: dict[str, int]) -> tuple[int, ...]:
        """How often a context names a place's district, then its governorate (the country says nothing)."""
        return tuple(context.get(a, 0) for a in self.ancestors(key)[:-1][:2])


@lru_cache(maxsize=8)
def _load_cached(directory: Path) -> Gazetteer:
    """Read the reference tables of a directory into a Gazetteer (once per directory)."""
    entities, stoplist = read_tables(directory)
    return Gazetteer(entities, stoplist)
