"""A small place abroad in a story about Syria that never names its country: a namesake of a local place (twenty-eighth
session, helper places28; docs/extraction.md, "Mentions")."""

from __future__ import annotations

import re

from loaders.demonyms import NATIONALITY_OF
from loaders.gazetteer import Gazetteer
from loaders.model import Mention
from loaders.namesakes import made_local
from loaders.report_places import country_of


def namesakes_abroad(
    body: str, per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """A town or village abroad that the tables know with coordinates and no Wikidata item, in an article that names
    places in Syria but neither its country nor any other place of it, is a local place's namesake ("al-Masmakeh and
    al-Sinaa areas" of al-Bukamal is no Sinah of Iraqi Kurdistan): an unlinked local place."""
    places = [m for found in per_sentence for m in found if m.kind == "place" and m.linked and m.key in gazetteer]
    if not any(gazetteer.in_syria(m.key) for m in places):
        return per_sentence  # a story set abroad names its towns bare
    countries = {m.key: country_of(m.key, gazetteer) for m in places}
    far = {
        m.key
        for m in places
        if _doubtful_abroad(m.key, countries[m.key], gazetteer)
        and not any(countries[o.key] == countries[m.key] for o in places if o.key != m.key)
        and not _named(body, countries[m.key], gazetteer)
    }
    return made_local(body, per_sentence, far, local_entities)


def _doubtful_abroad(key: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a place is a town or village abroad with coordinates and no Wikidata item: a curated place (no
    coordinates) was added for this news, and a city Wikidata knows (Baghdad, Mosul, Erbil) is named bare."""
    entity = gazetteer.get(key)
    located = entity.lat is not None and entity.lon is not None
    abroad = country is not None and not gazetteer.in_syria(key)
    return entity.cls == "Settlement" and located and not entity.notable and entity.qid is None and abroad


def _named(body: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether the text names the country by its name, an alias or its people's adjective ("Iraq", "Iraqi")."""
    if country is None:
        return True
    entity = gazetteer.get(country)
    names = {entity.label, *entity.aliases}
    names |= {NATIONALITY_OF[n] for n in names if n in NATIONALITY_OF}
    return names_pattern(names).search(body) is not None


def names_pattern(names: set[str]) -> re.Pattern[str]:
    """A country's names as whole words, possessive allowed ("Iraqs", FA-KES's "Iraq's" without its apostrophe)."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")(?:['’]?s)?(?!\w)")
