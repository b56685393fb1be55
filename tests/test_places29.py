"""Places29's rules: the capitals the tables spell apart from their governorates (Sweida, Tartus) take the capital
readings (`capital_readings.named_province`); a bulletin's section heading is no place mention of its own
(`bulletin_headings`); a lake after its name is a named feature (`local_place_names.FEATURE`): sentences written for
these tests, never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import HEADING29_TEXTS
from loaders.bulletin_headings import _ITEM_OPENS
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


DARAA_CITY = "place/daraa-421197257"
DARAA_PROVINCE = "place/daraa-governorate-85678399"
ROUNDUP = "Gunmen shelled Daraa al-Balad in the south of Daraa province on Monday. "


def test_a_bulletin_heading_is_no_mention_of_its_own(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, ROUNDUP + "Daraa An army unit destroyed a truck near Tal Shihab.")
    assert DARAA_PROVINCE in keys
    assert DARAA_CITY not in keys


def test_a_heading_whose_city_is_named_stays_found(gazetteer: Gazetteer) -> None:
    text = "Gunmen shelled the al-Kark roundabout in Daraa city on Monday. Daraa An army unit destroyed a truck."
    assert DARAA_CITY in place_keys(gazetteer, text)


def test_a_heading_named_nowhere_else_is_kept(gazetteer: Gazetteer) -> None:
    text = "Gunmen shelled Daraa al-Balad on Monday. Daraa An army unit destroyed a truck near Tal Shihab."
    assert DARAA_CITY in place_keys(gazetteer, text)


def test_a_name_before_a_body_of_the_army_is_no_heading(gazetteer: Gazetteer) -> None:
    text = ROUNDUP + "Daraa Army Command said a truck was destroyed near Tal Shihab."
    assert "place/tall-shihab-1226240195" in place_keys(gazetteer, text)
    assert _ITEM_OPENS.match(" Army Command said", 0) is None
    assert _ITEM_OPENS.match(" An army unit", 0) is not None
    assert _ITEM_OPENS.match(" Units of the army", 0) is not None


def test_the_item_opening_reads_no_adversarial_run() -> None:
    assert [_ITEM_OPENS.match(text) for text in HEADING29_TEXTS] == [None] * 6


def test_a_lake_named_after_a_town_is_a_place_beside_it(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "The army sank two boats on al-Rastan Lake on Monday.")
    assert {"place/local/al-rastan-lake", "place/al-rastan-421178433"} <= keys


def test_a_lake_unknown_to_the_tables_is_a_place(gazetteer: Gazetteer) -> None:
    assert "place/local/qarqur-lake" in place_keys(gazetteer, "Gunmen hid near the Qarqur lake on Monday.")


def test_a_lake_with_no_name_before_it_names_nothing(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "Gunmen hid near the lake north of al-Rastan on Monday.")
    assert keys == {"place/al-rastan-421178433"}
    assert not any("lake" in key for key in place_keys(gazetteer, "The Lakers beat Boston on Monday."))
