"""Quarters named with a word describing them before their kind ("al-Assad residential suburb"): the tables' name
with the kind ("al-Assad suburb") read across the word (twentieth session, helper places7; docs/extraction.md,
"Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

_NAME_WORD = r"(?:(?:al|el|Al|El)-)?[A-Z][a-z]+"
# A name, a word that says what the quarter is used for or how it is built, and its kind; a sentence's capitalised
# article opens no name ("The al-Assad residential suburb was shelled")
DESCRIBED_QUARTER = re.compile(
    rf"(?<![\w-])(?!(?:The|A|An)\s)(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+"
    r"(?:residential|industrial|housing|popular|commercial)\s+"
    r"(?P<kind>suburb|area|district|neighbou?rhood|quarter|zone|city)\b"
)


def with_described_quarters(body: str, span: Span, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The tables' "<name> <kind>" where a describing word stands between, in place of what was read in the name."""
    text = body[span.start : span.end]
    for match in DESCRIBED_QUARTER.finditer(text):
        words = list(re.finditer(r"\S+", match.group("name")))
        for first in range(len(words)):  # the longest name first: "Sheikh Najjar", then "Najjar"
            start = span.start + match.start("name") + words[first].start()
            entity = gazetteer.lookup(f"{body[start : span.start + match.end('name')]} {match['kind']}", "place")
            if entity is None or entity.cls != "Settlement":
                continue  # "the Homs residential district" is a part of the city, not the administrative district
            end = span.start + match.end("kind")
            kept = [m for m in found if m.span.end <= start or m.span.start >= end]
            found = sorted([*kept, Mention(Span(start, end), entity.key, "place")], key=lambda m: m.span.start)
            break
    return found
