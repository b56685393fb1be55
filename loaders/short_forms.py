"""A village named again without its size or side word ("Orum al-Kubra ... the branch in Orum") is the village named
in full, not a new local place (docs/extraction.md, "Mentions"; thirty-second session, helper placefp32)."""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.model import Mention
from loaders.side_words import SIDE_SPELLINGS

# The Arabic adjectives that tell two villages of one name apart, big and small, upper and lower, east and west
# ("Orum al-Kubra", "Safirah Tahtani", "al-Ghariyah al-Gharbiyah"): the news drops them once the village is named.
# The side and level words are `side_words.SIDE_SPELLINGS`, masculine or feminine ("-iya", "-iyah", "-iyeh"), the
# forms `side_words.side_after` writes too (thirty-third session, helper tidy33); "qibli" (southern, toward Mecca)
# and the size words are this list's own.
SIZE_OR_SIDE = re.compile(
    r"(?<!\s)\s{1,3}(?:(?:al|el)-)?(?:kubra|kubrah|sughra|sughrah|kabir|kabeer|saghir|sagheer|"
    rf"(?:{'|'.join(SIDE_SPELLINGS)}|qibli)(?:ya|yah|yeh)?)$",
    re.IGNORECASE,
)


def short_forms_of_named_places(body: str, per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """Local places whose name is a linked place's name, as written in the article, without its size or side word,
    keyed as that place; not when two linked places of the article share the short form."""
    owners: dict[str, set[str]] = {}
    for m in (m for found in per_sentence for m in found):
        if m.kind == "place" and m.linked:
            text = body[m.span.start : m.span.end]
            short = SIZE_OR_SIDE.sub("", text)
            if short != text and short.strip():
                owners.setdefault(short.casefold(), set()).add(m.key)
    if not owners:
        return per_sentence
    return [[_read_short(body, m, owners) for m in found] for found in per_sentence]


def _read_short(body: str, m: Mention, owners: dict[str, set[str]]) -> Mention:
    """The mention keyed as the one linked place its name is the short form of, else as it was."""
    if m.kind != "place" or m.linked:
        return m
    keys = owners.get(body[m.span.start : m.span.end].casefold(), set())
    return replace(m, key=next(iter(keys)), linked=True) if len(keys) == 1 else m
