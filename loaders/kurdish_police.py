"""The Kurdish police, which the gazetteer lacks, as a local armed group: "five Kurdish policemen", "the Asayish"
(twenty-eighth session, helper sides28)."""

from __future__ import annotations

import re

from loaders.model import Mention, Span, overlapping

# The force of the Kurdish-run areas, by its Kurdish name (in the spellings the wires use) ...
ASAYISH = re.compile(r"(?<![\w-])(?:Asayish|Asayesh|Asaish|Asayis|Assayish|Asayiş)(?![\w-])")
# ... or by what it is: "the Kurdish police", "five Kurdish policemen", "Kurdish police officers"
KURDISH_POLICE = re.compile(r"(?<![\w-])Kurdish\s+(?:police(?:men|\s+officers|\s+force)?|policeman)(?![\w-])")


def with_kurdish_police(
    body: str, span: Span, found: list[Mention], local_entities: dict[str, tuple[str, str]]
) -> list[Mention]:
    """Add the Kurdish police as one local group: the Asayish when the article names them so, else "Kurdish police"."""
    text = body[span.start : span.end]
    matches = (*ASAYISH.finditer(text), *KURDISH_POLICE.finditer(text))
    if not matches:
        return found  # most sentences: the article-wide search below is done only for one that names the force
    # an article that names the Asayish anywhere means them by "the Kurdish police" too
    label = "Asayish" if ASAYISH.search(body) else "Kurdish police"
    key = "actor/local/" + ("asayish" if label == "Asayish" else "kurdish-police")
    added: list[Mention] = []
    for match in matches:
        start, end = span.start + match.start(), span.start + match.end()
        if overlapping([*found, *added], start, end):
            continue  # a name the gazetteer or another rule read already
        local_entities[key] = ("group", label)
        added.append(Mention(Span(start, end), key, "actor", linked=False))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found
