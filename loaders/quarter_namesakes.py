"""A quarter named after its city, the gazetteer knowing the name only far from that city: a namesake (twenty-seventh
session, helper unseen27; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.namesakes import FAR_KM, FAR_POPULATION, farther, made_local, names_a_city

# the noun that calls the name before it a quarter: "in the Dahiyet al-Assad district", "on Hamadaniyah Midan and
# other neighbourhoods" (a district of a province is a county, no Settlement, and is left)
QUARTER_NOUN = re.compile(r"(?<!\s)\s+(?:and\s+other\s+)?(?:neighbou?rhoods?|districts?|quarters?)\b", re.IGNORECASE)


def quarters_of_the_last_city(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """A place the text calls a quarter, read as a small place farther than FAR_KM from the city the article named last
    before it, is a quarter of that city the tables lack: an unlisted local place (Aleppo's Dahiyet al-Assad is no
    Dahiyat al-Asad by Damascus)."""
    far: set[str] = set()
    last_city: Mention | None = None
    for found in per_sentence:
        for m in (m for m in found if m.kind == "place"):
            if last_city is not None and _namesake_quarter(body, m, last_city, gazetteer):
                far.add(m.key)
            if names_a_city(m, gazetteer):
                last_city = m
    # far holds place keys only, so no actor mention is touched
    return made_local(body, per_sentence, far, local_entities)


def _namesake_quarter(body: str, mention: Mention, city: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a linked place called a quarter is a small place the tables put farther than FAR_KM from the city."""
    if not mention.linked or mention.key not in gazetteer or mention.key == city.key:
        return False
    if not QUARTER_NOUN.match(body, mention.span.end):
        return False
    place = gazetteer.get(mention.key)
    small = (place.population or 0) < FAR_POPULATION
    return place.cls == "Settlement" and small and farther(place, gazetteer.get(city.key), FAR_KM)
