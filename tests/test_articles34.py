"""Whole written articles read as unseen text comes (articles34): a linked headline left in the page, a subject placed
before its verb."""

from __future__ import annotations

from datetime import date

import pytest

from bench.adversarial import LINKED34_TEXTS
from loaders.boilerplate import _LINKED_HEADLINE, is_boilerplate
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement


def engagements(text: str, gazetteer: Gazetteer) -> tuple[Engagement, ...]:
    """The engagements of one made-up article dated 12 June 2017."""
    return extract(Article("test", "t", text, published=date(2017, 6, 12)), gazetteer).engagements


@pytest.mark.parametrize(
    "line",
    [
        "Related: Syrian Army captures strategic mountain in west Damascus",
        "RELATED: Turkish jets strike Kurdish positions near Afrin",
        "See also: Rebels shell Aleppo city, killing four",
        "Also read: Russian warplanes bomb Idlib countryside",
        "Related coverage: Army retakes villages in Hama",
        "More on this story: Car bomb kills 12 in Azaz",
    ],
)
def test_a_linked_headline_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related to this, the army shelled the town of Kafranbel on Monday.",
        "See the map below: rebels hold the north of the city.",
        "Rebels also read a statement saying they had captured the hill.",
    ],
)
def test_reporting_that_opens_alike_is_no_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_a_linked_headline_tells_no_engagement(gazetteer: Gazetteer) -> None:
    text = (
        "Army units captured the village of Maan in the Hama countryside on Tuesday, a military source said.\n"
        "Related: Syrian Army captures strategic mountain in west Damascus"
    )
    found = engagements(text, gazetteer)
    assert [e.type for e in found] == ["government-regains-territory"]
    assert not any(p.startswith("place/damascus") for e in found for p in e.places)


def test_linked_headline_pattern_on_adversarial_input() -> None:
    assert [_LINKED_HEADLINE.match(text) for text in LINKED34_TEXTS] == [None] * 4
