"""Places abroad named only as part of another name: a street named for a city, a road's far end, a fighter's
origin (thirty-third session, helper placefp33; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# "Baghdad Street in Damascus", "the Cairo Street roundabout": a street's name in capitals carries the city it is
# named for; the street lies in the Syrian town, not in Iraq
STREET_AFTER = re.compile(r"[ \t]{1,3}(?:(?:Street|Avenue|Boulevard|Square|Roundabout)\b|St\.)")
# "the Beirut-Damascus highway", "the Damascus - Amman road": a road named by its two ends; the far end abroad is
# where it leads, not where anything on it happens
_ENDS_JOIN = re.compile(r"[ \t]{0,2}[-–—][ \t]{0,2}")
ROAD_AFTER = re.compile(
    r"[ \t]{1,3}(?:international[ \t]{1,3})?(?:highway|road|motorway|expressway|route)\b", re.IGNORECASE
)

# "Abu Obaida of Tunisia": a fighter's by-name and his origin, the English of a nisba ("al-Tunisi"), no place of the
# news; "of" only, right after the name ("Abu Ahmed from Turkey told AFP" may say where he is; "Abu Omar, of Egypt's
# Brotherhood" is set off); "Abu Dhabi" is a place
KUNYA_OF = re.compile(
    r"\bAbu[ \t]{1,3}(?!Dhabi\b)[A-Z][\w'’-]*(?:[ \t]{1,3}(?:al-)?[A-Z][\w'’-]*)?"
    r"[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3})?$"
)
_REACH = 60


def without_foreign_name_parts(body: str, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions without the places abroad that are only part of another name."""
    return [m for m in found if not _part_of_a_name(body, m, found, gazetteer)]


def _part_of_a_name(body: str, mention: Mention, found: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a place abroad is named only as a street's name, a road's far end or a fighter's origin."""
    if mention.kind != "place" or mention.key not in gazetteer or gazetteer.in_syria(mention.key):
        return False
    end = mention.span.end
    if STREET_AFTER.match(body, end):
        return True
    if KUNYA_OF.search(body, max(0, mention.span.start - _REACH), mention.span.start):
        return True
    return any(_road_ends(body, mention, other) for other in found if _syrian_town(other, gazetteer))


def _syrian_town(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether a mention is a gazetteer place in Syria other than the country itself."""
    # ("the Jordan-Syria highway" names two countries, each a place of the news)
    return (
        mention.kind == "place"
        and mention.key in gazetteer
        and gazetteer.in_syria(mention.key)
        and gazetteer.get(mention.key).cls != "Country"
    )


def _road_ends(body: str, far: Mention, home: Mention) -> bool:
    """Whether two places joined by a dash name a road's two ends ("Beirut-Damascus highway", "Damascus-Amman road")."""
    first, second = (far, home) if far.span.end <= home.span.start else (home, far)
    return bool(
        _ENDS_JOIN.fullmatch(body, first.span.end, second.span.start) and ROAD_AFTER.match(body, second.span.end)
    )
