"""One day's real news with a written probe sentence after it, for the tests of events only named in passing."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import JUNE_12_2017, place_slugs, placed_attacker_slugs

NEWS = "Syrian government warplanes bombed the town of Saraqib on Monday, killing seven civilians, activists said."


def read_after_news(probe: str, gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """(type, place slugs) of each engagement of a made-up article dated 12 June 2017: the news, then the probe."""
    return place_slugs(NEWS + " " + probe, gazetteer, titled=True, published=JUNE_12_2017)


def told_with_attackers(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of a made-up article dated 12 June 2017."""
    return placed_attacker_slugs(text, gazetteer, titled=True, published=JUNE_12_2017)
