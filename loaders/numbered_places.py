"""A place named with a number, "al-Rashideen 4 area": a numbered part of the place, a place of its own."""

from __future__ import annotations

import re

from loaders.local_places import local_place
from loaders.model import Mention, Span

# Syrian towns number their newer quarters and housing projects ("Dummar 1", "al-Hamdaniyeh 3000"): a number right
# after a place's name is part of the name when a place noun follows it ("al-Rashideen 4 area"); a toll or a year
# after a name ("in Idlib 15 people", "Aleppo 2016") has none
NUMBERED = re.compile(
    r"[ \t](?P<number>\d{1,4})(?![\d,.])(?=[ \t]+(?:area|neighbou?rhood|district|quarter|suburb|project)s?\b)",
    re.IGNORECASE,
)

# a name so minted: it ends on its number
NUMBERED_NAME = re.compile(r"[ \t]\d{1,4}$")


def with_numbered_places(body: str, found: list[Mention], local_entities: dict[str, tuple[str, str]]) -> list[Mention]:
    """Place mentions followed by their number and a place noun become local places named with the number."""
    out: list[Mention] = []
    for m in found:
        numbered = NUMBERED.match(body, m.span.end) if m.kind == "place" else None
        if numbered is None:
            out.append(m)
            continue
        at = Span(m.span.start, numbered.end("number"))
        out.append(local_place(local_entities, at, at.text(body)))
    return out
