"""A province referred back to by its noun: "talents in Deir Ezzor ... the chaos plaguing the province" names the
governorate of the place just named (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

# a bare "the province" ("the province's"): not "the province of X", "the province, X", "the province Idlib"
PROVINCE_REFERENCE = re.compile(r"\bthe\s+(?P<ref>province)\b(?!,?\s+(?:of\b|[A-Z]))")
# "according to a source in the province": a speaker's seat told vaguely, SANA's formula, which names no place
_SPEAKER_IN = re.compile(r"\b(?:sources?|officials?|reporters?|correspondents?)\s+in\s+$", re.IGNORECASE)


def with_province_references(
    body: str, spans: list[Span], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each bare "the province" as a mention of the governorate of the place last named before it, in its sentence
    or the one before; a place outside any governorate, or none named, leaves it unread."""
    out: list[list[Mention]] = []
    for index, (span, found) in enumerate(zip(spans, per_sentence, strict=True)):
        added: list[Mention] = []
        for match in PROVINCE_REFERENCE.finditer(body, span.start, span.end):
            if _SPEAKER_IN.search(body, max(span.start, match.start() - 30), match.start()):
                continue
            before = [m for m in found if m.span.end <= match.start()] or (per_sentence[index - 1] if index else [])
            places = [m for m in before if m.kind == "place" and m.linked and m.key in gazetteer]
            province = _governorate(places[-1].key, gazetteer) if places else None
            if province is not None:
                added.append(Mention(Span(match.start("ref"), match.end("ref")), province, "place"))
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out


def _governorate(key: str, gazetteer: Gazetteer) -> str | None:
    """The governorate a place is or lies in, by the tables' parents; None outside any."""
    seen: set[str] = set()
    while key in gazetteer and key not in seen:
        seen.add(key)
        entity = gazetteer.get(key)
        if entity.cls == "Governorate":
            return key
        if entity.parent is None:
            return None
        key = entity.parent
    return None
