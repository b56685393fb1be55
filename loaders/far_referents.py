"""The settlement "the town" refers back to when the article named it further back than the anaphora window."""

from __future__ import annotations

from collections.abc import Sequence

from loaders.abroad import abroad_keys
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.place_context import TOWN_POPULATION, introduced_as

# The nouns that name one settlement; "the area", "the province" or "there" may mean a wider or vaguer place.
_SETTLEMENT_WORDS = frozenset({"town", "city", "village"})
# Places "the town" passes over: wider than a settlement, or a site in one ("Syria", "Idlib province", "the airbase").
_PASSED_OVER = frozenset({"Country", "Governorate", "NaturalRegion", "District", "Facility"})


def settlement_told_before(
    body: str, index: int, story: Sequence[Sequence[Mention]], gazetteer: Gazetteer, noun: str | None
) -> list[str]:
    """The settlement named last before sentence `index`, when "the town" (city, village) can mean it.

    Only the last one named counts: "the town" after "the village of Rityan", a place the gazetteer lacks, is Rityan
    or no place, never a town named before it. It must be a settlement of the gazetteer inside the home country; for
    "the town" or "the village" not a city of TOWN_POPULATION or more ("the town" is not Aleppo); and not one the
    article introduced with another noun ("the village of Jazal", "Atareb town" are not "the city")."""
    noun = (noun or "").lower()
    if noun not in _SETTLEMENT_WORDS:
        return []
    abroad = abroad_keys(gazetteer)
    for found in reversed(story[:index]):
        for m in reversed(found):
            if m.kind != "place":
                continue
            cls = gazetteer.get(m.key).cls if m.key in gazetteer else None
            if cls in _PASSED_OVER:
                continue
            if cls != "Settlement" or m.key in abroad:
                return []
            if noun != "city" and (gazetteer.get(m.key).population or 0) >= TOWN_POPULATION:
                return []
            intro = introduced_as(body, m)
            return [m.key] if intro is None or intro == noun else []
    return []
