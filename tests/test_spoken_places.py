"""The spoken readings of a local place name (loaders/spoken_places.py): texts written for these tests, never copied
from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from loaders.gazetteer import Gazetteer


def test_a_glued_article_is_set_apart_in_the_spoken_reading(gazetteer: Gazetteer) -> None:
    # "Alzorba" is az-Zarbah, a vowel off, in the district of Khan Tuman the sentence names
    body = "Rebel fighters attacked army positions in Alzorba, a village near Khan Tuman south of Aleppo."
    assert "place/az-zarbah-1193127079" in place_keys(gazetteer, body)


@pytest.mark.parametrize(
    "body",
    [
        "Rebel fighters attacked army positions in Alzorba on Monday.",  # no context
        "Rebel fighters attacked army positions in Alzorba, a village near Bosra in Daraa province.",  # elsewhere
        "Rebel fighters attacked army positions in Alzeirba, a village near Khan Tuman south of Aleppo.",  # diphthong
        "Rebel fighters attacked army positions in Alshorba, a village near Khan Tuman south of Aleppo.",  # shin
        "Rebel fighters attacked army positions in Alzorba Alkobra Alsaghira Alwusta Village near Khan Tuman.",
    ],
)
def test_a_glued_article_gives_no_spoken_reading_beyond_its_letters(body: str, gazetteer: Gazetteer) -> None:
    assert "place/az-zarbah-1193127079" not in place_keys(gazetteer, body)


def test_a_place_the_article_names_is_found_again_under_another_spelling(gazetteer: Gazetteer) -> None:
    body = (
        "Kurdish forces repelled an attack on Hasakah city on Monday. "
        "A priest who lives in the town of Hassak said the fighting had stopped."
    )
    assert "place/local/hassak" not in place_keys(gazetteer, body)


@pytest.mark.parametrize(
    "body",
    [
        "Kurdish forces repelled an attack on Hasakah city. A priest in the town of Hashak said it stopped.",  # shin
        "Kurdish forces repelled an attack on Hasakah city. A priest in the town of Haysak said it stopped.",  # "ay"
        "Kurdish forces repelled an attack on Hasakah city. A priest in the town of Ahsak said it stopped.",  # vowel
        "Kurdish forces repelled an attack on Hasakah city. A priest in the town of Hosokoki said it stopped.",
        "Kurdish forces repelled an attack in Hasakah province. A priest in the town of Hassak said it stopped.",
        "Rebels shelled Idlib city on Monday. A doctor in the village of Dlib said two children were hurt.",
    ],
)
def test_a_name_is_no_spelling_of_a_named_place_beyond_its_vowels(body: str, gazetteer: Gazetteer) -> None:
    found = place_keys(gazetteer, body)
    assert any(key.startswith("place/local/") for key in found)
