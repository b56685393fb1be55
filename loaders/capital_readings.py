"""Article-level readings of a provincial capital's name: the city, or the province named after it ("a village in
Idlib", "Idlib province ... rebel-held Idlib", "Idlib city"; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from loaders.own_countryside import OWN_COUNTRYSIDE
from loaders.reference_tables import Entity

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
# A quarter of the capital named or counted marks the city, listed or not: "the al-Waer neighbourhood of Homs",
# "residential neighborhoods in Deir Ezzor", "Homs Akrameh neighbourhood" (a province has districts, not quarters)
_QUARTER_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|quarters?)\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_ARABIC_NAME_GOES_ON = re.compile(r"(?<!\s)\s+(?:al|Al|el|El)-")
_QUARTER_AFTER = re.compile(
    r"(?<!\s)(?:'s|’s|s)?\s+(?:(?:al|Al|el|El)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|Al|el|El)-)?[A-Z][\w'’-]*){0,2}\s+"
    r"(?:neighbou?rhood|quarter)\b"
)
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
# what may stand between a quarter and the part of its city it lies in: "al-Waer (neighbourhood) in the west of"
_QUARTER_IN_PART = re.compile(
    r"(?<!\s)\s+(?:(?:neighbou?rhoods?|quarters?|districts?|areas?)\s+)?(?:in|across|throughout)\s+the\s+[\w-]+(?:\s+parts?)?"
    r"\s+of\s+",
    re.IGNORECASE,
)
# a quarter named by its kind, known or not, before the part ("a neighbourhood in the east of Homs", "the Zahraa
# quarter in the north of Hama"): a town has quarters, a province has none ("districts" may be a province's own)
_CITY_PART_IN_PART = re.compile(
    r"\b(?:neighbou?rhoods?|quarters?)\s+(?:in|across|throughout)\s+the\s+[\w-]+(?:\s+parts?)?\s+of\s+$", re.IGNORECASE
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
        entity = _city_of_side(body, m, gazetteer)
        if entity.cls != "Settlement" or re.match(r"\s+city\b", body[m.span.end : m.span.end + 6], re.IGNORECASE):
            continue
        previous = found[i - 1] if i > 0 else None
        after_village = _IN_PROVINCE.search(body, max(0, m.span.start - 30), m.span.start) or (
            previous is not None
            and previous.kind == "place"
            and _after_village(body, previous.span.end, m.span.start)
            and _village(body, previous, entity.key, gazetteer)
            and not _listed_with_its_quarter(body, found, i - 1, entity.key, gazetteer)
        )
        # "Eastern Aleppos Abu Qalqal and Menbij sub-districts": what the name owns is a town out in the province
        after_village = after_village or _owns_a_village(body, found, i, entity.key, gazetteer)
        # "al-Waer in the west of Homs": a part of the city its quarter lies in
        quarter_before = (
            previous is not None
            and _QUARTER_IN_PART.fullmatch(body, previous.span.end, m.span.start) is not None
            and quarter_of(previous, m.key, gazetteer)
        )
        if not (after_village or (_part_of_small_capital(body, m.span, entity) and not quarter_before)):
            continue
        province = named_province(entity, gazetteer)
        if province is not None:
            out[i] = Mention(m.span, province, "place")
    return out


_QUARTERS_OPENING = re.compile(r"\b(?:neighbou?rhoods?|quarters?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _owns_a_village(body: str, found: list[Mention], i: int, city: str, gazetteer: Gazetteer) -> bool:
    """Whether found[i] is the possessive owner of a list that names a town out of the city ("Eastern Aleppos Abu
    Qalqal and Menbij sub-districts"): the name owning it is the province."""
    owner = _POSSESSIVE_S.match(body, found[i].span.end)
    if owner is None or i + 1 >= len(found) or found[i + 1].span.start != owner.end():
        return False
    j = i + 1
    while j < len(found) and found[j].kind == "place":
        if found[j].linked and _village(body, found[j], city, gazetteer):
            return True
        if j + 1 >= len(found) or not _JOINED.fullmatch(body, found[j].span.end, found[j + 1].span.start):
            return False
        j += 1
    return False


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")


def _city_of_side(body: str, mention: Mention, gazetteer: Gazetteer) -> Entity:
    """The city a side the tables list lies in ("eastern Aleppo", East Aleppo, is Aleppo's side), else the place."""
    entity = gazetteer.get(mention.key)
    parent = gazetteer.get(entity.parent) if entity.parent and entity.parent in gazetteer else None
    if parent is not None and parent.cls == "Settlement" and _SIDE_OPENING.match(body, mention.span.start):
        return parent
    return entity


_SIDE_OPENING = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s", re.IGNORECASE)


def _listed_with_its_quarter(body: str, found: list[Mention], last: int, city: str, gazetteer: Gazetteer) -> bool:
    """Whether the list ending at found[last] holds a quarter of the city ("al-Midan, al-Ashrafiyeh and al-Aziziyeh
    in Aleppo"): a list of the city's quarters, whatever namesakes the gazetteer finds for the others (eighteenth
    session)."""
    j = last
    while j >= 0 and found[j].kind == "place":
        if quarter_of(found[j], city, gazetteer):
            return True
        if j == 0 or not _JOINED.fullmatch(body, found[j - 1].span.end, found[j].span.start):
            break
        j -= 1
    # "the neighbourhoods of al-Midan, al-Sulaymaniyah and al-Jamiliyah in Aleppo": the noun calls them quarters
    start = found[max(j, 0)].span.start
    return _QUARTERS_OPENING.search(body, max(0, start - 30), start) is not None


def _part_of_small_capital(body: str, span: Span, city: Entity) -> bool:
    """Whether a capital under a million people is named as the land a part lies in ("in the north of Lattakia"), not
    the town its quarters lie in ("neighbourhoods in the north of Hama")."""
    return (
        (city.population or 0) < CITY_OF_ITS_OWN
        and bool(_PART_OF.search(body, max(0, span.start - 40), span.start))
        and not _CITY_PART_IN_PART.search(body, max(0, span.start - 60), span.start)
    )


def _after_village(body: str, village_end: int, start: int) -> bool:
    """Whether the words between a village and a capital's name place the village in the capital's land ("Tal Antar
    in Deraa", "al-Jafra and other areas in Deir Ezour")."""
    return re.fullmatch(r"\s+in\s+", body[village_end:start]) is not None or bool(
        _OTHER_AREAS.fullmatch(body, village_end, start)
    )


# "Waer neighbourhood in Western Homs", "Qaboun and Barzah in eastern Damascus": a quarter placed in a side of its city
_QUARTER_IN_SIDE = re.compile(r"\s+(?:(?:neighbou?rhoods?|quarters?|districts?|areas?)\s+)?in\s+(?:the\s+)?", re.I)
# a governorate's noun after a name: "southern Daraa province", "western Hama countryside"
_LAND_NOUN_AFTER = re.compile(r"(?<!\s)\s+(?:province|governorate|countryside)\b", re.IGNORECASE)
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
        # "al-Balad area in the southern Daraa province": the side's noun names the land, not the city
        if _LAND_NOUN_AFTER.match(body, m.span.end):
            continue
        city = gazetteer.lookup(body[side.end() : m.span.end], "place")
        if city is not None and city.cls == "Settlement" and quarter_of(quarter, city.key, gazetteer):
            out[i] = Mention(m.span, city.key, "place")
    return out


def quarter_of(mention: Mention, city: str, gazetteer: Gazetteer) -> bool:
    """Whether a linked place lies inside a city, by the gazetteer."""
    return mention.linked and mention.key in gazetteer and city in gazetteer.ancestors(mention.key)


# "regions" right before a list of capitals says what they name ("in coastal regions Aleppo Hama and Idlib", "the
# regions of Aleppo and Hama"): provinces, whatever their capitals' size (placefp31)
_REGIONS_BEFORE = re.compile(r"\b[Rr]egions\s+(?:of\s+)?$")


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
        regions = _REGIONS_BEFORE.search(body, max(0, run[0].span.start - 30), run[0].span.start) is not None
        if sum(map(bool, provinces)) >= MIN_LISTED or (regions and len(run) >= 2):
            provinces = [p or _capital_province(m, gazetteer, own=True) for p, m in zip(provinces, run, strict=True)]
        after = body[run[-1].span.end : run[-1].span.end + 12]
        listed = (len(run) >= MIN_LISTED or regions) and len(run) >= 2
        if listed and all(provinces) and not re.match(r"\s+cities\b", after, re.IGNORECASE):
            for k, (m, province) in enumerate(zip(run, provinces, strict=True)):
                out[i + k] = Mention(m.span, str(province), "place")
        i = j + 1
    return out


def _capital_province(mention: Mention, gazetteer: Gazetteer, own: bool = False) -> str | None:
    """The province a mention of its capital (under a million people, or any with `own`) would stand for, or None."""
    if mention.kind != "place" or not mention.linked or mention.key not in gazetteer:
        return None
    entity = gazetteer.get(mention.key)
    if entity.cls == "Governorate":
        return entity.key
    if entity.cls != "Settlement" or ((entity.population or 0) >= CITY_OF_ITS_OWN and not own):
        return None
    return named_province(entity, gazetteer)


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
        province = named_province(entity, gazetteer)
        if province is None or province not in keys:
            continue
        spans = [m.span for found in per_sentence for m in found if m.key == key]
        if any(
            _CITY_AFTER.match(body, s.end)
            or _CITY_BEFORE.search(body, max(0, s.start - 12), s.start)
            or _CAPITAL_BEFORE.search(body, max(0, s.start - 30), s.start)
            or (_POINT_BEFORE.search(body, max(0, s.start - 40), s.start) and not _owns_next(body, s, starts))
            or names_a_quarter(body, s)
            # "Hama and its countryside": the city, set against the province's land
            or OWN_COUNTRYSIDE.match(body, s.end)
            for s in spans
        ):
            continue
        swap[key] = province
    if not swap:
        return per_sentence
    return [[Mention(m.span, swap[m.key], m.kind) if m.key in swap else m for m in found] for found in per_sentence]


def names_a_quarter(body: str, span: Span) -> bool:
    """Whether a capital's name is said to hold a quarter ("the al-Waer neighbourhood of Homs", "Homs Akrameh
    neighbourhood"): quarters are a city's, so the name is the city even where the quarter is listed nowhere."""
    # "in al-Arbaeen neighborhood in Daraa al-Balad": the quarter lies in a longer name the capital's only begins
    longer = _ARABIC_NAME_GOES_ON.match(body, span.end) is not None
    before = not longer and _QUARTER_BEFORE.search(body, max(0, span.start - 30), span.start) is not None
    return before or _QUARTER_AFTER.match(body, span.end) is not None


def _owns_next(body: str, span: Span, starts: set[int]) -> bool:
    """Whether a name is the possessive owner of the place right after it ("east of Idlibs Maarat al-Numaan
    district"): what lies east is that place, and the owner is the province holding it."""
    owner = _POSSESSIVE_S.match(body, span.end)
    return owner is not None and owner.end() in starts


def named_province(city: Entity, gazetteer: Gazetteer) -> str | None:
    """The governorate named after a city ("Daraa" in Daraa Governorate), however the text spells it, or None."""
    return next(
        (
            a.key
            for a in map(gazetteer.get, gazetteer.ancestors(city.key))
            if a.cls == "Governorate"
            and (
                a.label.lower().startswith(f"{city.label.lower()} ")
                # the tables spell a few capitals apart from their governorates ("As Suwaydah" in "As-Suwayda
                # Governorate", "Tartous" in "Tartus Governorate"): the same name once hyphens, "ou" and a last "h" go
                or _folded(a.label.rsplit(" ", 1)[0]) == _folded(city.label)
            )
        ),
        None,
    )


def _folded(label: str) -> str:
    """A name's letters in lower case, "ou" as "u", without a last "h"."""
    return re.sub(r"[^a-z]", "", label.lower()).replace("ou", "u").removesuffix("h")


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


# "the province of Raqqa and Deir Ezzor": a governorate noun opening the first of a list ("the province of" at the
# mention's start, or just before it) governs each name listed after it (twenty-first session, helper places9)
_NOUN_OPENS = re.compile(r"(?:the\s+)?(?:province|governorate)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a list item ends before a function word, a verb, a capitalised word (FA-KES's lost comma) or the sentence's end; a
# noun after it makes it a modifier ("Deir Ezzor airport", "Homs neighbourhoods", "Deir Ezzor city")
_ITEM_ENDS = re.compile(
    r"\s*(?:$|[.,;:!?)])|\s+(?:and|or|but|in|on|at|by|for|near|since|during|after|before|as|where|which|who|when|"
    r"while|with|to|from|into|over|under|until|amid|against|was|were|is|are|has|had|have|the|a|an|its|their|last|"
    r"this|next|yesterday|today|tonight|overnight|earlier|later|[a-z]+ly|[a-z]+ed|[a-z]+ing|[A-Z0-9][\w'’-]*)\b"
)


def provinces_sharing_a_noun(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Capitals listed after "the province of X" ("the province of Raqqa and Deir Ezzor") are provinces too: the noun
    opening the list is shared by its items, as in "the provinces of Raqqa and Deir Ezzor"."""
    out = list(found)
    for i, m in enumerate(found):
        if not _opens_with_province_noun(body, m, gazetteer):
            continue
        j = i
        while j + 1 < len(found) and _listed_next(body, found[j], found[j + 1]):
            j += 1
            item = found[j]
            if not _ITEM_ENDS.match(body, item.span.end):
                break
            province = _capital_province(item, gazetteer, own=True)
            if province is None:
                break
            out[j] = Mention(item.span, province, "place")
    return out


def _opens_with_province_noun(body: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a governorate mention is named by a governorate noun before its name ("the province of Raqqa")."""
    if mention.kind != "place" or mention.key not in gazetteer or gazetteer.get(mention.key).cls != "Governorate":
        return False
    start = mention.span.start
    return bool(
        _NOUN_OPENS.match(body, start, mention.span.end) or _NOUN_BEFORE.search(body, max(0, start - 30), start)
    )


def _listed_next(body: str, item: Mention, following: Mention) -> bool:
    """Whether a mention follows a list item as the list's next item (not a longer name overlapping it)."""
    joined = _JOINED.fullmatch(body, item.span.end, following.span.start)
    return following.span.start > item.span.end and joined is not None
