"""The places of the air strikes extracted from one dated article, for the tests of how strikes are split."""

from __future__ import annotations

from datetime import date

from loaders.gazetteer import Gazetteer
from tests.written import written


def strike_places(body: str, gazetteer: Gazetteer, published: date) -> list[list[str]]:
    """The place slugs (WOF ids cut) of each air strike extracted from `body`, published on `published`."""
    x = written(body, gazetteer, published=published)
    strikes = [e for e in x.engagements if e.type == "air-strike"]
    return [sorted(k.split("/")[-1].rsplit("-", 1)[0] for k in e.places) for e in strikes]
