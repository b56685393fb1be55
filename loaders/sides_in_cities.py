"""A side of a city that no table lists lies in that city: an engagement placed in an unlisted "eastern Aleppo" is
placed in Aleppo too, as a listed side would be by the gazetteer's nesting (twenty-seventh session;
docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from loaders.gazetteer import Gazetteer
from loaders.model import Engagement

# a local place named by a compass side and one more name: "eastern Aleppo", "East Aleppo", "south-western Damascus"
SIDE_AND_NAME = re.compile(
    r"(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?i:ern)?\s+(?P<name>[A-Z][\w'’ -]*)"
)


def with_cities_of_sides(
    engagements: Sequence[Engagement], local_entities: Mapping[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[Engagement]:
    """Each engagement with the city added after every local place that is a side of it ("eastern Aleppo")."""
    out = []
    for engagement in engagements:
        places: list[str] = []
        for key in engagement.places:
            places.append(key)
            city = _city_of(key, local_entities, gazetteer)
            if city and city not in engagement.places and city not in places:
                places.append(city)
        out.append(replace(engagement, places=tuple(places)) if len(places) > len(engagement.places) else engagement)
    return out


def _city_of(key: str, local_entities: Mapping[str, tuple[str, str]], gazetteer: Gazetteer) -> str | None:
    """The key of the town a local place names a side of, else None."""
    if key in gazetteer or key not in local_entities:
        return None
    side = SIDE_AND_NAME.fullmatch(local_entities[key][1])
    city = gazetteer.lookup(side.group("name"), "place") if side else None
    return city.key if city is not None and city.cls == "Settlement" else None
