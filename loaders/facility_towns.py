"""A site named for its town ("Latamneh hospital"), the town respelt, is the town it names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from loaders import fuzzy_places
from loaders.gazetteer import Gazetteer
from loaders.model import Mention

# One name word, then the kind of a site a town names after itself: its hospital, the road to it. Not a school or a
# mosque, named for people as often ("Akrameh al-Makhzumi school", "al-Rawda mosque"); not a power plant, named for
# the village beside it but a site apart from it (tried: one place the second annotation has was lost).
_NAMED_FOR_TOWN = re.compile(r"(?P<town>(?:(?:al|el|Al|El)-)?[A-Z][a-z]{2,})\s+(?:[Hh]ospital|[Rr]oad)")

# letters a site's word may differ from its town's name by, as transliterations blur both: a vowel and a doubled
# consonant ("Mrat", Marrat)
_OFF = 2


def towns_named(gazetteer: Gazetteer, labels: Mapping[str, str], context: Iterable[str]) -> dict[str, str]:
    """Local site key -> the settlement its name word is a spelling of, read in the article's context."""
    # The gazetteer's search reads "Latamneh hospital" as a site beside al-Lataminah when it knows the spelling; a
    # spelling it lacks left a site of no town, where the news means the town (the strike "on Latamneh hospital" is
    # located at al-Lataminah). The town word is read as a local place name is, in the article's context only.
    names = {k: m.group("town") for k, label in labels.items() if (m := _NAMED_FOR_TOWN.fullmatch(label))}
    found = fuzzy_places.resolve(gazetteer, names, context) if names else {}
    return {k: v for k, v in found.items() if gazetteer.get(v).cls == "Settlement" and _spelt(gazetteer, names[k], v)}


def _spelt(gazetteer: Gazetteer, word: str, town: str) -> bool:
    """Whether a name of the town sounds as the word but for two letters at most ("Latamneh", al-Lataminah)."""
    # The fuzzy readings also take a town whose consonants alone match, near some town the article names: a site
    # named for a village nobody listed (or for no place: "Castello road" of Aleppo) then became a listed town of like
    # consonants in another part of the country (al-Qusaytil by Damascus). A site's word spells its town closely.
    mine = fuzzy_places.sound(word)
    entity = gazetteer.get(town)
    return any(
        fuzzy_places.edits(fuzzy_places.sound(name), mine, _OFF) <= _OFF for name in (entity.label, *entity.aliases)
    )


def linked_sites(
    per_sentence: list[list[Mention]], local_entities: dict[str, tuple[str, str]], gazetteer: Gazetteer
) -> list[list[Mention]]:
    """The mentions with each local site named for a town the article's context confirms made that town."""
    sites = {k: label for k, (kind, label) in local_entities.items() if kind == "facility"}
    context = {m.key for found in per_sentence for m in found if m.kind == "place" and m.linked}
    towns = towns_named(gazetteer, sites, context) if sites else {}
    for key in towns:
        del local_entities[key]
    return [[Mention(m.span, towns[m.key], m.kind) if m.key in towns else m for m in found] for found in per_sentence]
