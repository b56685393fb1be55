"""A side of a large city that a party holds is a place of its own: "rebel-held east Aleppo", "opposition-held eastern
Aleppo" name the besieged half of a divided city, not the city whole nor its province (seventeenth session;
docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.capital_readings import CITY_OF_ITS_OWN
from loaders.gazetteer import Gazetteer
from loaders.local_places import local_place
from loaders.model import Mention, Span
from loaders.reference_tables import Entity

_SIDE = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# the side word right before a city's name ("east Aleppo", where only "Aleppo" was found)
_SIDE_BEFORE = re.compile(rf"(?<![\w-])(?P<side>{_SIDE})\s+$", re.IGNORECASE)
# the side word opening a name found whole ("eastern Aleppo", a governorate's generated form)
_SIDE_OPENING = re.compile(rf"(?P<side>{_SIDE})\s+(?P<name>\S.*)$", re.IGNORECASE | re.DOTALL)
# who holds it, right before: "rebel-held east Aleppo", "besieged eastern Aleppo", "opposition-held areas in ..."
_HELD_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:rebel|opposition|regime|government|insurgent|jihadist)[- ](?:held|controlled|run)|besieged)\s+"
    r"(?:(?:areas?|parts?|districts?|neighbou?rhoods?)\s+(?:in|of)\s+)?$",
    re.IGNORECASE,
)
# "eastern Aleppo province", "the eastern Aleppo countryside": the province's side after all
_UNIT_AFTER = re.compile(r"(?<!\s)\s+(?:province|governorate|countryside|region|rural)\b", re.IGNORECASE)


def held_sides_of_cities(
    body: str,
    per_sentence: list[list[Mention]],
    local_entities: dict[str, tuple[str, str]],
    gazetteer: Gazetteer,
) -> list[list[Mention]]:
    """Each side of a city of its own that the article once calls held by a party ("rebel-held east Aleppo") becomes a
    local place named by its text, wherever the article names that side; sides the tables list are left alone."""
    sides = [[_side_of_city(body, m, gazetteer) for m in found] for found in per_sentence]
    held = {
        side[:2]
        for row in sides
        for side in row
        if side and _HELD_BEFORE.search(body, max(0, side[2].start - 60), side[2].start)
    }
    if not held:
        return per_sentence
    out: list[list[Mention]] = []
    for found, row in zip(per_sentence, sides, strict=True):
        kept: list[Mention] = []
        for m, side in zip(found, row, strict=True):
            if side is None or side[:2] not in held:
                kept.append(m)
                continue
            kept.append(local_place(local_entities, side[2], side[2].text(body)))
        out.append(kept)
    return out


def _side_of_city(body: str, mention: Mention, gazetteer: Gazetteer) -> tuple[str, str, Span] | None:
    """(side, city key, span of side and name) when a mention names a side of a city of its own the tables do not
    list as a place: the bare city after a side word, or a side of the province named after it; else None."""
    if mention.kind != "place" or not mention.linked or mention.key not in gazetteer:
        return None
    if _UNIT_AFTER.match(body, mention.span.end):
        return None
    entity = gazetteer.get(mention.key)
    city: Entity | None = None
    if entity.cls == "Settlement":
        before = _SIDE_BEFORE.search(body, max(0, mention.span.start - 20), mention.span.start)
        if before is None:
            return None
        city, side, start = entity, before.group("side"), before.start()
    elif entity.cls == "Governorate":
        opening = _SIDE_OPENING.fullmatch(mention.span.text(body))
        if opening is None:
            return None
        city, side, start = gazetteer.lookup(opening.group("name"), "place"), opening.group("side"), mention.span.start
    if city is None or city.cls != "Settlement" or (city.population or 0) < CITY_OF_ITS_OWN:
        return None
    return _stem(side), city.key, Span(start, mention.span.end)


def _stem(side: str) -> str:
    """A side word without its ending and case ("Eastern" -> "east")."""
    return re.sub(r"ern$", "", side.lower().replace("-", ""))
