"""A city gate's name is "Bab" and one name: a local place that runs on into another named place is two (thirty-sixth
session, helper places36; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.local_places import local_place
from loaders.model import Mention, Span

# "Bab Qensrin", "Bab al-Faraj": the gate and its one name; then, with no comma (FA-KES dropped them), a name that
# opens on its own article ("al-Kallaseh", "al-Neel street") is the next item of the list, not more of the gate's name
_GATE_THEN_NAME = re.compile(r"Bab\s+(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’]+(?P<gap>\s+)(?=(?:[Aa]l|[Ee]l)-[A-Z])")


def gates_apart(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]]
) -> list[list[Mention]]:
    """Each local place whose words are a gate's name and then an article-led name ("Bab Qensrin al-Kallaseh", "Bab
    al-Faraj al-Neel street") as two local places: the gate, and the rest under its own words."""
    out = []
    for found in per_sentence:
        kept: list[Mention] = []
        for m in found:
            gate = _GATE_THEN_NAME.match(body, m.span.start, m.span.end) if m.kind == "place" and not m.linked else None
            if gate is None:
                kept.append(m)
                continue
            first, rest = Span(m.span.start, gate.start("gap")), Span(gate.end(), m.span.end)
            kept.append(local_place(local_entities, first, first.text(body)))
            kept.append(local_place(local_entities, rest, rest.text(body)))
        out.append(kept)
    return out
