"""The place mentions extracted from one made-up article, for the tests of place readings."""

from __future__ import annotations

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def places(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Text -> key of the place mentions extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions if m.kind == "place"}
