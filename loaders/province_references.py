"""A province referred back to by its noun: "talents in Deir Ezzor ... the chaos plaguing the province" names the
governorate of the place just named (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.capital_readings import named_province
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

# a bare "the province" ("the province's"), "The province" opening a sentence too: not "the province of X", "the
# province, X", "the province Idlib"
PROVINCE_REFERENCE = re.compile(r"\b[Tt]he\s+(?P<ref>province)\b(?!,?\s+(?:of\b|[A-Z]))")
# "according to a source in the province": a speaker's seat told vaguely, SANA's formula, which names no place
_SPEAKER_IN = re.compile(r"\b(?:sources?|officials?|reporters?|correspondents?)\s+in\s+$", re.IGNORECASE)


def with_province_references(
    body: str, spans: list[Span], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each bare "the province" as a mention of the governorate last named before it, in its sentence or the one
    before, or of the one named after the city last named there; any other place last, or none, leaves it unread."""
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
    """The governorate a place is, or the one named after a city ("Deir Ezzor"); None for other places, whose
    governorate rests on which namesake was read (an Aleppo village read as Hasakah's would carry the wrong one)."""
    entity = gazetteer.get(key)
    if entity.cls == "Governorate":
        return key
    return named_province(entity, gazetteer) if entity.cls == "Settlement" else None
