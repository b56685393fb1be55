"""One way for tests to read an article they write: its Extraction, and projections of its engagements and mentions."""

from __future__ import annotations

import re
from datetime import date
from typing import TypedDict, Unpack

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement, Extraction

TITLE_LINE = "A report\n\n"  # read as the article's title, so the text after it is read as its first paragraph
JUNE_12_2017 = date(2017, 6, 12)  # a Monday; "on Monday" resolves to the day itself


class How(TypedDict, total=False):
    """How the written article is made: after a title line, with a publication date, under another corpus or id."""

    titled: bool
    published: date | None
    corpus: str
    identifier: str


def written(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> Extraction:
    """The Extraction of a made-up article ("test"/"t" unless told): the text, after a title line if titled."""
    body = TITLE_LINE + text if how.get("titled", False) else text
    article = Article(how.get("corpus", "test"), how.get("identifier", "t"), body, published=how.get("published"))
    return extract(article, gazetteer)


def slug(key: str) -> str:
    """The last part of a key: an actor's slug, or a place's slug with its WOF id."""
    return key.split("/")[-1]


def place_slug(key: str) -> str:
    """A place key's slug without its WOF id."""
    return re.sub(r"-\d+$", "", slug(key))


def engagements(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[Engagement]:
    """The engagements of the written article, in its order."""
    return list(written(text, gazetteer, **how).engagements)


def types(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[str]:
    """The type of each engagement."""
    return [e.type for e in engagements(text, gazetteer, **how)]


def types_attackers(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, tuple[str, ...]]]:
    """(type, attacker keys) of each engagement."""
    return [(e.type, e.attackers) for e in engagements(text, gazetteer, **how)]


def types_places(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, tuple[str, ...]]]:
    """(type, place keys) of each engagement."""
    return [(e.type, e.places) for e in engagements(text, gazetteer, **how)]


def types_sides(
    text: str, gazetteer: Gazetteer, **how: Unpack[How]
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, attacker keys, target keys) of each engagement."""
    return [(e.type, e.attackers, e.targets) for e in engagements(text, gazetteer, **how)]


def types_attackers_places(
    text: str, gazetteer: Gazetteer, **how: Unpack[How]
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, attacker keys, place keys) of each engagement."""
    return [(e.type, e.attackers, e.places) for e in engagements(text, gazetteer, **how)]


def types_places_attackers(
    text: str, gazetteer: Gazetteer, **how: Unpack[How]
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, place keys, attacker keys) of each engagement."""
    return [(e.type, e.places, e.attackers) for e in engagements(text, gazetteer, **how)]


def side_slugs(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, list[str], list[str]]]:
    """(type, attacker slugs, target slugs) of each engagement."""
    return [
        (e.type, [slug(k) for k in e.attackers], [slug(k) for k in e.targets])
        for e in engagements(text, gazetteer, **how)
    ]


def place_slugs(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, list[str]]]:
    """(type, place slugs without the WOF id) of each engagement."""
    return [(e.type, [place_slug(k) for k in e.places]) for e in engagements(text, gazetteer, **how)]


def attacker_place_slugs(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, list[str], list[str]]]:
    """(type, attacker slugs, place slugs without the WOF id) of each engagement."""
    return [
        (e.type, [slug(k) for k in e.attackers], [place_slug(k) for k in e.places])
        for e in engagements(text, gazetteer, **how)
    ]


def side_and_place_slugs(
    text: str, gazetteer: Gazetteer, **how: Unpack[How]
) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(type, attacker slugs, target slugs, place slugs without the WOF id) of each engagement."""
    return [
        (e.type, [slug(k) for k in e.attackers], [slug(k) for k in e.targets], [place_slug(k) for k in e.places])
        for e in engagements(text, gazetteer, **how)
    ]


def placed_attacker_slugs(
    text: str, gazetteer: Gazetteer, **how: Unpack[How]
) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs with the WOF id, attacker slugs) of each engagement."""
    return [
        (e.type, [slug(k) for k in e.places], [slug(k) for k in e.attackers])
        for e in engagements(text, gazetteer, **how)
    ]


def mention_keys(text: str, gazetteer: Gazetteer, kind: str | None = None, **how: Unpack[How]) -> dict[str, str]:
    """Text -> key of each mention, or of each mention of one kind."""
    found = written(text, gazetteer, **how)
    return {m.span.text(found.article.body): m.key for m in found.mentions if kind is None or m.kind == kind}


def place_keys(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> set[str]:
    """The keys of the place mentions."""
    return {m.key for m in written(text, gazetteer, **how).mentions if m.kind == "place"}


def ordered_place_keys(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[str]:
    """The keys of the place mentions, in order of first mention, each once."""
    return list(dict.fromkeys(m.key for m in written(text, gazetteer, **how).mentions if m.kind == "place"))


def place_spans(text: str, gazetteer: Gazetteer, **how: Unpack[How]) -> list[tuple[str, str]]:
    """(text, key) of each place mention, in order."""
    found = written(text, gazetteer, **how)
    return [(m.span.text(found.article.body), m.key) for m in found.mentions if m.kind == "place"]
