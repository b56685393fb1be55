"""A deed whose victim is a whole people: "Russia's massacres against the Syrian people" tells no engagement."""

from __future__ import annotations

import re

# News English names a whole people as the victim when it sums a war up or levels a charge ("the regime's war on its
# own people", "Russia's massacres against the Syrian people"); one engagement is told by its place or its victims
# counted. The trigger, then "against", "on" or "upon" and "the Syrian people" or "its / his / their own people";
# "the people of Douma" names a town's people and is left, as is "the people" alone ("fired on the people gathered").
_WHOLE_PEOPLE = re.compile(
    r"\s{1,3}(?:against|on|upon)\s{1,3}(?:the\s{1,3}Syrian|(?:its|his|their)\s{1,3}own)\s{1,3}people\b"
    r"(?!\s{1,3}(?:of|in|at)\b)",
    re.IGNORECASE,
)


def whole_people(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's victim is a whole people ("massacres against the Syrian people"), no one engagement."""
    return _WHOLE_PEOPLE.match(text, match.end()) is not None
