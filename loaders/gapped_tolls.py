"""Tolls whose verb is left out: "killed 30 people in Raqqa and at least 40 in Idlib" (docs/extraction.md).

English drops the verb a second count shares with the first when each is placed ("gapping"): the second count is a
toll of its own, at its own place, so `scenes.toll_scenes` can cut the report there (ACLED codes an event a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.counts import AMOUNT
from loaders.figure_bounds import bounds
from loaders.model import Figure, Span

# An apposition naming who the counted dead were: "including six children", "among them two women", "mostly civilians"
_WHO_THEY_WERE = (
    r"(?:including|among\s+(?:them|whom)|of\s+whom|mostly|most\s+of\s+them)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)
# What the first toll is followed by: its place ("in Raqqa province", "around the town of Shadadi"), a few words long;
# then "and", a count, who they were, and the place of the second, with no verb of its own between
_GAPPED = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:in|near|around|outside|at)\s+(?:[\w'’-]+\s+){0,8}?"
    rf"and\s+(?:another\s+|a\s+further\s+)?{AMOUNT}(?:\s+(?:more|others?|people|[a-z][\w-]*s))?"
    # who the second count's dead were, told before its place: "and another 23 among them 10 children in Ehsim"
    rf"(?:\s+{_WHO_THEY_WERE})?"
    r"(?=\s+(?:in|near|around|outside|at)\s)",
    re.IGNORECASE,
)
# "in the village and 40 in Idlib" is not gapping when the count counts something else ("40 km", "40 percent")
_NOT_DEAD = re.compile(r"(?:km|kilometers|kilometres|miles|metres|meters|percent|per|years?|days?|hours?|times)$", re.I)


def gapped_tolls(text: str, offset: int, figures: Sequence[Figure]) -> list[Figure]:
    """The counts a placed toll of `figures` (spans absolute, `text` starting at `offset`) shares its verb with."""
    found: list[Figure] = []
    for figure in figures:
        if figure.span is None or figure.kind != "fatalities":
            continue
        at = figure.span.end - offset
        gapped = _GAPPED.match(text, at)
        if gapped is None or _NOT_DEAD.search(gapped.group(0)):
            continue
        if any(f.span is not None and at <= f.span.start - offset < gapped.end() for f in figures):
            continue  # a count read there already has its own verb
        told = bounds(gapped)
        if told is not None:
            found.append(Figure(figure.kind, *told, None, Span(offset + _count_start(gapped), offset + gapped.end())))
    return found


def _count_start(match: re.Match[str]) -> int:
    """Where the second count opens (its qualifier, its number, or "between")."""
    for group in ("q", "n", "b1"):
        if match.group(group):
            return match.start(group) - (len("between ") if group == "b1" else 0)
    return match.start()
