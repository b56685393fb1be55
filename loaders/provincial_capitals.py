"""A province's seat referred to by its office alone: "In the province of Idlib ... jets bombed the provincial capital"
names the city of Idlib (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.seats import governorate_seats

# "the (rebel-held) provincial capital", "the province's capital", "the capital of the province", bare: a name right
# after it ("the provincial capital Idlib", "the provincial capital, Raqqa") is the city named, and read as such;
# "The provincial capital" opening a sentence is the same office (thirty-second session)
CAPITAL_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+-(?:held|controlled|run)\s+)?"
    r"(?P<ref>provincial\s+capital|province(?:'s|’s|s)\s+capital|capital\s+of\s+the\s+province)\b"
    r"(?!,?\s+(?:of\s+|city\s+)?(?:the\s+)?[A-Z])"
)


def with_provincial_capitals(
    body: str, spans: list[Span], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Each bare "the provincial capital" as a mention of the seat of the province last named before it, in its own
    sentence or the one before; a sentence that names no province and follows none keeps it unread."""
    seats = governorate_seats(gazetteer)
    out: list[list[Mention]] = []
    for index, (span, found) in enumerate(zip(spans, per_sentence, strict=True)):
        added: list[Mention] = []
        for match in CAPITAL_REFERENCE.finditer(body, span.start, span.end):
            before = [m for m in found if m.span.end <= match.start()] or (per_sentence[index - 1] if index else [])
            provinces = [m.key for m in before if m.kind == "place" and m.linked and m.key in seats]
            if provinces:
                added.append(Mention(Span(match.start("ref"), match.end("ref")), seats[provinces[-1]], "place"))
        out.append(sorted([*found, *added], key=lambda m: m.span.start) if added else found)
    return out
