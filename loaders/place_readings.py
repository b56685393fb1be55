"""Article-level readings of place mentions: a provincial capital that names its province, and a village or quarter
the gazetteer knows only far from the article's other places, which is a namesake (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from graph.iris import slug
from loaders import fuzzy_places
from loaders.fuzzy_places import km
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.reference_tables import Entity

# Villages this small are linked only inside a governorate the article names (once it names any).
FAR_POPULATION = 10_000
# A place the text calls a quarter of a city is a namesake when the gazetteer knows it only farther than this from it.
FAR_KM = 100.0
# A village of a governorate the article does not name is vouched for by a place of the article this near: the next
# district over (Harbinafsah of Hama is 10 km from al-Rastan of Homs; the namesakes of Hama linked in an article about
# Aleppo's quarters lay 70 km and more from its places: the threshold lies between, with room on either side).
VOUCH_KM = 50.0
# A quarter of a city lies this close to its centre (Aleppo, the largest, spans about 15 km; the gazetteer puts some
# quarters a little off): al-Zahraa in Aleppo city is not the village of az-Zahra near Azaz, 35 km away.
CITY_KM = 20.0


# What lies "in Idlib" when Idlib is the province: a village or an air base, not a quarter ("a village in Idlib").
_IN_PROVINCE = re.compile(
    # "an assault on a gas field in Homs": oil and gas fields lie out in the province, like villages
    r"\b(?:village|villages|town|towns|airbase|air\s+base|countryside|(?:oil|gas)\s*fields?)\s+in\s+$",
    re.IGNORECASE,
)
# "in al-Jafra and in other areas in Deir Ezour", "Saraqib and elsewhere in Idlib": "other" makes the village one of
# the areas of the capital's land, so that land is the province
_OTHER_AREAS = re.compile(
    # a run of spaces is tried from its start only ("(?<!\s)"): no quadratic search over long blanks
    r"(?:,|(?<!\s))\s+and\s+(?:in\s+)?(?:other\s+(?:areas|parts|places|locations|regions)\s+(?:in|of)|elsewhere\s+in)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# "fighting in the north of Lattakia", "across the southern parts of Hama": a part of the capital's land, as "northern
# Hama" is (a governorate form); "to the north of Hama", "10 km north of Hama" measure from a point, the city
_PART_OF = re.compile(
    r"\b(?:in|across|throughout)\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?(?:\s+parts?)?"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_VILLAGE_NOUN_BEFORE = re.compile(r"\b(?:village|town)\s+of\s+$", re.IGNORECASE)
_VILLAGE_NOUN_AFTER = re.compile(r"\s+(?:village|town)\b", re.IGNORECASE)


def capitals_as_provinces(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A provincial capital's name after a village ("Tal Antar in Deraa", "a village in Idlib", "al-Jafra and other
    areas in Deir Ezour"), or a small one after a part of its land ("in the north of Lattakia"), is the province."""
    out = list(found)
    for i, m in enumerate(found):
        if m.kind != "place" or not m.linked or m.key not in gazetteer:
            continue
        entity = gazetteer.get(m.key)
        if entity.cls != "Settlement" or re.match(r"\s+city\b", body[m.span.end : m.span.end + 6], re.IGNORECASE):
            continue
        previous = found[i - 1] if i > 0 else None
        after_village = _IN_PROVINCE.search(body, max(0, m.span.start - 30), m.span.start) or (
            previous is not None
            and previous.kind == "place"
            and _after_village(body, previous.span.end, m.span.start)
            and _village(body, previous, m.key, gazetteer)
        )
        if not (after_village or _part_of_small_capital(body, m.span, entity)):
            continue
        province = _named_province(entity, gazetteer)
        if province is not None:
            out[i] = Mention(m.span, province, "place")
    return out


def _part_of_small_capital(body: str, span: Span, city: Entity) -> bool:
    """Whether a capital under a million people is named as the land a part lies in ("in the north of Lattakia")."""
    return (city.population or 0) < CITY_OF_ITS_OWN and bool(_PART_OF.search(body, max(0, span.start - 40), span.start))


def _after_village(body: str, village_end: int, start: int) -> bool:
    """Whether the words between a village and a capital's name place the village in the capital's land ("Tal Antar
    in Deraa", "al-Jafra and other areas in Deir Ezour")."""
    return re.fullmatch(r"\s+in\s+", body[village_end:start]) is not None or bool(
        _OTHER_AREAS.fullmatch(body, village_end, start)
    )


# "Waer neighbourhood in Western Homs", "Qaboun and Barzah in eastern Damascus": a quarter placed in a side of its city
_QUARTER_IN_SIDE = re.compile(r"\s+(?:(?:neighbou?rhoods?|quarters?|districts?|areas?)\s+)?in\s+(?:the\s+)?", re.I)
_SIDE = re.compile(r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+", re.I)


def city_sides_of_quarters(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A side of a city's name after one of its quarters is a side of the city, not the province ("the Waer
    neighbourhood in Western Homs", "Qaboun and Barzah in eastern Damascus")."""
    out = list(found)
    places = [(i, m) for i, m in enumerate(found) if m.kind == "place"]
    for (_, quarter), (i, m) in pairwise(places):
        side = _SIDE.match(body, m.span.start, m.span.end)
        if side is None or m.key not in gazetteer or gazetteer.get(m.key).cls == "Settlement":
            continue
        if not _QUARTER_IN_SIDE.fullmatch(body, quarter.span.end, m.span.start):
            continue
        city = gazetteer.lookup(body[side.end() : m.span.end], "place")
        if city is not None and city.cls == "Settlement" and _quarter_of(quarter, city.key, gazetteer):
            out[i] = Mention(m.span, city.key, "place")
    return out


def _quarter_of(mention: Mention, city: str, gazetteer: Gazetteer) -> bool:
    """Whether a linked place lies inside a city, by the gazetteer."""
    return mention.linked and mention.key in gazetteer and city in gazetteer.ancestors(mention.key)


_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)


def seats_as_districts(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A town's name before "district" is the district named after it ("the town in Harem district"): the spelling
    may be one only the town has."""
    out = list(found)
    for i, m in enumerate(found):
        after = _DISTRICT_AFTER.match(body, m.span.end)
        if after is None or m.kind != "place" or not m.linked or m.key not in gazetteer:
            continue
        town = gazetteer.get(m.key)
        if town.cls != "Settlement":
            continue
        district = fuzzy_places.district(gazetteer, m.key)
        if district is not None and gazetteer.get(district).label.lower() == f"{town.label.lower()} district":
            out[i] = Mention(Span(m.span.start, after.end()), district, "place")
    return out


def listed_capitals_as_provinces(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Provincial capitals listed together with nothing else ("clashes in Daraa Latakia and Homs") are their provinces:
    a list of the war's fronts names regions. Not a list that says "cities", nor a city of its own (Aleppo,
    Damascus)."""
    out = list(found)
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and re.fullmatch(
            r"\s*(?:,\s*)?(?:and\s+)?", body[found[j].span.end : found[j + 1].span.start]
        ):
            j += 1
        run = found[i : j + 1]
        provinces = [_capital_province(m, gazetteer) for m in run]
        after = body[run[-1].span.end : run[-1].span.end + 12]
        if len(run) >= MIN_LISTED and all(provinces) and not re.match(r"\s+cities\b", after, re.IGNORECASE):
            for k, (m, province) in enumerate(zip(run, provinces, strict=True)):
                out[i + k] = Mention(m.span, str(province), "place")
        i = j + 1
    return out


def _capital_province(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The province a mention of its capital (under a million people) would stand for, or None."""
    if mention.kind != "place" or not mention.linked or mention.key not in gazetteer:
        return None
    entity = gazetteer.get(mention.key)
    if entity.cls == "Governorate":
        return entity.key
    if entity.cls != "Settlement" or (entity.population or 0) >= CITY_OF_ITS_OWN:
        return None
    return _named_province(entity, gazetteer)


def capitals_of_named_provinces(
    body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """A provincial capital under a million people, named bare in an article that names its province ("Idlib province
    ... the bombardment of rebel-held Idlib"), is the province: unless the text says it means the city ("Idlib city",
    "the city of Hama") or names a quarter of it ("the al-Waer neighbourhood of Homs")."""
    keys = {m.key for found in per_sentence for m in found if m.kind == "place"}
    starts = {m.span.start for found in per_sentence for m in found if m.kind == "place"}
    inside = {a for k in keys if k in gazetteer for a in gazetteer.ancestors(k)}
    swap: dict[str, str] = {}
    for key in sorted(keys):
        entity = gazetteer.get(key) if key in gazetteer else None
        if entity is None or entity.cls != "Settlement" or (entity.population or 0) >= CITY_OF_ITS_OWN or key in inside:
            continue
        province = _named_province(entity, gazetteer)
        if province is None or province not in keys:
            continue
        spans = [m.span for found in per_sentence for m in found if m.key == key]
        if any(
            _CITY_AFTER.match(body, s.end)
            or _CITY_BEFORE.search(body, max(0, s.start - 12), s.start)
            or _CAPITAL_BEFORE.search(body, max(0, s.start - 30), s.start)
            or (_POINT_BEFORE.search(body, max(0, s.start - 40), s.start) and not _owns_next(body, s, starts))
            for s in spans
        ):
            continue
        swap[key] = province
    if not swap:
        return per_sentence
    return [[Mention(m.span, swap[m.key], m.kind) if m.key in swap else m for m in found] for found in per_sentence]


# A compass part of a country ("Northern Syria", "Eastern Syria"): the gazetteer's regions named so.
_COMPASS_REGION = re.compile(r"(?:Northern|Eastern|Western|Southern|Central|North-?\w+|South-?\w+)\s+\w+$")
# What a compass part of the country may locate: a named town, district, province or site.
_LOCATED = frozenset({"Settlement", "District", "Governorate", "Facility"})


def regions_locating_places(per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> list[list[Mention]]:
    """A compass part of the country in a sentence that names a finer place only says where that place is ("the
    bastion of Raqqa in northern Syria"); alone it is the place of the news ("in a town in northern Syria")."""
    out = []
    for found in per_sentence:
        finer = any(m.kind == "place" and m.key in gazetteer and gazetteer.get(m.key).cls in _LOCATED for m in found)
        out.append([m for m in found if not (finer and compass_region(m.key, gazetteer))])
    return out


def compass_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a place key is a region named as a compass part of a country ("Northern Syria")."""
    if key not in gazetteer:
        return False
    entity = gazetteer.get(key)
    parent = gazetteer.get(entity.parent) if entity.parent and entity.parent in gazetteer else None
    return (
        entity.cls == "NaturalRegion"
        and parent is not None
        and parent.cls == "Country"
        and bool(_COMPASS_REGION.fullmatch(entity.label))
    )


# A city this large is named for itself even where its province is named too ("Aleppo", "Damascus").
CITY_OF_ITS_OWN = 1_000_000
# How many provincial capitals make a list of provinces.
MIN_LISTED = 3
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_CITY_BEFORE = re.compile(r"\bcity\s+of\s+$", re.IGNORECASE)
# "strikes on the provincial capital Idlib": the seat of the province is the city
_CAPITAL_BEFORE = re.compile(r"\bprovincial\s+capital(?:\s+of)?\s+$", re.IGNORECASE)
# "Idlibs Maarat al-Numaan": FA-KES drops the apostrophe of a possessive
_POSSESSIVE_S = re.compile(r"'?s\s+")
# A point the text measures from is the city: "45 kilometers outside Raqqa", "Daeshs de facto capital of Raqqa"
_POINT_BEFORE = re.compile(
    r"\b(?:(?:kilometres|kilometers|km|miles)\s+(?:outside|from|north\s+of|south\s+of|east\s+of|west\s+of)|"
    r"(?:de\s+facto\s+)?capital\s+of|outskirts\s+of|entrances?\s+(?:of|to)|"
    # "were killed south of Deir Ezzor": a direction from a point
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|"
    # "airstrikes near Raqqa": what lies near a province is in it; near a point, beside the city
    r"near|close\s+to|"
    # "the road linking Hasake to Deir Ezzor": a road joins two towns, not two provinces
    r"(?:road|highway)s?\s+(?:linking|connecting|between|from)(?:(?:\s+[\w'-]+){1,3}\s+(?:to|and|with))?)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The country across a border ("a town on the border with Iraq", "near its border with Turkey"): it locates the place,
# the event is on this side of the line.
_ACROSS_BORDER = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def across_border(body: str, span: Span) -> bool:
    """Whether a place is named as the land across a border, to locate another, not as where something happened.

    >>> text = "IS beheaded eight men in a town on the border with Iraq, near the Iraqi border"
    >>> [across_border(text, Span(text.index(w), text.index(w) + len(w))) for w in ("town", "Iraq,")]
    [False, True]
    """
    return _ACROSS_BORDER.search(body, max(0, span.start - 30), span.start) is not None


def this_side(body: str, mentions: Sequence[Mention], gazetteer: Gazetteer, home: str) -> list[str]:
    """The home country, for a report placed only by the land across a border ("seized the crossing on the border
    with Turkey"): the event is on this side of the line."""
    if not any(m.kind == "place" and across_border(body, m.span) for m in mentions):
        return []
    country = gazetteer.lookup(home, "place")
    return [country.key] if country is not None else []


def _owns_next(body: str, span: Span, starts: set[int]) -> bool:
    """Whether a name is the possessive owner of the place right after it ("east of Idlibs Maarat al-Numaan
    district"): what lies east is that place, and the owner is the province holding it."""
    owner = _POSSESSIVE_S.match(body, span.end)
    return owner is not None and owner.end() in starts


def _named_province(city: Entity, gazetteer: Gazetteer) -> str | None:
    """The governorate named after a city ("Daraa" in Daraa Governorate), however the text spells it, or None."""
    return next(
        (
            a.key
            for a in map(gazetteer.get, gazetteer.ancestors(city.key))
            if a.cls == "Governorate" and a.label.lower().startswith(f"{city.label.lower()} ")
        ),
        None,
    )


def _village(body: str, mention: Mention, city: str, gazetteer: Gazetteer) -> bool:
    """Whether a place is a village or town outside the city (not one of its quarters or buildings)."""
    if mention.key in gazetteer:
        entity = gazetteer.get(mention.key)
        return entity.cls == "Settlement" and city not in gazetteer.ancestors(mention.key)
    # unknown to the gazetteer: a village only when the text says so ("the village of X", "X town"), or a hill
    before = body[max(0, mention.span.start - 20) : mention.span.start]
    return bool(
        _VILLAGE_NOUN_BEFORE.search(before)
        or _VILLAGE_NOUN_AFTER.match(body, mention.span.end)
        or re.match(r"T(?:al|el|all|ell)[- ]", body[mention.span.start : mention.span.end])
    )


def well_known(entity: Entity) -> bool:
    """Whether a place is curated as well known or big enough to be linked without a governorate vouching for it."""
    return entity.notable or (entity.population or 0) >= FAR_POPULATION


def far_namesakes(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """A village the gazetteer knows only in a governorate the article never names, while the article's other places
    lie farther than VOUCH_KM, is a namesake ("al-Maleh north of Aleppo" is not Malah in Suwayda): an unlinked local
    place."""
    governorates: dict[str, str | None] = {}
    for found in per_sentence:
        for m in found:
            if m.kind == "place" and m.linked and m.key in gazetteer and m.key not in governorates:
                governorates[m.key] = fuzzy_places.governorate(gazetteer, m.key)
    far = _unvouched(governorates, called_quarters(body, per_sentence), gazetteer)
    far |= _quarters_of_another_city(body, per_sentence, gazetteer) | _quarters_in_the_city(
        body, per_sentence, gazetteer
    )
    if not far:
        return per_sentence
    out = []
    for found in per_sentence:
        kept = []
        for m in found:
            if m.key in far:
                label = body[m.span.start : m.span.end]
                key = f"place/local/{slug(label)}"
                local_entities[key] = ("place", label)
                m = Mention(m.span, key, "place", linked=False)
            kept.append(m)
        out.append(kept)
    return out


def _doubtful(key: str, quarters: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a linked place may be a namesake: a small village with coordinates, or a town called a quarter."""
    # "in al-Aziziyeh neighborhood": a name the text calls a quarter is no town far away, however big
    entity = gazetteer.get(key)
    if entity.cls != "Settlement" or (well_known(entity) and key not in quarters):
        return False
    # a curated place (data/reference/places-extra.csv) has no coordinates: it was added for this news, trusted
    return entity.lat is not None and entity.lon is not None


def _unvouched(governorates: dict[str, str | None], quarters: set[str], gazetteer: Gazetteer) -> set[str]:
    """The doubtful places of the article that nothing vouches for (`_vouches`), found to a fixed point."""
    # "Qaboun and Barzah in eastern Damascus" beside "Otaya in Almarj area": Barzah and Al Marj of Idlib, 71 km apart,
    # do not vouch for each other by their governorate, which counts only once a place is vouched for
    doubtful = {k for k, gov in governorates.items() if gov is not None and _doubtful(k, quarters, gazetteer)}
    vouched = {k for k, gov in governorates.items() if gov is not None and k not in doubtful}
    if not vouched:
        return set()  # nothing else to go by: the names stand
    while True:
        new = {k for k in doubtful - vouched if _vouches(k, vouched, governorates, gazetteer, doubtful)}
        if not new:
            return doubtful - vouched
        vouched |= new


def _vouches(
    key: str, vouched: set[str], governorates: dict[str, str | None], gazetteer: Gazetteer, doubtful: set[str]
) -> bool:
    """Whether a vouched place lies in a doubtful one's governorate, or any other place within VOUCH_KM of it."""
    # near is plausible across a border (Sayyida Zaynab by Damascus), and two namesakes side by side are no chance
    if governorates[key] in {governorates[v] for v in vouched}:
        return True
    entity = gazetteer.get(key)
    near = vouched | (doubtful - {key})
    located = [o for o in map(gazetteer.get, near) if o.lat is not None and o.lon is not None]
    return any(not _farther(entity, o, VOUCH_KM) for o in located)


_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.IGNORECASE)
# "the neighbourhood of Zahra", "in Zahraa a district inhabited by Alawites": the noun before the name, or after it in
# apposition (FA-KES dropped the comma), calls it a quarter too; not "the eastern neighbourhood of Aleppo", the city.
_QUARTER_OF = re.compile(r"\bthe\s+(?:neighbou?rhood|quarter)\s+of\s+$", re.IGNORECASE)
_QUARTER_APPOSED = re.compile(r"[\"”]?\s+an?\s+(?:neighbou?rhood|district|quarter)\b", re.IGNORECASE)
_QUARTERS_AFTER = re.compile(r"\s+(?:neighbou?rhoods|quarters)\b", re.IGNORECASE)
# "al-Midan and al-Ashrafiyeh neighborhoods in Aleppo": the quarters the text places in a city.
_QUARTER_IN = re.compile(
    r"\s+(?:neighbou?rhoods?|districts?|quarters?)\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:city\s+of\s+)?$"
)
# "the areas of al-Midan and al-Muhafaza in Aleppo city": the same, the noun before the list.
_QUARTERS_OF = re.compile(r"\b(?:areas?|neighbou?rhoods?|districts?|quarters?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a name or two the gazetteer lacks may end the list ("al-Aziziyeh and al-Sayyed Ali Moghambo and Zaharaa")
_NAMES_BETWEEN = re.compile(r"(?:\s+(?:and\s+)?(?:(?:al|el)-)?[A-Z][\w'-]*){0,6}")
_IN_CITY = re.compile(r"\s+in\s+(?:the\s+)?(?:city\s+of\s+)?")
_LISTED = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


def _listed_before(body: str, places: list[Mention], i: int) -> list[Mention]:
    """The places joined to places[i] by "and" or nothing, back to the first of the list, in text order."""
    j = i
    while j > 0 and _LISTED.fullmatch(body, places[j - 1].span.end, places[j].span.start):
        j -= 1
    return places[j : i + 1]


def _called_a_quarter(body: str, span: Span) -> bool:
    """Whether a noun of quarters stands right before the name ("the neighbourhood of X") or in apposition after it."""
    return bool(_QUARTER_OF.search(body, max(0, span.start - 30), span.start) or _QUARTER_APPOSED.match(body, span.end))


def called_quarters(body: str, per_sentence: list[list[Mention]]) -> set[str]:
    """Places the text calls quarters: "in al-Aziziyeh neighborhood", "on al-Midan and al-Ashrafiyeh neighborhoods"."""
    quarters: set[str] = set()
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for i, m in enumerate(places):
            if _QUARTER_AFTER.match(body, m.span.end) or _called_a_quarter(body, m.span):
                quarters.add(m.key)
            elif _QUARTERS_AFTER.match(body, m.span.end) and len(listed := _listed_before(body, places, i)) > 1:
                # one name before the plural owns them: "Damascus neighbourhoods" are the city's
                quarters.update(q.key for q in listed)
    return quarters


def _quarters_of_another_city(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """Places the text calls quarters of a city ("al-Midan and al-Ashrafiyeh neighborhoods in Aleppo", "the areas of
    al-Midan and al-Muhafaza in Aleppo city") that the gazetteer knows only far from that city: namesakes (Damascus's
    Midan is no quarter of Aleppo)."""
    far: set[str] = set()
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for i, city in enumerate(places):
            if not city.linked or city.key not in gazetteer or gazetteer.get(city.key).cls != "Settlement":
                continue  # a country or a province has quarters of no one city
            noun = _QUARTER_IN.search(body, max(0, city.span.start - 60), city.span.start)
            if noun is not None:
                # the noun right after the list: "al-Midan and al-Ashrafiyeh neighborhoods in Aleppo", not "Aleppo
                # Monitor AFP At least 15 civilians were killed in a barrel bomb attack on a rebel-held district of"
                listed = _listed_before_noun(body, places[:i], noun.start(), noun.group(0))
            elif i > 0 and _IN_CITY.fullmatch(body, places[i - 1].span.end, city.span.start):
                listed = _listed_before(body, places, i - 1)
                if not _QUARTERS_OF.search(body, max(0, listed[0].span.start - 30), listed[0].span.start):
                    continue
            else:
                continue
            far |= _far_from(body, listed, city, gazetteer)
    return far


def _quarters_in_the_city(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """The same for quarters listed "in the city" ("al-Zahraa and al-Akramiya neighborhoods in the city"): the city is
    the one the text named last, in the sentence or before it."""
    far: set[str] = set()
    last_city: Mention | None = None
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for noun in _IN_THE_CITY.finditer(body, *_around(places)):
            before = [m for m in places if m.span.end <= noun.start()]
            city = next((m for m in reversed(before) if _city(m, gazetteer)), last_city)
            if city is not None:
                far |= _far_from(body, _listed_before_noun(body, before, noun.start(), noun.group(0)), city, gazetteer)
        last_city = next((m for m in reversed(places) if _city(m, gazetteer)), last_city)
    return far


# "al-Zahraa and al-Akramiya neighborhoods in the city", "the Sukari district of the city"
# (the match opens at the first space of its run, so a long run of spaces is scanned once)
# ("in the city of Homs" names its city after it: `_QUARTER_IN` reads that)
_IN_THE_CITY = re.compile(r"(?<!\s)\s+(?:neighbou?rhoods?|districts?|quarters?)\s+(?:in|of)\s+the\s+city\b(?!\s+of\b)")


def _around(places: list[Mention]) -> tuple[int, int]:
    """Where a noun right after a sentence's places may stand: from its first place to a little past its last (names
    the gazetteer lacks may close a list); nowhere when it names none."""
    if not places:
        return (0, 0)
    return (places[0].span.start, places[-1].span.end + 80)


def _city(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a linked town or city with coordinates (one whose quarters a text may name)."""
    if not mention.linked or mention.key not in gazetteer:
        return False
    entity = gazetteer.get(mention.key)
    return entity.cls == "Settlement" and entity.lat is not None and well_known(entity)


def _listed_before_noun(body: str, places: list[Mention], noun_start: int, noun: str) -> list[Mention]:
    """The places listed right before a quarter noun ("al-Midan and al-Ashrafiyeh neighborhoods"): names the
    gazetteer lacks may close the list; a singular noun makes one quarter."""
    last = places[-1] if places else None
    close = last is not None and _NAMES_BETWEEN.fullmatch(body, last.span.end, noun_start)
    listed = _listed_before(body, places, len(places) - 1) if close else []
    if noun.split()[0].lower() in ("neighborhood", "neighbourhood", "district", "quarter"):
        # one quarter before a singular noun: "the Eastern Ghouta of Damascus al-Sukkari neighborhood in Aleppo city"
        # (FA-KES dropped the comma) makes a quarter of al-Sukkari only
        listed = listed[-1:]
    return listed


def _far_from(body: str, listed: list[Mention], city: Mention, gazetteer: Gazetteer) -> set[str]:
    """The listed places the gazetteer knows only far from the city they are called quarters of."""
    where = gazetteer.get(city.key)
    if where.lat is None and where.cls == "Settlement":
        # a curated quarter has no coordinates, its city has ("in Daraa al-Balad area")
        where = next((e for e in map(gazetteer.get, gazetteer.ancestors(city.key)) if e.lat is not None), where)
    far = set()
    for place in listed:
        unknown = not place.linked or place.key not in gazetteer
        if unknown or body.find(".", place.span.end, city.span.start) >= 0:
            continue
        quarter = gazetteer.get(place.key)
        village = not quarter.notable and (quarter.population or 0) < FAR_POPULATION
        # a namesake far away, or a village out of the city's reach (CITY_KM)
        outside = _farther(quarter, where, FAR_KM) or (village and _farther(quarter, where, CITY_KM))
        if quarter.cls == "Settlement" and outside:
            far.add(quarter.key)
    return far


def _farther(a: Entity, b: Entity, limit: float) -> bool:
    """Whether two places with coordinates lie farther apart than `limit` km (unknown coordinates: no)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return km(a.lat, a.lon, b.lat, b.lon) > limit
