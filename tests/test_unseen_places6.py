"""Place readings from the pooled readings of unseen FA-KES articles for places (nineteenth session, helper places6;
docs/extraction.md, "Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def mentions(text: str, gazetteer: Gazetteer, kind: str) -> dict[str, str]:
    """Text -> key of the mentions of one kind extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions if m.kind == kind}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Twelve fighters of the Islamic State in Iraq and Levant died near Palmyra.",
            "Islamic State in Iraq and Levant",
        ),
        (
            "Militants of the so-called Islamic State of Iraq and Levant group shelled Kobani.",
            "Islamic State of Iraq and Levant",
        ),
    ],
)
def test_a_name_without_its_inner_article_is_the_body(text: str, name: str, gazetteer: Gazetteer) -> None:
    """ "the Levant" written "Levant" inside the group's name: the territories it names are no places of the story."""
    assert mentions(text, gazetteer, "actor").get(name) == "actor/islamic-state"
    found = mentions(text, gazetteer, "place")
    assert "Iraq" not in found
    assert "Levant" not in found
