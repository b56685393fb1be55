"""Places27's rules: quarters listed after "the neighbourhoods of" in a sentence that names no city belong to the city
named last before it (`namesakes._quarters_after_the_noun`): sentences written for these tests, never copied from a
corpus."""

from __future__ import annotations

from detection import place_keys

from loaders.gazetteer import Gazetteer

DEIR_EZZOR_CITY = "place/deir-ez-zor-421202167"
AR_RUSHDI = "place/ar-rushdi-1243384881"  # a village of Deir ez-Zor province, 35 km from the city
AL_HUSAYNIYAH = "place/al-husayniyah-1326851827"  # a village 3 km from the city, in its reach
RAQQA_CITY = "place/raqqa-421172833"
OPENING = "Troops pushed into Deir Ezzor on Monday. "


def test_a_village_out_of_the_earlier_citys_reach_is_no_quarter(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Kanamat and al-Rushdiyeh."
    keys = place_keys(gazetteer, text)
    assert AR_RUSHDI not in keys
    assert {DEIR_EZZOR_CITY, "place/local/al-rushdiyeh"} <= keys


def test_a_village_within_the_citys_reach_stays_linked(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Kanamat and al-Husseiniyeh."
    assert AL_HUSAYNIYAH in place_keys(gazetteer, text)


def test_a_list_that_names_a_city_is_left_alone(gazetteer: Gazetteer) -> None:
    text = OPENING + "An army unit shelled the neighborhoods of al-Rushdiyeh and Raqqa."
    assert {AR_RUSHDI, RAQQA_CITY} <= place_keys(gazetteer, text)
