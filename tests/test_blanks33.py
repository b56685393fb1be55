"""Thirty-third session, helper blanks33: the checks of a few patterns hold across any run of blanks."""

from __future__ import annotations

import pytest
from detection import place_keys

from loaders.gazetteer import Gazetteer
from loaders.place_mentions import _located_names

IDLIB = {"place/idlib-890432567", "place/idlib-governorate-85678373"}


@pytest.mark.parametrize(
    "text",
    [
        "It was the first attack to  hit Sarakeb since 2012, in Idlib.",
        "Rebels tried to \t capture Sarakeb last year, in Idlib.",
        "The army vowed to\n\nseize Sarakeb in Idlib.",
    ],
)
def test_an_aim_after_to_and_many_blanks_is_no_new_place(gazetteer: Gazetteer, text: str) -> None:
    found_keys = place_keys(gazetteer, text)
    assert "place/idlib-890432567" in found_keys
    assert found_keys <= IDLIB


def test_a_verb_of_striking_after_blanks_but_no_to_still_takes_its_object(gazetteer: Gazetteer) -> None:
    assert "place/saraqib-890449833" in place_keys(gazetteer, "Air strikes  hit Sarakeb in Idlib province on Monday.")
    text = "jets struck Sarakeb, and tried to   hit Binnish, and onto  hit Kafrnabl"
    assert [text[s:e] for s, e in _located_names(text)] == ["Sarakeb", "Kafrnabl"]
