"""The review of the twentieth session's place rules on sentences written for it (helper review7; docs/extraction.md,
"Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def places(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Text -> key of the place mentions extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Shells hit the Homs residential district on Monday.", "place/homs-421168647"),
        ("Jets struck the Idlib residential district near the bakery.", "place/idlib-890432567"),
    ],
)
def test_a_described_district_of_a_city_is_no_administrative_district(
    text: str, city: str, gazetteer: Gazetteer
) -> None:
    """ "the Homs residential district" is part of the city; the tables' "Homs district" is the province's."""
    assert city in places(text, gazetteer).values()
