"""Namesakes among an article's places: villages no other place vouches for, quarters of a city known only elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders import place_lookup
from loaders.gazetteer import Gazetteer
from loaders.local_places import local_place
from loaders.model import Mention, Span
from loaders.place_lookup import km
from loaders.placed_in import placed_in_another_governorate
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
                governorates[m.key] = place_lookup.governorate(gazetteer, m.key)
    far = _unvouched(governorates, called_quarters(body, per_sentence), gazetteer)
    far |= _quarters_of_another_city(body, per_sentence, gazetteer) | _quarters_in_the_city(
        body, per_sentence, gazetteer
    )
    far |= _listed_with_a_quarter(body, per_sentence, gazetteer)
    far |= _quarters_after_the_noun(body, per_sentence, gazetteer)
    far |= placed_in_another_governorate(per_sentence, body, gazetteer)
    return made_local(body, per_sentence, far, local_entities)


def made_local(
    body: str, per_sentence: list[list[Mention]], far: set[str], local_entities: dict[str, tuple[str, str]]
) -> list[list[Mention]]:
    """The mentions of the namesakes in `far` become unlinked local places named by their own words."""
    if not far:
        return per_sentence
    out = []
    for found in per_sentence:
        kept = []
        for m in found:
            if m.key in far:
                m = local_place(local_entities, m.span, m.span.text(body))
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
    return any(not farther(entity, o, VOUCH_KM) for o in located)


_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.IGNORECASE)
# "the neighbourhood of Zahra", "in Zahraa a district inhabited by Alawites": the noun before the name, or after it in
# apposition (FA-KES dropped the comma), calls it a quarter too; not "the eastern neighbourhood of Aleppo", the city.
# A city's possessive may stand for "the", with a word of kind between ("Aleppo's residential neighborhood of
# al-Khalidiye", FA-KES's "Aleppos"; twenty-second session, helper places11).
_QUARTER_OF = re.compile(
    r"\b(?:(?i:the)|[A-Z][\w-]*?['’]?s)\s+(?:(?!eastern|western|northern|southern)[a-z]+\s+)?"
    r"(?i:neighbou?rhood|quarter)\s+(?i:of)\s+$"
)
# characters before a name searched for the noun that calls it a quarter
QUARTER_WINDOW = 60
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
# "the Aleppo neighborhoods of ...": the city names its quarters before the list
_CITY_QUARTERS_OF = re.compile(r"\s+(?:neighbou?rhoods?|districts|quarters?)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_LISTED = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


def _listed_before(body: str, places: list[Mention], i: int) -> list[Mention]:
    """The places joined to places[i] by "and" or nothing, back to the first of the list, in text order."""
    j = i
    while j > 0 and _LISTED.fullmatch(body, places[j - 1].span.end, places[j].span.start):
        j -= 1
    return places[j : i + 1]


def _listed_after(body: str, places: list[Mention], i: int) -> list[Mention]:
    """The places joined to places[i] by "and" or nothing, on to the last of the list, in text order."""
    j = i
    while j + 1 < len(places) and _LISTED.fullmatch(body, places[j].span.end, places[j + 1].span.start):
        j += 1
    return places[i : j + 1]


def _called_a_quarter(body: str, span: Span) -> bool:
    """Whether a noun of quarters stands right before the name ("the neighbourhood of X") or in apposition after it."""
    return bool(
        _QUARTER_OF.search(body, max(0, span.start - QUARTER_WINDOW), span.start)
        or _QUARTER_APPOSED.match(body, span.end)
    )


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
            owned = _CITY_QUARTERS_OF.match(body, city.span.end)
            if owned is not None and i + 1 < len(places) and places[i + 1].span.start == owned.end():
                # the city before its noun of quarters: "the Aleppo neighborhoods of Tariq al-Bab al-Amiriyah and ..."
                listed = [m for m in _listed_after(body, places, i + 1) if not _peopled_city(m, gazetteer)]
            elif noun is not None and not _owned_by_previous(body, places, i):
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


# "the neighborhoods of al-Shaar al-Ansari Qazi Askar and Qastal Harami": the noun before a list of quarters
_QUARTERS_NOUN = re.compile(r"\b(?:neighbou?rhoods|quarters)\s+of\s+(?:the\s+)?", re.IGNORECASE)


def _quarters_after_the_noun(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """Places listed after "the neighbourhoods of", in a sentence that named a city before ("In Aleppo city ... the
    neighborhoods of al-Shaar al-Ansari ..."), that can be no quarter of it: namesakes (al-Shaar is no gas field of
    Homs; eighteenth session)."""
    far: set[str] = set()
    last_city: Mention | None = None
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for i, first in enumerate(places):
            noun = _QUARTERS_NOUN.search(body, max(0, first.span.start - 30), first.span.start)
            if noun is None or noun.end() != first.span.start:
                continue
            listed = _listed_after(body, places, i)
            # the city the list is placed in after it ("... and Yarmouk in Damascus") is theirs, not one named before
            # ("After clashes in Aleppo, the army shelled the neighbourhoods of ..."; eighteenth session, review3)
            city = _city_after(body, places, i + len(listed), gazetteer) or next(
                (m for m in reversed(places[:i]) if names_a_city(m, gazetteer)), None
            )
            if city is not None and len(listed) > 1:
                far |= {m.key for m in listed if _out_of_governorate(m, city, gazetteer)}
            elif city is None and last_city is not None and _quarters_only(listed, gazetteer):
                # no city in the sentence: the quarters are of the city the text named last before it (twenty-seventh
                # session), and a village out of its reach (CITY_KM) is a namesake, as for a list "in the city"
                far |= _far_from(body, listed, last_city, gazetteer)
        last_city = next((m for m in reversed(places) if names_a_city(m, gazetteer)), last_city)
    return far


def _quarters_only(listed: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a list of two or more names no city of its own ("the neighbourhoods of Homs and Hama" name cities)."""
    return len(listed) > 1 and not any(names_a_city(m, gazetteer) for m in listed)


_IN_AFTER_A_LIST = re.compile(r"\s+(?:in|of)\s+(?:the\s+city\s+of\s+)?")


def _city_after(body: str, places: list[Mention], j: int, gazetteer: Gazetteer) -> Mention | None:
    """places[j] when it is a city the list before it is placed in ("in Damascus", "in the city of Aleppo")."""
    if j >= len(places) or not names_a_city(places[j], gazetteer):
        return None
    between = _IN_AFTER_A_LIST.fullmatch(body, places[j - 1].span.end, places[j].span.start)
    return places[j] if between else None


def _out_of_governorate(mention: Mention, city: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a listed place is no quarter of the city: a site (a gas field, an air base) the tables place in
    another governorate, or a town they know only farther than FAR_KM from it (a curated quarter, with no
    coordinates, may be the city's own: "al-Mazzeh 86 in al-Mazzeh area" after "Douma")."""
    if not mention.linked or mention.key not in gazetteer or mention.key == city.key:
        return False
    place = gazetteer.get(mention.key)
    if place.cls == "Settlement":
        return farther(place, gazetteer.get(city.key), FAR_KM)
    home = place_lookup.governorate(gazetteer, mention.key)
    return place.cls == "Facility" and home is not None and home != place_lookup.governorate(gazetteer, city.key)


def _owned_by_previous(body: str, places: list[Mention], i: int) -> bool:
    """Whether places[i] opens the list a city before it owns ("the Aleppo neighbourhoods of al-Midan"): the quarter
    noun before places[i] is the owner's, and makes no quarter of places[i] (eighteenth session)."""
    owned = _CITY_QUARTERS_OF.match(body, places[i - 1].span.end) if i > 0 else None
    return owned is not None and owned.end() == places[i].span.start


def _quarters_in_the_city(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """The same for quarters listed "in the city" ("al-Zahraa and al-Akramiya neighborhoods in the city"): the city is
    the one the text named last, in the sentence or before it."""
    far: set[str] = set()
    last_city: Mention | None = None
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        for noun in _IN_THE_CITY.finditer(body, *_around(places)):
            before = [m for m in places if m.span.end <= noun.start()]
            city = next((m for m in reversed(before) if names_a_city(m, gazetteer)), last_city)
            if city is not None:
                far |= _far_from(body, _listed_before_noun(body, before, noun.start(), noun.group(0)), city, gazetteer)
        last_city = next((m for m in reversed(places) if names_a_city(m, gazetteer)), last_city)
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


def _peopled_city(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a city with people counted (a restated city: "the districts of west Aleppo"); the tables
    keep a well-known quarter, Damascus's Midan, with no population of its own (eighteenth session)."""
    return names_a_city(mention, gazetteer) and (gazetteer.get(mention.key).population or 0) >= FAR_POPULATION


def _listed_with_a_quarter(body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer) -> set[str]:
    """A list that holds a quarter the tables put in a city is a list of that city's quarters: a member the gazetteer
    knows only far from it, no town of its own, is a namesake ("al-Ashrafiyeh, al-Midan and Sheikh Maqsoud" in an
    Aleppo report is no Midan of Damascus; eighteenth session)."""
    far: set[str] = set()
    for listed, cities in place_lists(body, per_sentence, gazetteer):
        if len(cities) == 1:
            where = gazetteer.get(next(iter(cities)))
            far |= {m.key for m in listed if _far_namesake(m, where, gazetteer)}
    return far


def place_lists(
    body: str, per_sentence: list[list[Mention]], gazetteer: Gazetteer
) -> Iterator[tuple[list[Mention], set[str]]]:
    """Each list of two places or more in a sentence, with the cities its linked members are quarters of."""
    for found in per_sentence:
        places = [m for m in found if m.kind == "place"]
        i = 0
        while i < len(places):
            listed = _listed_after(body, places, i)
            i += len(listed)
            if len(listed) > 1:
                yield listed, {c for c in (_city_of_quarter(m, gazetteer) for m in listed) if c is not None}


def _city_of_quarter(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The city a linked place is a quarter of by the tables (its parent a town with coordinates), or None."""
    if not mention.linked or mention.key not in gazetteer:
        return None
    parent = gazetteer.get(mention.key).parent
    if parent is None or parent not in gazetteer:
        return None
    city = gazetteer.get(parent)
    return parent if city.cls == "Settlement" and city.lat is not None else None


def _far_namesake(mention: Mention, city: Entity, gazetteer: Gazetteer) -> bool:
    """Whether a listed place lies farther than FAR_KM from the city and is no town of its own there: a quarter or
    village (under FAR_POPULATION people) or a place abroad."""
    if not mention.linked or mention.key not in gazetteer:
        return False
    place = gazetteer.get(mention.key)
    small = (place.population or 0) < FAR_POPULATION or not gazetteer.in_syria(place.key)
    return place.cls == "Settlement" and small and farther(place, city, FAR_KM)


def names_a_city(mention: Mention, gazetteer: Gazetteer) -> bool:
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
        outside = farther(quarter, where, FAR_KM) or (village and farther(quarter, where, CITY_KM))
        if quarter.cls == "Settlement" and outside:
            far.add(quarter.key)
    return far


def farther(a: Entity, b: Entity, limit: float) -> bool:
    """Whether two places with coordinates lie farther apart than `limit` km (unknown coordinates: no)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return km(a.lat, a.lon, b.lat, b.lon) > limit
