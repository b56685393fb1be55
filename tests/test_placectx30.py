"""Placectx30's rule: a name's own phrase ("X in Idlib province", "X east of Homs city") is the context that decides
which namesake it is, outranking the other places the article names (`own_phrase`): sentences written for these tests,
never copied from a corpus."""

from __future__ import annotations

from detection import place_keys

from bench.adversarial import OWN_PHRASE_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.own_phrase import OWN_PHRASE

IHSIM = "place/ihsim-1360272443"  # a village of Ariha district, Idlib province
MASHRAFAH_OF_DEIR_EZZOR = "place/mashrafah-1310326217"  # the only one of its spellings in Deir ez-Zor province
MA_AN_OF_HAMA = "place/ma-an-1293195777"
MA_AN_OF_DEIR_EZZOR = "place/al-ma-an-1276143477"
MUSHAYRIFAH_OF_JABLAH = "place/al-mushayrifah-1327038933"  # the only one of its spellings in Jablah district
MUSHAYRIFAH_OF_HAMA = "place/mushayrifah-1293578373"  # the only one of its spellings in Hamah district


def test_a_short_name_placed_in_its_province_is_that_provinces_village(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "A missile hit a clinic in the town of Ahsem in Idlib province on Sunday.")
    assert IHSIM in keys
    assert "place/local/ahsem" not in keys


def test_the_own_phrase_picks_the_namesake_of_its_towns_district(gazetteer: Gazetteer) -> None:
    # Hamah district and Jablah district each hold one village of this spelling; the phrase names Jablah
    text = "Jets pounded Hama on Monday. Gunmen fired shells from al-Msheirfeh near Jablah."
    keys = place_keys(gazetteer, text)
    assert MUSHAYRIFAH_OF_JABLAH in keys
    assert MUSHAYRIFAH_OF_HAMA not in keys


def test_a_short_name_that_does_not_sound_alike_is_not_read_across_a_province(gazetteer: Gazetteer) -> None:
    # the one village of its consonants in Deir ez-Zor province is Mashrafah, two vowels off
    text = "Jets pounded Hama on Monday. Gunmen fired shells from al-Msheirfeh in Deir Ezzor province."
    keys = place_keys(gazetteer, text)
    assert not {MASHRAFAH_OF_DEIR_EZZOR, MUSHAYRIFAH_OF_HAMA} & keys
    assert "place/local/al-msheirfeh" in keys


def test_the_own_phrases_province_decides_between_namesakes_of_two_named_provinces(gazetteer: Gazetteer) -> None:
    # Hama and Deir ez-Zor each hold a Maan; the name's own phrase says which
    body = (
        "Army units destroyed rebel positions in Maan in Hama countryside. Clashes also erupted near Tartus. "
        "ISIS dens were hit in the countryside of Deir Ezzor."
    )
    keys = place_keys(gazetteer, body)
    assert MA_AN_OF_HAMA in keys
    assert MA_AN_OF_DEIR_EZZOR not in keys


def test_a_namesake_outside_the_phrases_province_is_refused_and_the_name_kept(gazetteer: Gazetteer) -> None:
    text = "Jets pounded Hama on Monday. Gunmen fired shells from al-Msheirfeh in Aleppo province."
    keys = place_keys(gazetteer, text)
    assert MUSHAYRIFAH_OF_HAMA not in keys
    assert "place/local/al-msheirfeh" in keys


def test_without_an_own_phrase_the_articles_places_still_decide(gazetteer: Gazetteer) -> None:
    text = "Jets pounded Hama on Monday. Gunmen fired shells from al-Msheirfeh on Tuesday."
    assert MUSHAYRIFAH_OF_HAMA in place_keys(gazetteer, text)


def test_a_province_without_such_a_village_links_nothing(gazetteer: Gazetteer) -> None:
    keys = place_keys(gazetteer, "A missile hit a clinic in the town of Ahsem in Hama province on Sunday.")
    assert IHSIM not in keys
    assert "place/local/ahsem" in keys


def test_the_joining_words_and_their_runs() -> None:
    assert [OWN_PHRASE.fullmatch(text) for text in OWN_PHRASE_TEXTS] == [None] * len(OWN_PHRASE_TEXTS)
    assert OWN_PHRASE.fullmatch(" village to the east of ") is not None
    assert OWN_PHRASE.fullmatch(" town in the western part of the ") is not None
    assert OWN_PHRASE.fullmatch(", near the city of ") is not None
    # another name between the two is no own phrase
    assert OWN_PHRASE.fullmatch(" and Kafr Nabl in ") is None


def test_a_bearing_from_a_town_looks_past_the_towns_district(gazetteer: Gazetteer) -> None:
    # Zahraa lies north of Aleppo but in A'zaz district: the city's own district holds another village of its skeleton
    keys = place_keys(gazetteer, "Troops hold Nubl and Zahraa north of Aleppo. Rebels shelled them on Sunday.")
    assert "place/az-zahra-1259969425" in keys
    assert "place/saharah-1242567561" not in keys
