"""A place an article spells two ways, a vowel apart ("al-Hamidiyeh ... al-Hamediyeh", "Otaya ... Otoya"), is one
place (docs/extraction.md, "Mentions"; thirty-second session, helper placefp32)."""

from __future__ import annotations

from dataclasses import replace

from loaders.aliases import name_key, tokenize
from loaders.model import Mention

# Shorter names leave too few letters to tell two places apart
MIN_LETTERS = 5


def spelling_key(name: str) -> tuple[str, ...]:
    """The name's key as the gazetteer keys one name spelt differently (`aliases.name_key`, its article dropped):
    the spellings of one Arabic name differ in their vowels and doubled letters, not in their consonants.

    >>> spelling_key("al-Hamidiyeh") == spelling_key("al-Hamediyeh"), spelling_key("Zahra") == spelling_key("Zuhur")
    (True, False)
    """
    return name_key([token.surface for token in tokenize(name)]) or (name.casefold(),)  # no word: as written


def one_key_per_spelling(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Local places whose name has the spelling key of another place mention of the article are that place: the
    linked place of that key if there is exactly one, else the local place of that key named first."""
    linked: dict[tuple[str, ...], set[str]] = {}
    first_local: dict[tuple[str, ...], str] = {}
    for m in (m for found in per_sentence for m in found):
        text = body[m.span.start : m.span.end]
        if m.kind != "place" or len(text) < MIN_LETTERS:
            continue
        shape = spelling_key(text)
        if m.linked:
            linked.setdefault(shape, set()).add(m.key)
        else:
            first_local.setdefault(shape, m.key)
    renamed: dict[tuple[int, int], str] = {}
    for m in (m for found in per_sentence for m in found):
        text = body[m.span.start : m.span.end]
        if m.kind != "place" or m.linked or len(text) < MIN_LETTERS:
            continue
        shape = spelling_key(text)
        keys = linked.get(shape, set())
        key = next(iter(keys)) if len(keys) == 1 else None if keys else first_local[shape]
        if key is not None and key != m.key:
            renamed[(m.span.start, m.span.end)] = key
    if not renamed:
        return per_sentence
    return [[_renamed(m, renamed) for m in found] for found in per_sentence]


def _renamed(m: Mention, renamed: dict[tuple[int, int], str]) -> Mention:
    """The mention under its new key (linked when the key is a gazetteer place's), else as it was."""
    key = renamed.get((m.span.start, m.span.end)) if m.kind == "place" and not m.linked else None
    if key is None:
        return m
    return replace(m, key=key, linked=not key.startswith("place/local/"))
