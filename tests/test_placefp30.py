"""Capitals and countries that stand for their states, not places: a capital paired with a government, a country
that opens its sentence before a verb of diplomacy (placefp30)."""

from __future__ import annotations

import pytest

from bench.adversarial import ADVERB_TEXTS, PAIRED_CAPITALS_TEXTS, adverbs_at_every_offset, paired_capitals
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


@pytest.mark.parametrize(
    "text",
    [
        "Germany meanwhile called for a halt to the bombing of the besieged district.",
        "Japan condemned the attack on the aid convoy near the city.",
    ],
)
def test_a_country_opening_its_sentence_before_a_verb_of_diplomacy_is_a_state(text: str, gazetteer: Gazetteer) -> None:
    country = text.split()[0]
    assert keys(text, gazetteer)[country] == f"actor/local/{country.lower()}"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Germany is where most of the refugees from the town went.", "Germany"),
        ("Refugees in Germany called for a halt to the bombing.", "Germany"),
        ("China, which did not veto, met the envoy in Geneva.", "China"),
    ],
)
def test_a_country_that_is_no_subject_of_diplomacy_stays_a_place(text: str, country: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)[country] == f"place/{country.lower()}"


def test_the_adverb_texts_read_only_whole_adverbs() -> None:
    meanwhiles, ins, for_its, blanks = (set(adverbs_at_every_offset(text)) for text in ADVERB_TEXTS)
    assert meanwhiles == {" meanwhile", None}
    assert ins == {None} and for_its == {None} and blanks == {None}
