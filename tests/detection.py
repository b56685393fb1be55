"""One sentence's engagements as `find_engagements` detects them, and one article's as `extract` gives them, for the
tests of engagement triggers."""

from __future__ import annotations

import re
from datetime import date

from loaders.engagements import Detection, find_engagements
from loaders.gazetteer import Gazetteer
from loaders.model import Mention, Span
from tests.written import side_slugs, written


def detect(text: str, gazetteer: Gazetteer) -> list[Detection]:
    """Engagements of one sentence."""
    mentions = gazetteer.find(text)
    classes = {m.key: gazetteer.get(m.key).cls for m in mentions}
    return find_engagements(text, Span(0, len(text)), mentions, classes)


def detected_types(text: str, gazetteer: Gazetteer) -> list[str]:
    """The engagement types one sentence's triggers give, sorted."""
    return sorted(d.type for d in detect(text, gazetteer))


def engagement_kinds(body: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, attacker slugs, target slugs) of the engagements extracted from one article dated 7 March 2016."""
    return side_slugs(body, gazetteer, published=date(2016, 3, 7))


# Each engagement as (type, place slugs, attacker slugs, target slugs), slugs without their WOF id.
Read = list[tuple[str, list[str], list[str], list[str]]]


def read_engagements(body: str, gazetteer: Gazetteer) -> Read:
    """Each engagement of an undated article: its type, place slugs (without the WOF id), attacker and target slugs."""
    x = written(body, gazetteer)

    def slugs(keys: tuple[str, ...]) -> list[str]:
        return [re.sub(r"-\d+$", "", k.split("/")[-1]) for k in keys]

    return [(e.type, slugs(e.places), slugs(e.attackers), slugs(e.targets)) for e in x.engagements]


def place_keys(gazetteer: Gazetteer, text: str) -> set[str]:
    """The place keys the extractor finds in a one-paragraph article with a title line."""
    extraction = written(text, gazetteer, titled=True, corpus="t")
    return {m.key for m in extraction.mentions if m.kind == "place"}


def hosted_tolls(body: str, gazetteer: Gazetteer) -> list[tuple[str | None, int]]:
    """(type of the engagement the claim is about, dead) of each claim with a toll in a made-up article."""
    found = written(body, gazetteer, published=date(2016, 3, 7))
    types = {e.key: e.type for e in found.engagements}
    return [(types.get(c.engagement or ""), f.low) for c in found.claims for f in c.figures if f.kind == "fatalities"]


def actor_mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Actor mentions of the given (surface, key) pairs, at their first occurrence in the text (if any)."""
    return [Mention(Span(text.index(n), text.index(n) + len(n)), k, "actor") for n, k in names if n in text]
