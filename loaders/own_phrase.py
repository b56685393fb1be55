"""A name's own phrase as the cue for which namesake it is: "Ahsem in Idlib province", "al-Msheirfeh east of Homs city".

News English places a small name at once by the place right after it ("the village of X near Hama", "X town in the
western part of the Raqqa province"); that place, not the whole article's, is the context the linking by spelling
should go by (thirtieth session, helper placectx30).
"""

from __future__ import annotations

import re
from itertools import pairwise

from loaders import fuzzy_places
from loaders.fuzzy_places import opens_alike, same_sibilants
from loaders.gazetteer import Gazetteer
from loaders.landform_names import same_landform
from loaders.model import Mention
from loaders.place_lookup import district, governorate, one_place, place_index

# what joins a name to the place that locates it: a kind word, a comma, then "in", "near", "outside" or a bearing
# "(to the) east of", then up to five lower-case words ("the western part of the", "the city of"); lower case only,
# so no other name sits between
OWN_PHRASE = re.compile(
    r"(?:\s+(?:village|town|city|area|neighbou?rhood))?,?\s+"
    r"(?:in|near|outside|(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of)"
    r"(?:\s+(?:the|a|of|city|town|part|parts|countryside|outskirts|rural|[a-z]+ern))"
    r"{0,5}\s+"
)
_ANCHORS = frozenset({"Settlement", "District", "Governorate"})
_BEARING = re.compile(r"(?:north|south|east|west)\S*\s+of\b")
# a "kh" that may stand for the Arabic h: not after "k", "s" or "c" ("Kkh", "Skh"), nor ending a word ("Sheikh")
_KH = re.compile(r"(?<![kKsScC])[kK]h(?=\w)")


def anchors(per_sentence: list[list[Mention]], body: str, gazetteer: Gazetteer) -> dict[str, tuple[str, bool]]:
    """Local place key -> the gazetteer place its own phrase puts it in or near, and whether by a bearing ("north
    of"); a name put by two is left out."""
    found: dict[str, set[tuple[str, bool]]] = {}
    for mentions in per_sentence:
        places = [m for m in mentions if m.kind == "place"]
        for name, land in pairwise(places):
            if name.linked or not is_anchor(land, gazetteer):
                continue
            if phrase := OWN_PHRASE.fullmatch(body, name.span.end, land.span.start):
                found.setdefault(name.key, set()).add((land.key, bool(_BEARING.search(phrase.group(0)))))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def is_anchor(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked town, district or governorate of Syria."""
    if not mention.linked or mention.key not in gazetteer:
        return False
    return gazetteer.get(mention.key).cls in _ANCHORS and gazetteer.in_syria(mention.key)


def own_reading(
    gazetteer: Gazetteer, label: str, land: str, bearing: bool = False, shortest: int = fuzzy_places.MIN_SHORT
) -> str | None:
    """The one place of the label's consonant skeleton inside the district of the town that locates it (its
    governorate if by a bearing, or the district or governorate itself), opening and hissing alike, of `shortest`
    consonants or more; else None."""
    candidates = one_place(gazetteer, readings(gazetteer, label, land, bearing, shortest))
    if not candidates and _KH.search(label):
        # Russian sources write the Arabic h as "kh" (their one letter "Х" for both): "Khuneida" is Hunaydah,
        # "Khmeimim" Hmeimim; read so only where the name as written finds no village in the area
        return own_reading(
            gazetteer,
            _KH.sub(lambda m: m.group(0)[0].replace("k", "h").replace("K", "H"), label),
            land,
            bearing,
            shortest,
        )
    return candidates[0] if len(candidates) == 1 else None


def readings(
    gazetteer: Gazetteer, label: str, land: str, bearing: bool = False, shortest: int = fuzzy_places.MIN_SHORT
) -> list[str]:
    """Every place `own_reading` chooses among: the settlements of the label's skeleton in the area, alike enough."""
    shape = fuzzy_places.skeleton(label)
    town = gazetteer.get(land).cls == "Settlement"
    # a bearing from a town reaches past the town's district: Nubl and Zahraa, north of Aleppo, lie in A'zaz's
    area = (governorate(gazetteer, land) if bearing else district(gazetteer, land)) if town else land
    if len(shape) < shortest:
        return []
    # a short skeleton names too many villages of a whole governorate (as `fuzzy_places.MIN_IN_GOVERNORATE` says): there
    # the name must sound as the village's but for one vowel ("Ahsem" Ihsim; "al-Mu'azzarah" is no Mazra`ah); a
    # two-consonant one ("Yacoubiyeh", k-b) must sound so in any area
    wide = area is not None and gazetteer.get(area).cls == "Governorate"
    loose = (wide and len(shape) < fuzzy_places.MIN_IN_GOVERNORATE) or len(shape) < fuzzy_places.MIN_SHORT
    return [
        k
        for k in place_index(gazetteer, fuzzy_places.skeleton).get(shape, ())
        if area in gazetteer.ancestors(k)
        and gazetteer.get(k).cls == "Settlement"
        and same_landform(gazetteer, k, label)
        and opens_alike(gazetteer, k, label)
        and same_sibilants(gazetteer, k, label)
        and (not loose or _sounds_alike(gazetteer, k, label))
    ]


def outside(gazetteer: Gazetteer, key: str, land: str) -> bool:
    """Whether a gazetteer place lies outside the governorate of the place that locates it."""
    return governorate(gazetteer, key) != governorate(gazetteer, land)


def _sounds_alike(gazetteer: Gazetteer, key: str, label: str) -> bool:
    """Whether a name of the place sounds as the label but for one letter."""
    mine = fuzzy_places.sound(label)
    return any(fuzzy_places.edits(fuzzy_places.sound(name), mine, 1) <= 1 for name in _names(gazetteer, key))


def _names(gazetteer: Gazetteer, key: str) -> tuple[str, ...]:
    """A place's label and aliases."""
    entity = gazetteer.get(key)
    return (entity.label, *entity.aliases)
