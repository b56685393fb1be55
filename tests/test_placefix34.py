"""Respelt towns in more of the places wires write them (placefix34): sentences written for these tests, never
copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys
from written import TITLE_LINE, written

from bench.adversarial import KURDISH_TEXTS, LOCATED33_TEXTS, found
from loaders.gazetteer import Gazetteer
from loaders.kurdish_spellings import kurdish_read
from loaders.located_lists import _LOCATED_RUN
from loaders.possessive_places import possessive_stripped
from loaders.spelling_index import SpellingIndex, add_glued

ZABADANI = "place/al-zabadani-890442377"
SHADDADI = "place/al-shaddadi-1259983725"
QAMISHLI = "place/al-qamishli-1225958399"
MORAK = "place/murak-1310188781"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a respelt town owning its parts, its apostrophe written
        ("Government forces shelled Zabadany's western countryside on Monday.", ZABADANI),
        ("Warplanes struck Chaddadi's outskirts, the monitor said.", SHADDADI),
        ("Russian jets hit Qamishly’s southern suburbs overnight.", QAMISHLI),
        ("Jets pounded Soukhne's outskirts and Morek's eastern countryside.", MORAK),
        ("Fighting raged in Khan Cheikhoun's southern outskirts.", "place/khan-shaykhun-1125778451"),
    ],
)
def test_a_respelt_town_owning_its_parts_is_found(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a possessive owning no part of a place, or parts set off by a comma, is not read by its key
        "Activists said Chaddadi's residents fled on Sunday.",
        "Jets struck Morek's eastern, then western sides.",
    ],
)
def test_a_respelt_possessive_owning_no_place_part_stays_unread(gazetteer: Gazetteer, text: str) -> None:
    assert place_keys(gazetteer, text) == set()


def test_a_person_owning_a_house_is_no_place(gazetteer: Gazetteer) -> None:
    found = place_keys(gazetteer, "Gunmen raided Hassan's farms near Idlib.")
    assert found == {"place/idlib-890432567"}


def test_the_bare_s_is_no_possessive_here() -> None:
    assert possessive_stripped(["Hamas"]) == (["Hamas"], 0)
    assert possessive_stripped(["Chaddadi’s"]) == (["Chaddadi"], 2)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a comma list after "hit" or "struck" lists places as one after "shelled" does
        ("Warplanes struck Douma, Zabadany and Quseir.", {ZABADANI, "place/al-qusayr-421178435"}),
        ("Shelling hit Hama, Quseir and Morek on Monday.", {MORAK, "place/al-qusayr-421178435"}),
        ("Shelling hit Douma, Hamoriyeh, Saqba and Zamalka.", {"place/hammurah-1259402551"}),
    ],
)
def test_a_list_after_hit_or_struck_reads_its_respelt_towns(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    assert keys <= place_keys(gazetteer, text)


def test_groups_and_men_hit_are_no_list_of_places(gazetteer: Gazetteer) -> None:
    # no name of the list is a known place: no place is minted from what was hit
    assert place_keys(gazetteer, "Air strikes hit Islamic State and Nusra Front positions.") == set()
    assert (
        place_keys(gazetteer, "New sanctions hit Rami Makhlouf, Mohammed Hamsho and Samer Foz, officials said.")
        == set()
    )
    found = written("The drone struck Hezbollah, Iranian and Iraqi fighters near Aleppo.", gazetteer, titled=True)
    assert {m.key for m in found.mentions if m.kind == "place"} == {"place/aleppo-421202163"}


def test_the_located_run_reads_the_adversarial_texts() -> None:
    # timed by make bench-patterns on the same inputs (bench/adversarial.py)
    assert [len(found(_LOCATED_RUN)(text)) for text in LOCATED33_TEXTS] == [0, 500, 454, 0]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # Kurdish and Turkish letters as Hawar's and Anadolu's English copy keeps them
        ("Security forces in Qamişlo arrested two men on Sunday.", QAMISHLI),
        ("Clashes broke out in Şêx Meqsûd, the Kurdish-held district of Aleppo.", "place/sheikh-maqsoud"),
    ],
)
def test_a_town_in_kurdish_letters_is_found(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_kurdish_read_spells_the_letters_as_english_does() -> None:
    assert kurdish_read(["Şêx", "Meqsûd"]) == ["shekh", "meqsud"]
    assert kurdish_read(["Cindirês"]) == ["jindires"]  # "c" is "j" in a word so written
    # no Kurdish letter: a plain "c" or "x" is an English or French one
    assert kurdish_read(["Crac", "des", "Chevaliers"]) is None
    assert kurdish_read(["Minbic"]) is None


def test_a_name_in_turkish_letters_that_no_town_has_stays_apart(gazetteer: Gazetteer) -> None:
    found = place_keys(gazetteer, "Foreign Minister Çavuşoğlu spoke to reporters in Ankara.")
    assert found == {"place/ankara"}


def test_kurdish_read_on_adversarial_text() -> None:
    # timed by make bench-patterns on the same inputs (bench/adversarial.py)
    shs, cs, words, xs = (kurdish_read([text]) for text in KURDISH_TEXTS)
    assert shs == ["sh" * 5000] and cs == ["j" * 4999 + "e"]
    assert words == ["shekh " * 1250] and xs == ["kh" * 4999 + "i"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a name word glued to the next one, as some wires write it
        ("Clashes erupted in Kafrtakharim on Monday.", "place/kafr-takharim-890449845"),
        ("Regime helicopters dropped barrel bombs on Kafrsajna.", "place/kafr-sajnah-1293088207"),
        ("Turkish artillery shelled Tallrifaat overnight.", "place/tell-rifaat-890449827"),
        ("Rebels shelled Kafrzita and Latamna.", "place/kafr-zita-1125966329"),
    ],
)
def test_a_glued_name_word_is_read_as_the_two_word_name(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_a_glued_key_is_added_only_for_one_owner_and_no_other_name() -> None:
    index = SpellingIndex(
        by_vowels={
            ("kafr", "zata"): {"place/a"},
            ("tal", "bak"): {"place/b"},
            ("bat", "bak"): {"place/c"},
            ("batbak",): {"place/d"},  # a one-word name of its own keeps its key
            ("kafr", "nabl"): {"place/e", "place/f"},  # two owners: the spelling says nothing
        },
        villages={("dar", "hafar"): {"place/g"}, ("tal",): {"place/h"}},
    )
    add_glued(index)
    assert index.by_vowels[("kafrzata",)] == {"place/a"}
    assert index.by_vowels[("talbak",)] == {"place/b"}
    assert index.by_vowels[("darhafar",)] == {"place/g"}
    assert index.by_vowels[("batbak",)] == {"place/d"}
    assert ("kafrnabl",) not in index.by_vowels


def test_a_foreign_town_with_a_name_word_inside_stays_unlinked(gazetteer: Gazetteer) -> None:
    text = "A rally in Darwin drew hundreds, while jets struck Kafr Zita."
    found = written(text, gazetteer, titled=True)
    body = TITLE_LINE + text
    assert "place/kafr-zita-1125966329" in {m.key for m in found.mentions}
    darwin = [m for m in found.mentions if body[m.span.start : m.span.end] == "Darwin"]
    assert darwin and not any(m.linked for m in darwin)
