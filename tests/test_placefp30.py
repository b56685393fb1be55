"""Names that are no places: a capital paired with a government, a country that opens its sentence before a verb
of diplomacy, a place's name opening a newspaper's (placefp30)."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    ADVERB_TEXTS,
    OUTLET_TEXTS,
    PAIRED_CAPITALS_TEXTS,
    adverbs_at_every_offset,
    outlets_at_every_offset,
    paired_capitals,
)
from loaders.gazetteer import Gazetteer
from tests.written import mention_keys as keys


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Wall Street Journal quoting defence officials said the raids began.", "Wall Street"),
        ("The Jerusalem Post cited two officials on the strike.", "Jerusalem"),
    ],
)
def test_a_place_opening_a_newspapers_name_is_no_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert name not in keys(text, gazetteer)


def test_a_place_before_a_plain_word_stays_a_place(gazetteer: Gazetteer) -> None:
    found = keys("Journalists in Aleppo posted videos of the strike on Aleppo Wall Street.", gazetteer)
    assert found["Aleppo"] == "place/aleppo-421202163"


def test_the_outlet_texts_read_only_whole_nouns() -> None:
    times, blanks, squares, journalists = (outlets_at_every_offset(text) for text in OUTLET_TEXTS)
    assert set(times) == {" Times"} and len(times) == 833
    assert blanks == [] and journalists == []
    assert squares == [" Times"]  # only the last, cut to " Times S" by the text's length
