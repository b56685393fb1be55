"""A provincial capital's name coordinated with a province is the province too ("large swathes of Aleppo province and
all of Idlib"): the items of one coordination are things of one kind (docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.capital_readings import CITY_OF_ITS_OWN, named_province, names_a_quarter, quarter_of
from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# a province joined to a territory measured by a quantifier: "Aleppo province and all of Idlib"; a bare "and"
# opens nothing ("Raqqa province and Deir Ezzor" may pair a province with a city)
_COORDINATED = re.compile(
    r"(?<!\s)\s*(?:,\s*)?(?:and|or)\s+(?:all|much|most|the\s+rest|large\s+parts)\s+of\s+", re.IGNORECASE
)
# a word after the capital's name that makes it the city or a thing in it: "Idlib city", "Hama airport" (a run of
# blanks is tried from its start only: no quadratic search over long blanks, as for _COORDINATED)
_NOT_BARE_AFTER = re.compile(
    r"(?:'s|’s|s)?(?<!\s)\s+(?:city|town|airport|neighbou?rhoods?|quarters?|districts?)\b", re.I
)
# an owner's ending after the name: "all of Idlib's notables" measures the notables, not the land
_OWNER_AFTER = re.compile(r"(?:'s|’s|s)\s")


def capitals_coordinated_with_provinces(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A bare capital under a million people joined by "and all of" (most of, much of) to a province named just before
    it ("Aleppo province and all of Idlib") is its own province: a coordination joins things of one kind."""
    out = list(found)
    for i in range(1, len(found)):
        before, m = out[i - 1], found[i]
        if not (_is_governorate(before, gazetteer) and _COORDINATED.fullmatch(body, before.span.end, m.span.start)):
            continue
        province = _small_capital_province(m, gazetteer)
        if province is None or province == before.key or _NOT_BARE_AFTER.match(body, m.span.end):
            continue
        if _OWNER_AFTER.match(body, m.span.end):
            continue
        out[i] = Mention(m.span, province, "place")
    return out


def _is_governorate(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is linked to a governorate."""
    return mention.kind == "place" and mention.key in gazetteer and gazetteer.get(mention.key).cls == "Governorate"


def _small_capital_province(mention: Mention, gazetteer: Gazetteer) -> str | None:
    """The province named after the capital a mention links to, if the capital has under a million people."""
    if mention.kind != "place" or not mention.linked or mention.key not in gazetteer:
        return None
    city = gazetteer.get(mention.key)
    if city.cls != "Settlement" or (city.population or 0) >= CITY_OF_ITS_OWN:
        return None
    return named_province(city, gazetteer)


# "al-Foaa town in Idleb, the villages of Ard al-Wata in Lattakia, checkpoints in Hama": a list of what lies in
# provinces; how many other provinces after "in" make such a list
MIN_PROVINCES_LISTED = 2
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)


def capitals_among_provinces(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A bare capital under a million people after "in", in a sentence that places other things "in" two provinces
    or more, one of them before it ("al-Foaa town in Idleb, the villages of Ard al-Wata in Lattakia, checkpoints in
    Hama"), is a province: the locatives of one list name places of one kind."""
    provinces = [m for m in found if _is_governorate(m, gazetteer) and _after_in(body, m)]
    out = list(found)
    for i, m in enumerate(found):
        province = _small_capital_province(m, gazetteer)
        if province is None or not _after_in(body, m) or _NOT_BARE_AFTER.match(body, m.span.end):
            continue
        # "the al-Hader neighbourhood in Hama", "al-Hader in Hama": a quarter's town is the city, listed or not
        if names_a_quarter(body, m.span) or (i > 0 and quarter_of(found[i - 1], m.key, gazetteer)):
            continue
        others = [p for p in provinces if p.key != province]
        # the list has begun before the name: "a bomb went off in Hama after raids in Idlib province and ..." is not one
        if len(others) >= MIN_PROVINCES_LISTED and others[0].span.start < m.span.start:
            out[i] = Mention(m.span, province, "place")
    return out


def _after_in(body: str, mention: Mention) -> bool:
    """Whether "in" stands right before a mention."""
    return _IN_BEFORE.search(body, max(0, mention.span.start - 10), mention.span.start) is not None
