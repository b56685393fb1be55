"""A place an article spells two ways, a vowel apart ("al-Hamidiyeh ... al-Hamediyeh", "Otaya ... Otoya"), is one
place (docs/extraction.md, "Mentions"; thirty-second session, helper placefp32)."""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.model import Mention

_VOWELS = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")
_BLANKS = re.compile(r"[\s-]+")
# Shorter names leave too few letters to tell two places apart
MIN_LETTERS = 5


def vowel_shape(name: str) -> str:
    """The name with each run of vowels written "V" and doubled letters single: the spellings of one Arabic name
    differ in their vowels and doubled letters, not in their consonants or where the vowels stand.

    >>> vowel_shape("al-Hamidiyeh") == vowel_shape("al-Hamediyeh"), vowel_shape("Zahra") == vowel_shape("Zuhur")
    (True, False)
    """
    return _VOWELS.sub("V", _DOUBLED.sub(r"\1", _BLANKS.sub(" ", name.casefold())))


def one_key_per_spelling(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Local places whose name has the vowel shape of another place mention of the article are that place: the
    linked place of that shape if there is exactly one, else the local place of that shape named first."""
    linked: dict[str, set[str]] = {}
    first_local: dict[str, str] = {}
    for m in (m for found in per_sentence for m in found):
        text = body[m.span.start : m.span.end]
        if m.kind != "place" or len(text) < MIN_LETTERS:
            continue
        shape = vowel_shape(text)
        if m.linked:
            linked.setdefault(shape, set()).add(m.key)
        else:
            first_local.setdefault(shape, m.key)
    renamed: dict[tuple[int, int], str] = {}
    for m in (m for found in per_sentence for m in found):
        text = body[m.span.start : m.span.end]
        if m.kind != "place" or m.linked or len(text) < MIN_LETTERS:
            continue
        shape = vowel_shape(text)
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
