"""Article-level readings of place mentions: a town named before "district", a compass part of the country, the land
across a border (docs/extraction.md, "Mentions"; namesakes far from the article's other places: `namesakes`; a
provincial capital's name: `capital_readings`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders import place_lookup
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span

_DISTRICT_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)
# "the District of Douma": the district named before its seat, as a province is ("the province of Idlib"); "the
# Zahra district of Aleppo" has a name before "district" and is left (placefp37)
_DISTRICT_BEFORE = re.compile(r"\bthe\s+(?P<noun>district\s+of)\s+$", re.IGNORECASE)
_BEFORE_REACH = 24


def seats_as_districts(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A town's name before "district", or after "the district of", is the district named after it ("the town in
    Harem district", "the District of Douma"): the spelling may be one only the town has."""
    out = list(found)
    for i, m in enumerate(found):
        after = _DISTRICT_AFTER.match(body, m.span.end)
        before = _DISTRICT_BEFORE.search(body, max(0, m.span.start - _BEFORE_REACH), m.span.start)
        if (after is None and before is None) or m.kind != "place" or not m.linked or m.key not in gazetteer:
            continue
        town = gazetteer.get(m.key)
        if town.cls != "Settlement":
            continue
        district = place_lookup.district(gazetteer, m.key)
        # the district's label may spell its seat as one of the town's other names ("Duma District", seat Douma)
        seat_names = {f"{name.lower()} district" for name in (town.label, *town.aliases)}
        if district is not None and gazetteer.get(district).label.lower() in seat_names:
            if after is not None:
                out[i] = Mention(Span(m.span.start, after.end()), district, "place")
            elif before is not None:  # the span starts at "District", after "the"
                out[i] = Mention(Span(before.start("noun"), m.span.end), district, "place")
    return out


# A compass part of a country ("Northern Syria", "Eastern Syria"): the gazetteer's regions named so.
_COMPASS_REGION = re.compile(r"(?:Northern|Eastern|Western|Southern|Central|North-?\w+|South-?\w+)\s+\w+$")


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


# "in al-Hamadaniyeh al-Ramouseh and new Aleppo": FA-KES (and SANA) write a quarter's name "New X" in lower case; the
# word before "new" is no determiner ("a new Aleppo offensive", "the new Aleppo front" are adjectives) and the word
# after opens no noun phrase of its own (twenty-first session, helper places9)
_NEW_BEFORE = re.compile(
    r"(?:^|[.,;:!?(]\s*|(?<![\w'’-])(?:in|on|at|into|near|toward|towards|of|and|or|from)\s+)new\s$"
)
_NEW_NAME_ENDS = re.compile(
    r"(?:\s*(?:$|[.,;:!?)])|\s+(?:and|or|in|on|at|of|near|neighbou?rhoods?|quarters?|districts?|suburbs?|areas?|was|"
    r"were|is|are|has|had|have|where|which|with|to|from|[a-z]+ed\b|[A-Z0-9]))"
)


def new_names_in_lower_case(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A place's name after a lower-case "new" whose "New X" the tables hold as a place of its own ("shells on new
    Aleppo" is the quarter New Aleppo, not the city)."""
    out = list(found)
    for i, m in enumerate(found):
        if m.kind != "place" or not _NEW_BEFORE.search(body, max(0, m.span.start - 20), m.span.start):
            continue
        if not _NEW_NAME_ENDS.match(body, m.span.end):
            continue
        named = gazetteer.lookup(f"New {body[m.span.start : m.span.end]}", "place")
        if named is not None and named.key != m.key and named.label.startswith("New "):
            out[i] = Mention(Span(m.span.start - 4, m.span.end), named.key, "place")
    return out
