"""Forces named by the country that backs them: "Turkey-backed rebels", "Ankara-backed factions" (the
"Turkish-backed rebels" of the actor table)."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span, overlapping

# "Turkey-backed rebels", "Ankara-backed factions": the backer named by its country or capital where the actor table
# names it by its nationality ("Turkish-backed rebels"; probe30)
BACKED = re.compile(r"\b(?:Turkey|Ankara)-backed\s+(?P<noun>rebels|fighters|forces|force|factions)\b")


def with_backer_names(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The sentence's mentions with forces named by a backing country or capital linked as the table's
    "Turkish-backed" forces, in place of the shorter mentions inside (the backer itself, "Turkey")."""
    for match in BACKED.finditer(body, span.start, span.end):
        backed = gazetteer.lookup(f"Turkish-backed {match.group('noun')}", "actor")
        if backed is None:
            continue
        start, end = match.span()
        covered = overlapping(found, start, end)
        # a longer name the gazetteer matched runs past it: that name stands
        if any(m.span.start < start or m.span.end > end for m in covered):
            continue
        found = sorted(
            [*(m for m in found if m not in covered), Mention(Span(start, end), backed.key, "actor")],
            key=lambda m: m.span.start,
        )
    return found
