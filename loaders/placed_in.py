"""Villages the text places in a governorate other than the gazetteer's: namesakes ("Rasha in Lattakia")."""

from __future__ import annotations

import re

from loaders import place_lookup
from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# as `namesakes.FAR_POPULATION` (not imported: namesakes imports this module)
FAR_POPULATION = 10_000

# what joins a list of villages to the governorate it lies in: "... and Rasha in Lattakia", "al-Tiba in the eastern
# countryside of Aleppo" (the governorate's mention may take in the side word and "countryside of")
IN_LAND = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?")
# the places of one list: joined by a comma, "and" or nothing (FA-KES drops commas), as `namesakes` reads lists
_LISTED = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


def placed_in_another_governorate(per_sentence: list[list[Mention]], body: str, gazetteer: Gazetteer) -> set[str]:
    """Small villages listed right before "in <governorate>" that the gazetteer knows only in another governorate."""
    far: set[str] = set()
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for j in range(1, len(places)):
            land = places[j]
            if not _governorate(land, gazetteer) or not IN_LAND.fullmatch(
                body, places[j - 1].span.end, land.span.start
            ):
                continue
            i = j - 1
            while i > 0 and _LISTED.fullmatch(body, places[i - 1].span.end, places[i].span.start):
                i -= 1
            far |= {m.key for m in places[i:j] if _village_elsewhere(m, land.key, gazetteer)}
    return far


def _governorate(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked governorate."""
    return mention.linked and mention.key in gazetteer and gazetteer.get(mention.key).cls == "Governorate"


def _village_elsewhere(mention: Mention, land: str, gazetteer: Gazetteer) -> bool:
    """Whether a linked small village lies in a governorate other than `land`."""
    if not mention.linked or mention.key not in gazetteer:
        return False
    place = gazetteer.get(mention.key)
    # a town with people or a curated place may well be named by the governorate next door; a hamlet is not
    small = not place.notable and (place.population or 0) < FAR_POPULATION
    home = place_lookup.governorate(gazetteer, mention.key)
    return place.cls == "Settlement" and small and home is not None and home != land
