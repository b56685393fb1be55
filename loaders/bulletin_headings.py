"""A bulletin's section heading run into its first sentence ("... vehicles. Daraa An army unit targeted ..."): the
province or capital named there heads the section and is no place mention of its own (docs/extraction.md, Mentions)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.capital_readings import named_province
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Sentence

# What opens a sentence, never a name's next word: a capitalised article, or the army's units ("Army units carried
# out", "Units of the army"); case-sensitive, so "the army" in prose and "Daraa Army Command" are not read.
_ITEM_OPENS = re.compile(r"[ \t]+(?:An?|The)[ \t]+[a-z]|[ \t]+(?:Army[ \t]+units|Units[ \t]+of)\b")


def without_bulletin_headings(
    body: str, mined: Sequence[Sentence], per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """Drop a provincial capital or province that opens a sentence as a heading, when the article names it (or its
    capital or province) elsewhere: the annotators list the section's own mentions, not its heading."""
    named: dict[str, int] = {}
    for found in per_sentence:
        for m in found:
            if m.kind == "place" and m.linked:
                for key in _same_land(m.key, gazetteer):
                    named[key] = named.get(key, 0) + 1
    out = []
    for sentence, found in zip(mined, per_sentence, strict=True):
        first = next((m for m in found if m.kind == "place"), None)
        if (
            first is not None
            and first.linked
            and first.span.start == sentence.span.start
            and _ITEM_OPENS.match(body, first.span.end)
            and _capital_or_province(first.key, gazetteer)
            and any(named.get(key, 0) > 1 for key in _same_land(first.key, gazetteer))
        ):
            found = [m for m in found if m is not first]
        out.append(found)
    return out


def _capital_or_province(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a key is a governorate or the city it is named after."""
    if key not in gazetteer:
        return False
    entity = gazetteer.get(key)
    return entity.cls == "Governorate" or (entity.cls == "Settlement" and named_province(entity, gazetteer) is not None)


def _same_land(key: str, gazetteer: Gazetteer) -> set[str]:
    """The key, and for a provincial capital its province: either named elsewhere vouches for the heading."""
    if key not in gazetteer:
        return {key}
    entity = gazetteer.get(key)
    province = named_province(entity, gazetteer) if entity.cls == "Settlement" else None
    return {key, province} if province else {key}
