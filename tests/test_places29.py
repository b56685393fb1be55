"""Places29's rules: the capitals the tables spell apart from their governorates (Sweida, Tartus) take the capital
readings (`capital_readings.named_province`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from loaders.gazetteer import Gazetteer

SWEIDA_CITY = "place/as-suwaydah-421192811"
SWEIDA_PROVINCE = "place/as-suwayda-governorate-85678385"
TARTUS_CITY = "place/tartous-890449825"
TARTUS_PROVINCE = "place/tartus-governorate-85678349"


def test_a_village_in_sweida_lies_in_the_province(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Government jets struck a village in Sweida on Monday.")
    assert SWEIDA_PROVINCE in keys
    assert SWEIDA_CITY not in keys


def test_the_north_of_tartous_is_the_province(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen attacked checkpoints in the north of Tartous on Monday.")
    assert TARTUS_PROVINCE in keys
    assert TARTUS_CITY not in keys


def test_a_checkpoint_in_sweida_stays_the_city(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen attacked a checkpoint in Sweida on Monday.")
    assert SWEIDA_CITY in keys
    assert SWEIDA_PROVINCE not in keys


def test_sweida_city_stays_the_city_beside_its_province(gazetteer: Gazetteer) -> None:
    text = "Shells fell on Sweida city on Monday. Clashes went on in Sweida province."
    assert {SWEIDA_CITY, SWEIDA_PROVINCE} <= place_keys(gazetteer, text)
