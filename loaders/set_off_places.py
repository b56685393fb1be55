"""Places a count of villages announces and then names, set off by a dash or a colon: "rebels captured three villages
south of Aleppo - Zeitan Khalsa and Barna -", "the army took two towns: A and B"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.model import Span
from loaders.place_lists import NAME_RUN, Known, name_pieces, names_a_people

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several)"
# The count and its noun, then a short phrase saying where or from whom (no dash, colon or full stop in it), then the
# dash or colon that sets the names off. No locative or "of" opens such a list, so `place_lists` does not read it.
COUNTED = re.compile(
    rf"\b{_COUNT}\s+(?:(?:more|other|new|key|strategic|nearby|small)\s+)?(?:villages|towns|hamlets|settlements)\b"
    r"[^-–—:;.]{0,80}?\s?[-–—:]\s+"
)
# The set-off list ends at a dash, a full stop or the sentence's end: a run that goes on into the clause is no list.
_CLOSED = re.compile(r"\s*(?:[-–—.;]|\Z)")


def counted_lists(text: str, known: Known | None = None) -> Iterator[tuple[Span, str]]:
    """(span, "settlement") of each name of a list that a count of villages or towns announces, set off by a dash or
    a colon and closed by a dash or a full stop; the list must hold "and" (one name after a dash is often an aside)."""
    for counted in COUNTED.finditer(text):
        run = NAME_RUN.match(text, counted.end())
        if run is None or not re.search(r"\band\b", run.group()) or _CLOSED.match(text, run.end()) is None:
            continue
        for start, end in name_pieces(text, run.start(), run.end(), known):
            if not names_a_people(text[start:end]):
                yield Span(start, end), "settlement"
