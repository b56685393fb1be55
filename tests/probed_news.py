"""One day's real news with a written probe sentence after it, for the tests of events only named in passing."""

from __future__ import annotations

import re
from datetime import date

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

NEWS = "Syrian government warplanes bombed the town of Saraqib on Monday, killing seven civilians, activists said."


def read_after_news(probe: str, gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """(type, place slugs) of each engagement of a made-up article dated 12 June 2017: the news, then the probe."""
    body = "A report\n\n" + NEWS + " " + probe
    found = extract(Article("test", "t", body, published=date(2017, 6, 12)), gazetteer)
    return [(e.type, [re.sub(r"-\d+$", "", k.split("/")[-1]) for k in e.places]) for e in found.engagements]


def told_with_attackers(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of a made-up article dated 12 June 2017."""
    found = extract(Article("test", "t", "A report\n\n" + text, published=date(2017, 6, 12)), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.places], [k.split("/")[-1] for k in e.attackers])
        for e in found.engagements
    ]
