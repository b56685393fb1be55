"""Places named after a sheikh: "Sheikh" opens many Syrian places' names ("Sheikh Maqsood", "Sheikh Miskin"), and
after a locative in prose the name is a place's, not a person's (sixteenth session; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.local_places import with_new_places
from loaders.model import Mention, Span

# "fighting in Sheikh Maqsood", "positions near Sheikh Zurvan": a lower-case word before the locative (prose, not a
# Title Case headline), not "on", "from" or "to", which take persons too ("a statement from Sheikh Ahmad"); the name
# is two words and ends there (a longer run may be a person's full name, "in Sheikh Ahmad al-Zurvani's house").
_SHEIKH_PLACE = re.compile(
    r"(?:^|(?<![\w'’-])[a-z][\w'’-]*\s+)(?:in|at|near|into|towards?|around)\s+"
    r"(?P<name>Sh(?:ei|ay|ai)kh\s+(?:(?:al|el)-)?[A-Z][a-z]{2,})(?![\w'’-])(?!\s+(?:[A-Z]|(?:al|el)-))"
)


def with_sheikh_places(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Mention]:
    """Add "Sheikh X" after a locative in prose as a local place, when no rule read it and the gazetteer lacks it."""
    text = body[span.start : span.end]
    names = [
        (Span(span.start + match.start("name"), span.start + match.end("name")), match.group("name"))
        for match in _SHEIKH_PLACE.finditer(text)
    ]
    return with_new_places(found, names, local_entities, lambda name: gazetteer.lookup(name) is not None)
