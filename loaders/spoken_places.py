"""The spoken readings of a local place name, the last steps of `fuzzy_places.resolve`: a place of a district the
article names whose name the label is as the Levant speaks it ("Hweja" Huwayjah, "Tkad" Taqad; `spoken_spellings`),
else a place the article names elsewhere whose name it is a vowel or two off ("Hassak" where it names Hasakah)."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.place_lookup import bare, district, near_any, one_place, place_index, towns_first
from loaders.spoken_spellings import consonants, spoken_alike


def said_alike(gazetteer: Gazetteer, label: str, named: set[str], districts: set[str]) -> list[str]:
    """The one place of a district the article names, within NEAR_KM of a town it names, whose name is the label as
    spoken ("Hweja" Huwayjah, "Tkad" Taqad: `spoken_spellings`), else none. The looser reading asks the nearness
    too: "Rashdiya" of Deir ez-Zor city is no Rashadiyah of a district named for another town 40 km off."""
    keys = [
        k
        for k in place_index(gazetteer, _said).get(_said(label), ())
        if district(gazetteer, k) in districts and near_any(gazetteer, k, named)
    ]
    names = {k: tuple(bare(n) for n in (gazetteer.get(k).label, *gazetteer.get(k).aliases)) for k in keys}
    edits = spoken_alike(bare(label), names)
    # spellings of one village the tables list twice, a few hundred metres apart, are that village
    alike = one_place(gazetteer, towns_first(gazetteer, sorted(edits)))
    if len(alike) == 1 or not edits:
        return alike
    fewest = min(edits.values())
    return one_place(gazetteer, towns_first(gazetteer, sorted(k for k, n in edits.items() if n == fewest)))


def spelling_of_named(gazetteer: Gazetteer, label: str, named: set[str]) -> list[str]:
    """The one place the article names elsewhere whose name the label is as spoken, a vowel or two off ("the town of
    Hassak" where it names Hasakah), else none (twenty-fifth session)."""
    # one writer spells a place two ways in one article; the article's own places are few, so three consonants do
    places = [gazetteer.get(k) for k in named if gazetteer.get(k).cls in ("Settlement", "District", "Facility")]
    names = {p.key: tuple(bare(n) for n in (p.label, *p.aliases)) for p in places}
    return one_place(gazetteer, sorted(spoken_alike(bare(label), names)))


def _said(name: str) -> str:
    """A name's consonants as speech keeps them (`spoken_spellings.consonants`), its article dropped."""
    return consonants(bare(name))
