"""A construct word's ta marbuta written at a pause: "Maara al-Numan" is Maarrat al-Numan (spelling_index)."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.spelling_index import pausal_keys, town_key
from tests.written import place_keys as places


def test_a_known_town_written_without_its_construct_t(gazetteer: Gazetteer) -> None:
    found = places("Jets struck the market of Maara al-Numan on Tuesday, killing four people.", gazetteer)
    assert "place/maarrat-al-numan-421190421" in found
    assert not any(key.startswith("place/local/") for key in found)


def test_a_village_whose_table_spaces_its_article(gazetteer: Gazetteer) -> None:
    # the table writes "`Abdat ash Shaykh"; the wire writes the pausal "-a" and a hyphenated article
    found = places("Shells landed on the village of Abda al-Sheikh overnight.", gazetteer)
    assert "place/abdat-ash-shaykh-1193121573" in found


def test_only_a_word_before_another_and_ending_in_a_short_vowel_and_t() -> None:
    assert pausal_keys(["Maarrat", "al-Numan"]) == [town_key(["Maara", "al-Numan"])]
    assert pausal_keys(["Bayt", "Jinn"]) == []  # "Bayt" ends in a diphthong and "t", no ta marbuta
    assert pausal_keys(["Kafr", "Nabl"]) == [] and pausal_keys(["Tall", "Rifaat"]) == []  # the last word keeps it
