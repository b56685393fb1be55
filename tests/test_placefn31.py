"""Placefn31's rules: a bare "the provincial capital" names the seat of the province the text has just named
(`provincial_capitals`); a name placed by its own phrase may write the Arabic h as "kh" (`own_phrase.own_reading`):
sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import CAPITAL_REFERENCE_TEXTS, KH_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.own_phrase import _KH
from loaders.provincial_capitals import CAPITAL_REFERENCE

IDLIB_CITY = "place/idlib-890432567"
IDLIB_PROVINCE = "place/idlib-governorate-85678373"
RAQQA_CITY = "place/raqqa-421172833"
MAARAT = "place/maarrat-al-numan-421190421"
HUNAYDAH = "place/hunaydah-1343762537"  # a village of Raqqa province, the only one of its consonants there


def test_the_provincial_capital_after_its_province_in_one_sentence_is_the_city(gazetteer: Gazetteer) -> None:
    text = "In the northwestern province of Idlib, warplanes struck the rebel-held provincial capital on Sunday."
    keys = place_keys(gazetteer, text)
    assert IDLIB_CITY in keys
    assert IDLIB_PROVINCE in keys


def test_the_provinces_capital_in_the_next_sentence_is_the_city(gazetteer: Gazetteer) -> None:
    text = "Fighting spread across Raqqa province last week. Drones then hit the province's capital, witnesses said."
    assert RAQQA_CITY in place_keys(gazetteer, text)


def test_no_province_named_leaves_the_capital_unread(gazetteer: Gazetteer) -> None:
    text = "Residents of Maarat al-Numan said jets struck the provincial capital overnight."
    keys = place_keys(gazetteer, text)
    assert MAARAT in keys
    assert IDLIB_CITY not in keys


def test_a_named_capital_is_read_by_its_name_not_by_the_office() -> None:
    assert CAPITAL_REFERENCE.search("shelling of the provincial capital Hama on Monday") is None
    assert CAPITAL_REFERENCE.search("rockets hit the provincial capital, Idlib, at dawn") is None
    assert CAPITAL_REFERENCE.search("troops hold the provincial capital of Deir Ezzor") is None
    assert CAPITAL_REFERENCE.search("capital of the country") is None
    found = CAPITAL_REFERENCE.search("jets pounded the regime-held provincial capital at dawn")
    assert found is not None and found.group("ref") == "provincial capital"


def test_the_adversarial_inputs_read_as_expected() -> None:
    counts = [len(list(CAPITAL_REFERENCE.finditer(text))) for text in CAPITAL_REFERENCE_TEXTS]
    assert counts == [0, 0, 0, 0, 217]


def test_a_kh_for_the_arabic_h_is_read_in_the_names_own_province(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen shelled Khuneida town in the western part of the Raqqa province on Monday.")
    assert HUNAYDAH in keys
    assert "place/local/khuneida" not in keys


def test_a_kh_name_placed_where_no_such_village_lies_stays_local(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen shelled Khuneida town in Idlib province on Monday.")
    assert "place/local/khuneida" in keys
    assert HUNAYDAH not in keys
    keys = place_keys(gazetteer, "Gunmen shelled Khobeiza village in Raqqa province on Monday.")
    assert "place/local/khobeiza" in keys


def test_the_kh_pattern_leaves_a_words_end_and_other_digraphs_alone() -> None:
    assert _KH.sub("h", "Khmeimim") == "hmeimim"
    assert _KH.search("Sheikh") is None
    assert _KH.search("Askhar") is None
    assert [len(_KH.findall(text)) for text in KH_TEXTS] == [2499, 0, 0, 0]
