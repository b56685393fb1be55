"""Placefn31's rule: a bare "the provincial capital" names the seat of the province the text has just named
(`provincial_capitals`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import CAPITAL_REFERENCE_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.provincial_capitals import CAPITAL_REFERENCE

IDLIB_CITY = "place/idlib-890432567"
IDLIB_PROVINCE = "place/idlib-governorate-85678373"
RAQQA_CITY = "place/raqqa-421172833"
MAARAT = "place/maarrat-al-numan-421190421"


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
