"""A capital coordinated with another capital that stands for its state is a state, not a place (placefp30)."""

from __future__ import annotations

import pytest

from bench.adversarial import PAIRED_CAPITALS_TEXTS, paired_capitals
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def keys(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Text -> key of every mention extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "The siege drew sharp criticism of both Moscow and Damascus from aid groups.",
        "Pressure on Washington or Damascus grew after the talks collapsed.",
        "Aid agencies blamed Damascus and Tehran for the hunger in the besieged town.",
    ],
)
def test_a_capital_paired_with_a_government_is_the_state(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Damascus"] == "actor/baathist-syria"


@pytest.mark.parametrize(
    "text",
    [
        "Flights between Moscow and Damascus resumed on Sunday.",
        "Protests were held in Ankara and Damascus on Friday.",
        "Shells hit Damascus and Homs overnight.",
        "Damascus and its countryside were shelled.",
    ],
)
def test_a_pair_of_capitals_as_ground_stays_places(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Damascus"] == "place/damascus-421202165"


def test_the_adversarial_texts_read_as_expected() -> None:
    moscow_pairs, lone, both, far = (paired_capitals(text) for text in PAIRED_CAPITALS_TEXTS)
    assert set(moscow_pairs) == {"actor"}
    assert set(lone) == {"place"} and set(both) == {"place"}
    assert far == ["actor"]  # a run of blanks still joins the pair, as one space does
