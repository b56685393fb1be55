"""Place context: the places a sentence's own words leave out, read from the sentences around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.abroad import abroad_keys
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.same_engagement import ANAPHORA_WINDOW

# The place nouns that name a settlement: "the city" cannot refer back to a desert or a province.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "neighbourhood", "neighborhood", "enclave"})
_INTRODUCED = re.compile(
    r"\b(?P<noun>city|town|village|province|district|region|desert|area|neighbou?rhood)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Aleppo city", "the rebel-held Atareb town": the noun after a name introduces it as "the city of Aleppo" does. Lower
# case only: a title-cased headline's "Massacre in Hama Village" is a village of Hama. Not the first word of a
# compound ("the Homs town hall", "the city council"): a building or body of the place says nothing of its size.
_INTRODUCED_AFTER = re.compile(
    r"\s+(?P<noun>city|town|village)(?:'?s|’s)?(?![\w-])"
    r"(?!\s+(?:halls?|councils?|centre|center|square|limits|walls|gates?|authorities|officials)\b)"
)


# "a town in northern Syria" is smaller than this.
TOWN_POPULATION = 200_000


def broad(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a place is a country, a governorate or a region: wider than any town."""
    return key in gazetteer and gazetteer.get(key).cls in ("Country", "Governorate", "NaturalRegion")


def listed_before(body: str, index: int, per_sentence: Sequence[Sequence[Mention]], noun: str) -> list[str]:
    """The places of the latest list the few sentences before introduced with `noun` ("the villages of X and Y")."""
    head = re.compile(rf"\b{noun}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    for found in reversed(per_sentence[max(0, index - ANAPHORA_WINDOW) : index]):
        places = [m for m in found if m.kind == "place"]
        for i, m in enumerate(places):
            if head.search(body, max(0, m.span.start - 30), m.span.start):
                listed, end = [m.key], m.span.end
                for nxt in places[i + 1 :]:
                    if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", body[end : nxt.span.start]):
                        break
                    listed.append(nxt.key)
                    end = nxt.span.end
                return listed
    return []


def town_named_next(index: int, per_sentence: Sequence[Sequence[Mention]], gazetteer: Gazetteer) -> list[str]:
    """The first town named in the next few sentences (the one "a town in northern Syria" turns out to be)."""
    for found in per_sentence[index + 1 : index + 1 + ANAPHORA_WINDOW]:
        for m in found:
            entity = gazetteer.get(m.key) if m.key in gazetteer else None
            # "a town" is no city of a million: Damascus named next is another matter ("Damascus ally Russia")
            if (
                m.kind == "place"
                and m.key not in abroad_keys(gazetteer)
                and (entity is None or (entity.cls == "Settlement" and (entity.population or 0) < TOWN_POPULATION))
            ):
                return [m.key]
    return []


def specific_places(keys: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """The places that are not an ancestor of another place named with them ("Palmyra in Homs" is Palmyra)."""
    unique = list(dict.fromkeys(keys))
    broader: set[str] = set()
    for key in unique:
        if key in gazetteer:
            broader.update(gazetteer.ancestors(key))
    kept = [k for k in unique if k not in broader]
    finer = [k for k in kept if k not in gazetteer or gazetteer.get(k).cls != "Country"]
    return finer or kept


def introduced_as(body: str, mention: Mention) -> str | None:
    """The noun a place was introduced with, lower case ("the city of Deir Ezzor", "Atareb town"), if any."""
    intro = _INTRODUCED.search(body[max(0, mention.span.start - 30) : mention.span.start]) or _INTRODUCED_AFTER.match(
        body, mention.span.end
    )
    return intro.group("noun").lower() if intro else None


def recent_places(
    body: str, index: int, per_sentence: Sequence[Sequence[Mention]], gazetteer: Gazetteer, noun: str | None
) -> list[str]:
    """The place "the city" (or "there") refers back to, from the last few sentences.

    Candidates are scored: how often each is named in the window, plus a bonus when it was introduced with
    the same noun ("the city of Deir Ezzor", "Aleppo city"); one introduced with another noun ("the village of
    Jazal", "Atareb town") or of the wrong kind (a desert for "the city") is left out. Ties go to the most recent
    mention.
    """
    noun = (noun or "").lower()
    scores: dict[str, float] = {}
    order: dict[str, int] = {}
    for back in range(max(0, index - ANAPHORA_WINDOW), index):
        for m in per_sentence[back]:
            if m.kind != "place" or m.key in abroad_keys(gazetteer):
                continue
            cls = gazetteer.get(m.key).cls if m.key in gazetteer else "Settlement"
            if noun in SETTLEMENT_NOUNS and cls != "Settlement":
                continue
            intro = introduced_as(body, m)
            bonus = 0.0
            if intro and noun:
                if intro == noun:
                    bonus = 2.0
                elif intro in SETTLEMENT_NOUNS and noun in SETTLEMENT_NOUNS:
                    continue
            scores[m.key] = scores.get(m.key, 0.0) + 1.0 + bonus
            order[m.key] = m.span.start
    if not scores:
        return []
    best = max(scores, key=lambda k: (scores[k], order[k]))
    return [best]


def joined_before(body: str, index: int, per_sentence: Sequence[Sequence[Mention]], gazetteer: Gazetteer) -> list[str]:
    """The latest two or more towns the few sentences before named together ("Fua and Kefraya"), for "the towns"."""
    for found in reversed(per_sentence[max(0, index - ANAPHORA_WINDOW) : index]):
        towns = [
            m
            for m in found
            if m.kind == "place"
            and m.key not in abroad_keys(gazetteer)
            and (m.key not in gazetteer or gazetteer.get(m.key).cls == "Settlement")
        ]
        runs: list[list[Mention]] = []
        for m in towns:
            if runs and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", body[runs[-1][-1].span.end : m.span.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        joined = [run for run in runs if len({m.key for m in run}) > 1]
        if joined:
            return list(dict.fromkeys(m.key for m in joined[-1]))
    return []
