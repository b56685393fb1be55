"""The feminine ending written as a construct state ("al-Zakat" for az-Zakah; `loaders/construct_state.py`, read again
by `fuzzy_places.resolve`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import CONSTRUCT_TEXTS
from loaders.construct_state import as_ta_marbuta
from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Shells hit the village of al-Zakat in the northern countryside of Hama on Monday.", "az-zakah-1310194083"),
        ("Jets struck the town of Kafr Nabudat in the Hama countryside.", "kafr-nabudah-1293184687"),
        ("Clashes broke out in Tarmalat in the southern Idlib countryside.", "tarmala-1277053159"),
    ],
)
def test_a_name_ending_in_at_is_the_tables_name_ending_in_ah(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert f"place/{key}" in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("al-Zakat", "al-Zakah"),
        ("Kafr Nabudat", "Kafr Nabudah"),
        ("Sfeiret", "Sfeireh"),
        ("al-Sheitaat", "al-Sheitaat"),  # a long "-aat" is a plural, not the ending
        ("Tal Rifaat", "Tal Rifaat"),
        ("Qaryat Umm Adasa", "Qaryat Umm Adasa"),  # a construct inside the name is the name's own
        ("Zakt", "Zakt"),  # no vowel before the "t"
        ("Hama", "Hama"),
    ],
)
def test_only_a_last_words_ending_is_read_again(written: str, read: str) -> None:
    assert as_ta_marbuta(written) == read


def test_a_name_the_tables_write_with_at_keeps_it(gazetteer: Gazetteer) -> None:
    # the first reading finds the village as written: the "-ah" namesake of the same governorate is never tried
    found = place_keys(gazetteer, "Jets struck the village of al-Khuraybat in the countryside of Tartus.")
    assert "place/al-khuraybat-1293084601" in found
    assert not any(key.startswith("place/khuraybah") for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit the village of al-Zakat on Monday, killing two.",  # no governorate named: no context to link in
        "Medhat Saleh, a resident of Hama, said the jets struck twice.",  # a given name
        "Villagers paid zakat in Hama before the strike.",  # the word in lower case, the alms
        "Jets bombed the Grand Market in the countryside of Hama.",  # an English word ending in "-et"
        "The Zakat Committee of Hama said aid had stopped.",  # a body named for the alms
    ],
)
def test_no_az_zakah_without_its_name_and_context(gazetteer: Gazetteer, text: str) -> None:
    assert "place/az-zakah-1310194083" not in place_keys(gazetteer, text)


def test_construct_ending_on_adversarial_text() -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    vowels, ats, capitals = CONSTRUCT_TEXTS
    assert as_ta_marbuta(vowels) == vowels
    assert as_ta_marbuta(ats) == ats[:-1] + "h"
    assert as_ta_marbuta(capitals) == capitals
