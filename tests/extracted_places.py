"""The place mentions extracted from one made-up article, for the tests of place readings."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import mention_keys


def places(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Text -> key of the place mentions extracted from one made-up article."""
    return mention_keys(text, gazetteer, "place")
