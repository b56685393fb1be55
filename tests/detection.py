"""One sentence's engagements as `find_engagements` detects them, and one article's as `extract` gives them, for the
tests of engagement triggers."""

from __future__ import annotations

import re
from datetime import date

from loaders.engagements import Detection, find_engagements
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Mention, Span


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
    x = extract(Article("test", "t", body, published=date(2016, 3, 7)), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1] for k in e.targets]) for e in x.engagements
    ]


# Each engagement as (type, place slugs, attacker slugs, target slugs), slugs without their WOF id.
Read = list[tuple[str, list[str], list[str], list[str]]]


def read_engagements(body: str, gazetteer: Gazetteer) -> Read:
    """Each engagement of an undated article: its type, place slugs (without the WOF id), attacker and target slugs."""
    x = extract(Article("test", "t", body), gazetteer)

    def slugs(keys: tuple[str, ...]) -> list[str]:
        return [re.sub(r"-\d+$", "", k.split("/")[-1]) for k in keys]

    return [(e.type, slugs(e.places), slugs(e.attackers), slugs(e.targets)) for e in x.engagements]


def place_keys(gazetteer: Gazetteer, text: str) -> set[str]:
    """The place keys the extractor finds in a one-paragraph article with a title line."""
    extraction = extract(Article(corpus="t", identifier="t", body="A report\n\n" + text), gazetteer)
    return {m.key for m in extraction.mentions if m.kind == "place"}


def hosted_tolls(body: str, gazetteer: Gazetteer) -> list[tuple[str | None, int]]:
    """(type of the engagement the claim is about, dead) of each claim with a toll in a made-up article."""
    found = extract(Article("test", "t", body, published=date(2016, 3, 7)), gazetteer)
    types = {e.key: e.type for e in found.engagements}
    return [(types.get(c.engagement or ""), f.low) for c in found.claims for f in c.figures if f.kind == "fatalities"]


def actor_mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Actor mentions of the given (surface, key) pairs, at their first occurrence in the text (if any)."""
    return [Mention(Span(text.index(n), text.index(n) + len(n)), k, "actor") for n, k in names if n in text]
