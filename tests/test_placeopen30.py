"""Placeopen30's rule: a province that opens the sentence ("In the northwestern province of Idlib, ...") is the context
that links a small name later in it (`open_province`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import OPENING_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.open_province import OPENING

YA_QUBIYAH = "place/al-ya-qubiyah-1242654673"  # a village of Jisr ash-Shughur district, Idlib province


def test_a_province_opening_the_sentence_links_a_village_named_later(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels shelled Aleppo on Monday. In the northwestern province of Idlib, masked men seized a teacher "
        "from the village of Yacoubiyeh, a monitor said."
    )
    keys = place_keys(gazetteer, text)
    assert YA_QUBIYAH in keys
    assert "place/local/yacoubiyeh" not in keys


def test_a_province_inside_the_sentence_does_not_set_its_scene(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels shelled Aleppo on Monday. Masked men in the northwestern province of Idlib seized a teacher "
        "from the village of Yacoubiyeh, a monitor said."
    )
    keys = place_keys(gazetteer, text)
    assert YA_QUBIYAH not in keys
    assert "place/local/yacoubiyeh" in keys


def test_a_two_consonant_name_that_does_not_sound_alike_stays_local(gazetteer: Gazetteer) -> None:
    # the villages of k-b in Idlib province (Al Qabw, Al Qub`, Khaybah, ...) are two letters or more off "Kabab"
    text = "Rebels shelled Aleppo on Monday. In Idlib province, masked men seized a teacher from the village of Kabab."
    keys = place_keys(gazetteer, text)
    assert "place/local/kabab" in keys
    assert "place/idlib-governorate-85678373" in keys


def test_the_opening_reads_a_province_after_in_and_lower_case_words_only() -> None:
    assert [OPENING.search(text) for text in OPENING_TEXTS] == [None] * len(OPENING_TEXTS)
    assert OPENING.search("A car bomb went off. In the northwestern province of ") is not None
    assert OPENING.search("In southern ") is not None
    assert OPENING.search("Clashes raged. Later in ") is None
    assert OPENING.search("Clashes raged. In Aleppo and ") is None
