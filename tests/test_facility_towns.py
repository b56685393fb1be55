"""A site named for its respelt town is the town it names (loaders/facility_towns.py): texts written for these tests,
never copied from a corpus."""

from __future__ import annotations

from bench.adversarial import FACILITY35_TEXTS
from loaders.facility_towns import _NAMED_FOR_TOWN
from loaders.gazetteer import Gazetteer
from tests.written import ordered_place_keys

_places = ordered_place_keys


def test_a_hospital_named_for_a_respelt_town_is_the_town(gazetteer: Gazetteer) -> None:
    keys = _places("Barrel bombs fell near Latamneh hospital in the countryside of Hama on Friday.", gazetteer)
    assert "place/al-lataminah-1327327459" in keys and "place/local/latamneh-hospital" not in keys


def test_a_hospital_named_for_a_respelt_town_is_the_town_beside_a_local_place(gazetteer: Gazetteer) -> None:
    # the article's other local places are read first; the site is read among them
    text = "Barrel bombs fell near Latamneh hospital and in the village of Zoufayn Kharab in the countryside of Hama."
    keys = _places(text, gazetteer)
    assert "place/al-lataminah-1327327459" in keys and "place/local/latamneh-hospital" not in keys
    assert "place/local/zoufayn-kharab" in keys


def test_a_road_named_for_a_town_spoken_short_is_the_town(gazetteer: Gazetteer) -> None:
    keys = _places("Warplanes hit a car on Mrat road east of Deir ez-Zor city on Friday.", gazetteer)
    assert "place/marrat-1343949751" in keys and "place/local/mrat-road" not in keys


def test_a_road_whose_word_shares_only_a_towns_consonants_keeps_its_name(gazetteer: Gazetteer) -> None:
    # Kostilo and al-Qusaytil, a village by Damascus, share their consonants but not their sound: no spelling of it
    keys = _places("Regime aircraft struck the Kostilo road on Monday, and shells fell on Damascus.", gazetteer)
    assert "place/local/kostilo-road" in keys and "place/al-qusaytil-1260273875" not in keys


def test_a_power_station_keeps_its_name(gazetteer: Gazetteer) -> None:
    keys = _places("Rebels shelled the Zaara power station in Hama province on Friday.", gazetteer)
    assert "place/local/zaara-power-station" in keys


def test_a_school_keeps_its_name(gazetteer: Gazetteer) -> None:
    # schools and mosques are named for people as often as for towns
    keys = _places("Barrel bombs fell near Latamneh school in the countryside of Hama on Friday.", gazetteer)
    assert "place/local/latamneh-school" in keys


def test_a_site_of_no_context_keeps_its_name(gazetteer: Gazetteer) -> None:
    keys = _places("Barrel bombs fell near Latamneh hospital on Friday, doctors said.", gazetteer)
    assert "place/local/latamneh-hospital" in keys


def test_site_pattern_on_adversarial_input() -> None:
    # only the name and its noun, however many blanks between them, are a site's name
    assert [bool(_NAMED_FOR_TOWN.fullmatch(text)) for text in FACILITY35_TEXTS] == [False, False, True, False]
