"""A bearing a name's own phrase states, as a check on which namesake the name is: "Barsha in southern Idlib" is no
village in the north of Idlib; "X, 20 km north of Aleppo" no village south of the city (thirty-first session, helper
bearing31; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import math
import re
from itertools import pairwise

from loaders import place_lookup
from loaders.gazetteer import Gazetteer
from loaders.local_places import local_place
from loaders.model import Mention, Span
from loaders.namesakes import well_known
from loaders.own_phrase import is_anchor
from loaders.seats import seats

# A candidate this far on the wrong side of every point of the place that locates it is on the opposite side: a
# governorate's centroid and its capital are rough points, a village "in southern Idlib" may lie a little north of
# either, and a bearing from a city is loose too; this margin keeps the refusal to the clear cases.
MARGIN_KM = 25.0
# A candidate this near a point of the place that locates it is never refused: a bearing so close says little.
TOO_NEAR_KM = 5.0
# "Hara in southern Daraa province", "Shadadi in northeast Hasakah": an adjective of a bearing on which the province
# itself lies from the middle of Syria (by this much) may place the province in the country, not the name in it.
COUNTRY_SIDE_KM = 50.0

_COMPASS = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# a bearing word, as a noun or an adjective: "north", "south-east", "northern", "north-western"
_BEARING_WORD = re.compile(rf"\b(?P<way>{_COMPASS})(?:ern)?\b", re.IGNORECASE)
# what joins a name to the place that locates it: a kind word, a comma, then only these lower-case words, a distance
# and a bearing among them ("village, 20 km to the north of", "in the northern", "town in the western part of the")
_JOIN_WORDS = (
    r"in|near|outside|of|to|the|a|some|about|around|roughly|nearly|just|approximately|km|kilometres|kilometers|miles|"
    r"city|town|part|parts|countryside|outskirts|rural|side|areas?|province|governorate|\d+(?:\.\d+)?|"
    rf"(?:{_COMPASS})(?:ern)?"
)
BETWEEN = re.compile(
    rf"(?:\s+(?:village|town|city|area|neighbou?rhood))?,?(?:\s+(?:{_JOIN_WORDS})){{1,8}}\s+", re.IGNORECASE
)
# a bearing after the place: "Deir ez-Zor's western countryside", "Hama northern countryside"
AFTER = re.compile(
    rf"(?:['’]?s)?\s+(?P<way>{_COMPASS})(?:ern)?\s+(?:countryside|suburbs|outskirts|parts?|side|areas?)\b",
    re.IGNORECASE,
)
# the unit vector (east, north) of each bearing
_WAYS = {
    "north": (0.0, 1.0),
    "south": (0.0, -1.0),
    "east": (1.0, 0.0),
    "west": (-1.0, 0.0),
    "northeast": (math.sqrt(0.5), math.sqrt(0.5)),
    "northwest": (-math.sqrt(0.5), math.sqrt(0.5)),
    "southeast": (math.sqrt(0.5), -math.sqrt(0.5)),
    "southwest": (-math.sqrt(0.5), -math.sqrt(0.5)),
}
# what joins the places of a list: a comma, "and", or both
LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "north of", "20 km to the north of": a bearing from the place, not an adjective of it
RELATIVE = re.compile(rf"\b(?:{_COMPASS})\s+of\s+$", re.IGNORECASE)
# "fled from Kafr Nabl to the south of Idlib": after "from", "to the south of" is where one went, not where the name
# lies
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+(?:[a-z]+\s+)?of\s+)?$", re.IGNORECASE)
_COUNTRY = "Syria"


def stated(per_sentence: list[list[Mention]], body: str, gazetteer: Gazetteer) -> dict[Span, tuple[str, str]]:
    """Span of a place mention -> the gazetteer place its own phrase locates it by and the bearing the phrase states
    ("north", "southwest"); a phrase with no bearing, with two, or with one that may place the province in Syria
    states none."""
    found: dict[Span, tuple[str, str]] = {}
    for mentions in per_sentence:
        places = [m for m in mentions if m.kind == "place"]
        for name, land in pairwise(places):
            if not is_anchor(land, gazetteer):
                continue
            between = BETWEEN.fullmatch(body, name.span.end, land.span.start)
            if between is None or FROM_BEFORE.search(body, max(0, name.span.start - 30), name.span.start):
                continue
            words = [*_BEARING_WORD.finditer(between.group(0)), *_BEARING_WORD.finditer(land.span.text(body))]
            after = AFTER.match(body, land.span.end)
            ways = {_way(w.group("way")) for w in words} | ({_way(after.group("way"))} if after else set())
            relative = len(words) == 1 and not after and RELATIVE.search(between.group(0)) is not None
            if len(ways) == 1 and (relative or not _country_side(gazetteer, land.key, next(iter(ways)))):
                for listed in _listed_before(places, name, body):
                    found[listed.span] = (land.key, next(iter(ways)))
    return found


def _listed_before(places: list[Mention], name: Mention, body: str) -> list[Mention]:
    """The name and the places listed right before it ("Tkad, Aayoj and Barsha in southern Idlib")."""
    at = places.index(name)
    listed = [name]
    while at > 0 and LIST_JOIN.fullmatch(body, places[at - 1].span.end, listed[-1].span.start):
        at -= 1
        listed.append(places[at])
    return listed


def _country_side(gazetteer: Gazetteer, land: str, way: str) -> bool:
    """Whether the governorate of a place lies by COUNTRY_SIDE_KM on the `way` side of Syria's middle."""
    province = place_lookup.governorate(gazetteer, land)
    country = gazetteer.lookup(_COUNTRY, "place")
    if province is None or country is None or country.lat is None or country.lon is None:
        return True
    entity = gazetteer.get(province)
    if entity.lat is None or entity.lon is None:
        return True
    return _along(entity.lat, entity.lon, country.lat, country.lon, way) > COUNTRY_SIDE_KM


def side(gazetteer: Gazetteer, key: str, land: str, way: str) -> int:
    """1 if a place lies on the stated side of any point of the place that locates it, -1 if clearly on the opposite
    side of every point (by MARGIN_KM, none of them within TOO_NEAR_KM), 0 when unknown (no coordinates)."""
    place = gazetteer.get(key)
    points = _points(gazetteer, land)
    if place.lat is None or place.lon is None or not points:
        return 0
    if any(place_lookup.km(place.lat, place.lon, lat, lon) <= TOO_NEAR_KM for lat, lon in points):
        return 0
    along = [_along(place.lat, place.lon, lat, lon, way) for lat, lon in points]
    if max(along) > 0:
        return 1
    return -1 if max(along) < -MARGIN_KM else 0


def _along(lat: float, lon: float, from_lat: float, from_lon: float, way: str) -> float:
    """How many km a point lies from another in the direction `way` (negative: the opposite way)."""
    east = (lon - from_lon) * 111.32 * math.cos(math.radians(from_lat))
    north = (lat - from_lat) * 110.57
    ux, uy = _WAYS[way]
    return east * ux + north * uy


def _points(gazetteer: Gazetteer, land: str) -> list[tuple[float, float]]:
    """The points a place locates by: its own, and for a governorate or district also its seat's (the town of its
    name): "southern Idlib" is south of Idlib city or of the governorate's middle."""
    entity = gazetteer.get(land)
    points = [(entity.lat, entity.lon)] if entity.lat is not None and entity.lon is not None else []
    if entity.cls != "Settlement":
        seat_key = seats(gazetteer).get(land)
        seat = gazetteer.get(seat_key) if seat_key is not None else None
        if seat is not None and seat.lat is not None and seat.lon is not None:
            points.append((seat.lat, seat.lon))
    return points


def _way(word: str) -> str:
    """A bearing word's compass point, without its hyphen: "north-western" -> "northwest"."""
    return word.lower().replace("-", "")


def checked_by_bearings(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """A village linked to a namesake that lies clearly opposite the side its own phrase states becomes the one
    namesake of its name on that side in the same governorate, or else an unlinked local place."""
    moved: dict[str, str | None] = {}
    kept: set[str] = set()
    for span, (land, way) in stated(per_sentence, body, gazetteer).items():
        mention = next(m for found in per_sentence for m in found if m.span == span and m.kind == "place")
        if not _doubtful(gazetteer, mention):
            continue
        if side(gazetteer, mention.key, land, way) >= 0:
            kept.add(mention.key)
            continue
        moved[mention.key] = _namesake_on_side(gazetteer, mention, body, land, way)
    # a name two phrases place on both sides is left alone
    moved = {k: v for k, v in moved.items() if k not in kept}
    if not moved:
        return per_sentence
    out = []
    for found in per_sentence:
        fixed = []
        for m in found:
            if m.key in moved:
                to = moved[m.key]
                m = Mention(m.span, to, "place") if to else local_place(local_entities, m.span, m.span.text(body))
            fixed.append(m)
        out.append(fixed)
    return out


def _doubtful(gazetteer: Gazetteer, mention: Mention) -> bool:
    """Whether a mention is a linked village that may be a namesake: not a town the news knows well, which is
    misplaced by a slip of the pen sooner than it has a namesake."""
    if not mention.linked or mention.key not in gazetteer:
        return False
    entity = gazetteer.get(mention.key)
    return entity.cls == "Settlement" and not well_known(entity)


def _namesake_on_side(gazetteer: Gazetteer, mention: Mention, body: str, land: str, way: str) -> str | None:
    """The one settlement of the mention's name (or its link's names) in the governorate of the place that locates
    it, on the stated side of it; else None."""
    linked = gazetteer.get(mention.key)
    names = {place_lookup.bare(n) for n in (mention.span.text(body), linked.label, *linked.aliases)}
    index = place_lookup.place_index(gazetteer, place_lookup.bare)
    province = place_lookup.governorate(gazetteer, land)
    keys = sorted(
        {
            k
            for n in names
            for k in index.get(n, ())
            if k != mention.key
            and gazetteer.get(k).cls == "Settlement"
            and province in gazetteer.ancestors(k)
            and side(gazetteer, k, land, way) > 0
        }
    )
    keys = place_lookup.one_place(gazetteer, keys)
    return keys[0] if len(keys) == 1 else None
