"""What the readings of a local place name share: the name without its article, the gazetteer's places by a key of
their names, the district and governorate a place lies in, its distance from a town the article names, and namesakes
the tables list twice as one place (`fuzzy_places`, `spoken_places`, `listed_together`)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from itertools import combinations

from loaders.gazetteer import Gazetteer

# A place this close to a town the article names may lie across a governorate line from it ("Harbnafsah" by
# Talbiseh in Homs is Hama's Harbinafsah): a skeleton match this near is the place.
NEAR_KM = 15.0
# The tables list some villages twice, from two sources, a few hundred metres apart ("Kadin" of al-Haffah twice, 700 m
# apart; 95 such pairs of one spelling): namesakes this close are one place (twenty-first session).
DUPLICATE_KM = 2.0

# an article, or one glued to a later word of the name ("Urum Alkobra" is Urum al-Kubra)
_ARTICLE = re.compile(r"\b(?:al|el|as|ash|ad|ar|az|at|an|ath|adh)[-\s']+|(?<=\w\s)al(?=[b-df-hj-np-tv-z])")


def bare(name: str) -> str:
    """A name in lower case, its article dropped."""
    return _ARTICLE.sub("", name.lower())


@lru_cache(maxsize=8)
def place_index(gazetteer: Gazetteer, key: Callable[[str], str]) -> Mapping[str, tuple[str, ...]]:
    """key(name) -> keys of the settlements, districts and facilities with such a name (built once per gazetteer)."""
    index: dict[str, set[str]] = {}
    for entity in gazetteer.entities():
        if entity.kind == "place" and entity.cls in ("Settlement", "District", "Facility"):
            for name in (entity.label, *entity.aliases):
                index.setdefault(key(name), set()).add(entity.key)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def towns_first(gazetteer: Gazetteer, keys: list[str]) -> list[str]:
    """Candidates without a district that holds another candidate: "Qardaha" is the town, not its namesake district."""
    inside = {a for k in keys for a in gazetteer.ancestors(k)}
    return [k for k in keys if k not in inside]


def district(gazetteer: Gazetteer, key: str) -> str | None:
    """The district a gazetteer place is (in), or None."""
    for candidate in (key, *gazetteer.ancestors(key)):
        if gazetteer.get(candidate).cls == "District":
            return candidate
    return None


def governorate(gazetteer: Gazetteer, key: str) -> str | None:
    """The governorate a gazetteer place is (in), or None."""
    for candidate in (key, *gazetteer.ancestors(key)):
        if gazetteer.get(candidate).cls == "Governorate":
            return candidate
    return None


def one_place(gazetteer: Gazetteer, keys: list[str]) -> list[str]:
    """Namesakes all within DUPLICATE_KM of one another as one place, the better known kept (a QID, then more
    people, then the table's order); other candidates as they are."""
    points = [(p.lat, p.lon) for p in map(gazetteer.get, keys) if p.lat is not None and p.lon is not None]
    if len(keys) < 2 or len(points) < len(keys):
        return keys
    if any(km(*a, *b) > DUPLICATE_KM for a, b in combinations(points, 2)):
        return keys
    return [min(keys, key=lambda k: (gazetteer.get(k).qid is None, -(gazetteer.get(k).population or 0), k))]


def near_any(gazetteer: Gazetteer, key: str, named: set[str]) -> bool:
    """Whether a place lies within NEAR_KM of a settlement the article names."""
    place = gazetteer.get(key)
    if place.lat is None or place.lon is None:
        return False
    for other in named:
        town = gazetteer.get(other)
        if other == key or town.cls != "Settlement" or town.lat is None or town.lon is None:
            continue
        if km(place.lat, place.lon, town.lat, town.lon) <= NEAR_KM:
            return True
    return False


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))
