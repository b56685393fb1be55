"""A quarter or village the article named with its kind, named again bare later ("Homs Akrameh neighbourhood")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention, Span, overlapping

# shorter names ("Dar", "Tal") are words of other names too often to be read bare
_SHORTEST = 4
# a name goes on: "Akrameh al-Makhzumi school" is a school, "Akrameh Street" a street
# (a run of spaces is tried from its start only: no quadratic search over long blanks)
_GOES_ON = re.compile(r"[\w'’-]|(?<!\s)\s+(?:(?:al|Al|el|El)-|[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+$")
# "the al-Sheitaat area ... the al-Sheitaat tribe": a name the text also gives a people is theirs as often as a place's,
# and the bare name may be the people ("executed after al-Sheitaat"); only its full forms are read
_PEOPLE_AFTER = re.compile(r"(?<!\s)\s+(?:tribes?|tribal|tribesmen|clans?|family|families)\b", re.IGNORECASE)


def local_places_named_again(
    body: str, spans: Sequence[Span], per_sentence: list[list[Mention]]
) -> list[list[Mention]]:
    """The unlinked places the article minted (a quarter or village the gazetteer lacks, named with its kind once: "in
    the Akrameh neighbourhood"), also where the text names them again without the kind. News names a quarter in full
    once and by its bare name after; the minting patterns read only the full form."""
    keys: dict[str, set[str]] = {}
    for m in (m for found in per_sentence for m in found):
        if m.kind == "place" and not m.linked:
            keys.setdefault(body[m.span.start : m.span.end], set()).add(m.key)
    names = [
        (name, next(iter(owners)))
        for name, owners in keys.items()
        if len(owners) == 1 and _readable(name) and not _also_a_people(body, name)
    ]
    if not names:
        return per_sentence
    out = [list(found) for found in per_sentence]
    every = [m for found in per_sentence for m in found]
    for name, key in names:
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}", body):
            start, end = hit.start(), hit.end()
            if _GOES_ON.match(body, end) or overlapping(every, start, end) or not _starts_a_name(body, start, every):
                continue
            for index, span in enumerate(spans):
                if span.start <= start and end <= span.end:
                    out[index].append(Mention(Span(start, end), key, "place", linked=False))
                    out[index].sort(key=lambda m: (m.span.start, m.span.end))
                    break
    return out


def _readable(name: str) -> bool:
    """Whether a minted name is long and name-like enough to be read bare."""
    return len(name) >= _SHORTEST and (name[0].isupper() or name[:3].lower() in ("al-", "el-")) and "\n" not in name


def _also_a_people(body: str, name: str) -> bool:
    """Whether the text names a tribe, clan or family by the name anywhere ("the al-Sheitaat tribe")."""
    return any(_PEOPLE_AFTER.match(body, hit.end()) for hit in re.finditer(re.escape(name), body))


def _starts_a_name(body: str, start: int, every: Sequence[Mention]) -> bool:
    """Whether no name word runs into the name from before it: a lower-case word or a stop before it, or a linked
    place whose quarter it is ("Homs Akrameh neighbourhood": FA-KES drops the possessive's apostrophe)."""
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return True
    return any(m.kind == "place" and m.linked and m.span.end == before.end(1) for m in every)
