"""The seat of a governorate or district: the town that gives it its name, inside it ("Idlib" of Idlib Governorate)."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders import place_lookup
from loaders.gazetteer import Gazetteer

_AREA_WORD = re.compile(r"\s+(?:Governorate|District)$")


@lru_cache(maxsize=8)
def seats(gazetteer: Gazetteer) -> dict[str, str]:
    """Governorate or district key -> the key of the town of its name inside it, by any spelling the tables hold
    ("Tadmur District": Palmyra); the most populous where two such towns are (built once per gazetteer)."""
    index = place_lookup.place_index(gazetteer, place_lookup.bare)
    found: dict[str, str] = {}
    for area in gazetteer.entities():
        if area.kind != "place" or area.cls not in ("Governorate", "District"):
            continue
        name = place_lookup.bare(_AREA_WORD.sub("", area.label))
        towns = [
            town
            for town in map(gazetteer.get, index.get(name, ()))
            if town.cls == "Settlement" and area.key in gazetteer.ancestors(town.key)
        ]
        if towns:
            # the first of equals, as the index sorts them
            found[area.key] = max(towns, key=lambda town: town.population or 0).key
    return found


@lru_cache(maxsize=8)
def governorate_seats(gazetteer: Gazetteer) -> dict[str, str]:
    """Governorate key -> the key of its seat, for the governorates that have one."""
    return {area: town for area, town in seats(gazetteer).items() if gazetteer.get(area).cls == "Governorate"}
