"""Places30's rules: "between" and "and" after a kind of place are locatives for a name the fuzzy linking then finds
(`place_mentions._LOCATED`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import LOCATED30_TEXTS, found
from loaders.gazetteer import Gazetteer
from loaders.place_mentions import _LOCATED

SAFIRAH_TAHTANI = "place/safirah-tahtani-1277098007"
ZAKAH = "place/az-zakah-1310194083"
KAFR_ZITA = "place/kafr-zita-1125966329"
HAWI = "place/al-hawi-1209509565"


def test_a_place_after_a_named_village_and_and(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Government troops shelled al-Hawi village and Sfeira Tahtani on Tuesday.")
    assert {HAWI, SAFIRAH_TAHTANI} <= keys


def test_a_place_after_between(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Militants fired rockets from the orchards between al-Zakat and Kafr Zita on Sunday.")
    assert {ZAKAH, KAFR_ZITA} <= keys


def test_persons_between_are_no_places(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "A meeting between Lavrov and Kerry took place in Geneva on Friday.")
    assert "place/geneva" in keys
    assert not any("lavrov" in k or "kerry" in k for k in keys)


def test_a_person_after_a_named_village_and_is_no_place(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Jets struck Maan village and Ahmad Hassan was wounded in Hama.")
    assert "place/ma-an-1293195777" in keys
    assert not any("ahmad" in k or "hassan" in k for k in keys)


def test_located_reads_adversarial_inputs() -> None:
    # the words repeated with no name after them match nothing; with a name, each repetition is one match
    assert [len(found(_LOCATED)(t)) for t in LOCATED30_TEXTS] == [0, 0, 333, 357, 0]
