"""A list's word with its article glued on ends the name before it (loaders/glued_list_words.py): texts written for
these tests, never copied from a corpus."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import ordered_place_keys

_places = ordered_place_keys


def test_a_glued_second_word_stays_with_its_village_in_a_list(gazetteer: Gazetteer) -> None:
    text = "Warplanes struck the villages of Hayyan Urm Alqubra and Anjara in the countryside of Aleppo on Tuesday."
    keys = _places(text, gazetteer)
    assert "place/urum-al-kubra-1310095235" in keys
    assert "place/local/urm" not in keys and "place/local/alqubra" not in keys


def test_a_glued_second_word_stays_with_its_quarter_in_a_list(gazetteer: Gazetteer) -> None:
    text = "Mortar shells fell on the neighbourhoods of Sakhour Seif Addawla and Bustan al-Qasr in the city of Aleppo."
    keys = _places(text, gazetteer)
    assert "place/local/seif-addawla" in keys
    assert "place/local/seif" not in keys and "place/local/addawla" not in keys


def test_a_known_village_before_a_glued_word_is_a_name_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "Jets bombed the towns of Hayyan Anadan Alzorba Khan Touman and Babees in the countryside of Aleppo on Monday."
    )
    keys = _places(text, gazetteer)
    assert "place/anadan-1276855637" in keys and "place/az-zarbah-1193127079" in keys
