"""A capital's own countryside: "Aleppo and its countryside" names the governorate beside the city (docs/extraction.md,
"Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

_SIDE = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# "Aleppo and its countryside", "Damascus, its countryside" (SANA's list, FA-KES drops the comma), "Hama city and its
# northern and western countryside": the pronoun takes the name back, and the countryside round a capital is its
# governorate's land (the governorate forms read "Aleppo countryside" so); a run of blanks is tried from its start only
OWN_COUNTRYSIDE = re.compile(
    rf"(?<!\s)(?:\s+city)?(?:\s*,)?\s+(?:and\s+)?its\s+(?:{_SIDE}(?:(?:\s*,)?\s+(?:and\s+)?{_SIDE}){{0,3}}\s+)?"
    r"(?P<land>countryside)\b",
    re.IGNORECASE,
)


def with_own_countryside(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A place named before "and its countryside" whose countryside the gazetteer knows as a governorate ("Aleppo
    countryside", "Damascus countryside") gives that governorate a mention on the word "countryside"."""
    added: list[Mention] = []
    taken = [(m.span.start, m.span.end) for m in found]
    for m in found:
        match = OWN_COUNTRYSIDE.match(body, m.span.end) if m.kind == "place" and m.linked else None
        if match is None:
            continue
        land = gazetteer.lookup(f"{m.span.text(body)} countryside", "place")
        start, end = match.span("land")
        if land is None or land.cls != "Governorate" or any(s < end and start < e for s, e in taken):
            continue
        added.append(Mention(Span(start, end), land.key, "place"))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found
