"""How two reports' places relate: shared, nested, next to each other, spots of their own, a city's countryside."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.place_lookup import km

# A village this close to a town an earlier report named may be where that report happened ("near the city").
NEXT_TO_KM = 8.0


def unknown_spots_of(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a report names only spots the gazetteer cannot place (quarters, a base) after a report placed only at
    places it knows: "IS militants shelled Deir Ezzor" ... "rocket shells fired by IS militants hit the neighbourhoods
    of Harat al-Sunbul and Tallet Karam" may say where in the town; an earlier report with a spot of its own was
    elsewhere."""
    return bool(stated and theirs) and all(k not in gazetteer for k in stated) and all(k in gazetteer for k in theirs)


def shared_place(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """A place named in both reports, or one inside the other town ("rocket shells also fell in al-Hamadaniyeh"
    after the shelling of Aleppo city); a governorate or a country is too large to tie two reports."""

    def town(key: str) -> bool:
        return key in gazetteer and gazetteer.get(key).cls == "Settlement"

    return any(
        a == b or (town(b) and b in around(a, gazetteer)) or (town(a) and a in around(b, gazetteer))
        for a in stated
        for b in theirs
    )


def other_spots(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether, beside the places both reports name, each names a spot of its own (a quarter, a village) and no spot
    of one is, holds or lies in a spot of the other: "the Maghayer neighbourhood in Aleppo" and "the village of
    al-Bureij northeast of Aleppo" are two engagements."""

    def spots(mine: Sequence[str], other: Sequence[str]) -> list[str]:
        wider = {w for k in mine for w in around(k, gazetteer)}
        return [k for k in mine if k not in other and k not in wider]

    mine, other = spots(stated, theirs), spots(theirs, stated)  # disjoint: a spot of one is never the other's
    return bool(mine and other) and not nested(mine, other, gazetteer)


def new_spot(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a report names a place the earlier one did not, nor one holding it, nor a town holding the new place (a
    quarter of the town told: "Rocket shells also fell in al-Hamadaniyeh" after the shelling of Aleppo)."""
    wider = {w for k in theirs for w in around(k, gazetteer)}
    towns = {k for k in theirs if k in gazetteer and gazetteer.get(k).cls == "Settlement"}
    return any(k not in theirs and k not in wider and not towns & set(around(k, gazetteer)) for k in stated)


def nested(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a place of one report lies inside a place of the other, at any size (a town in a province), or in the
    countryside of a city the other names ("Eastern Ghouta" in Rural Damascus, beside the capital)."""
    return any(
        b in around(a, gazetteer)
        or a in around(b, gazetteer)
        or _in_countryside(a, b, gazetteer)
        or _in_countryside(b, a, gazetteer)
        for a in stated
        for b in theirs
    )


def _in_countryside(key: str, city: str, gazetteer: Gazetteer) -> bool:
    """Whether a place the tables file straight under the governorate named as a city's countryside, with no district
    to say how far out (Eastern Ghouta in Rural Damascus), lies beside that city; towns of its districts may be far,
    and so may the districts themselves (An-Nabk District, 70 km north of the capital). A Who's On First village filed
    under the governorate only because its neighbours straddle a district border is as far out as any district's town.
    """
    countryside = _countrysides(gazetteer).get(city)
    if countryside is None or key not in gazetteer:
        return False
    entity = gazetteer.get(key)
    return entity.parent == countryside and entity.cls != "District" and entity.wof_id is None


@lru_cache(maxsize=4)
def _countrysides(gazetteer: Gazetteer) -> dict[str, str]:
    """City key -> the governorate called its countryside ("Rural Damascus", "Damascus countryside") that does not
    hold it: the capital is a governorate of its own inside the one of its countryside."""
    out = {}
    for entity in gazetteer.entities():
        if entity.kind != "place" or entity.cls != "Governorate":
            continue
        for alias in entity.aliases:
            named = _countryside_of(alias)
            city = gazetteer.lookup(named, "place") if named else None
            if city is not None and city.cls == "Settlement" and entity.key not in around(city.key, gazetteer):
                out[city.key] = entity.key
    return out


def _countryside_of(name: str) -> str | None:
    """The city a governorate's name calls it the countryside of ("Rural Damascus", "Damascus countryside",
    "countryside of Damascus"), else None.

    >>> _countryside_of("Rural Damascus"), _countryside_of("Damascus countryside"), _countryside_of("Rif Dimashq")
    ('Damascus', 'Damascus', None)
    """
    words = name.lower().split()
    if len(words) > 1 and words[0] == "rural":
        return " ".join(name.split()[1:])
    if len(words) > 1 and words[-1] == "countryside":
        return " ".join(name.split()[:-1])
    if len(words) > 2 and words[:2] == ["countryside", "of"]:
        return " ".join(name.split()[2:])
    return None


def town_in_one_of_provinces(stated: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a report names a town inside one of two or more provinces an earlier report named side by side ("losses
    upon insurgents in Idlib and Damascus countryside" ... "won the battle in Nahleh town in Idlib countryside"): one
    engagement does not span provinces, so the earlier report sums up several and the town's report tells one."""
    provinces = [k for k in theirs if k in gazetteer and gazetteer.get(k).cls == "Governorate"]
    if len(set(provinces)) < 2:
        return False
    return any(
        gazetteer.get(k).cls == "Settlement" and set(around(k, gazetteer)) & set(provinces)
        for k in stated
        if k in gazetteer
    )


def innermost(places: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """The places of a list that hold no other place of it: "Fuaa and Kafraya in Idlib province" names two places, the
    province only saying where they lie."""
    return [k for k in places if not any(k in around(o, gazetteer) for o in places if o != k)]


def below_country(places: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether an engagement is placed, and not in a whole country."""
    return bool(places) and not any(is_country(k, gazetteer) for k in places)


def places_agree(mine: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer, near: bool = True) -> bool:
    """Whether a new report's places fit an earlier report's: either names none, a place of the new report is one
    of the earlier's or lies inside it ("the airstrikes in Idlib city" after "strikes on Idlib province"), or the new
    one names only countries. A broader place does not fit a narrower one: "Latakia countryside" is not the city.
    With `near`, a village right by the earlier report's town fits it too (`_next_to`)."""
    if not mine or not theirs:
        return True
    if all(is_country(k, gazetteer) for k in mine):
        return True
    # A place the gazetteer lacks (a quarter, a village) may lie anywhere: "the clashes ... in the district of Zahra"
    if all(k not in gazetteer for k in mine):
        return True
    return any(
        a == b or b in around(a, gazetteer) or (near and _next_to(a, b, gazetteer)) for a in mine for b in theirs
    )


def _next_to(village: str, town: str, gazetteer: Gazetteer) -> bool:
    """Whether a village lies right by a town the earlier report named ("near the al-Jafra area which is located
    south of the city" after "near the city of Deir al-Zor")."""
    if village not in gazetteer or town not in gazetteer:
        return False
    a, b = gazetteer.get(village), gazetteer.get(town)
    if a.cls != "Settlement" or b.cls != "Settlement" or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return km(a.lat, a.lon, b.lat, b.lon) <= NEXT_TO_KM  # type: ignore[arg-type]


def is_country(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a place key is a country's (a key the gazetteer lacks is none)."""
    return key in gazetteer and gazetteer.get(key).cls == "Country"


def country_of(key: str, gazetteer: Gazetteer) -> str | None:
    """The country a place lies in (itself when it is one), by the tables' parents, or None."""
    # (the one walk up to a country: `foreign_namesakes` and `mention_filters` each had a copy; tidy33)
    return next((k for k in (key, *gazetteer.ancestors(key)) if is_country(k, gazetteer)), None)


def around(key: str, gazetteer: Gazetteer) -> list[str]:
    """The places a place lies in; none for a place the gazetteer does not know."""
    return gazetteer.ancestors(key) if key in gazetteer else []


# "an aid convoy near Aleppo", "outside the city of Homs": the engagement happened around the town, not in it
_NEAR = re.compile(r"\b(?:near|outside|around)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# How far around a town told "near" a village may lie (a convoy "near Aleppo" was hit in Urum al-Kubra, 21 km out)
AROUND_KM = 25.0


def told_near(body: str, sentence_start: int, mentions: Sequence[Mention], keys: Sequence[str]) -> list[str]:
    """The places among `keys` that the sentence names right after "near", "outside" or "around"."""
    return list(
        dict.fromkeys(
            m.key
            for m in mentions
            if m.kind == "place"
            and m.key in keys
            and _NEAR.search(body, max(sentence_start, m.span.start - 40), m.span.start)
        )
    )


def around_a_town_told_near(mine: Sequence[str], near: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether a settlement of the new report lies within AROUND_KM of a town an earlier report was told "near"."""

    def settlement(key: str) -> bool:
        return key in gazetteer and gazetteer.get(key).cls == "Settlement" and gazetteer.get(key).lat is not None

    return any(
        km(gazetteer.get(a).lat, gazetteer.get(a).lon, gazetteer.get(b).lat, gazetteer.get(b).lon) <= AROUND_KM  # type: ignore[arg-type]
        for a in mine
        if settlement(a)
        for b in near
        if settlement(b)
    )
