"""Names written as speech says them (`loaders/spoken_spellings.py`, `spoken_places.said_alike`): sentences written
for these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import QUARTER_OF_TEXTS, SPOKEN_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.landform_names import same_landform
from loaders.namesakes import _QUARTER_OF
from loaders.spoken_spellings import consonants, spoken, spoken_alike


@pytest.mark.parametrize(
    ("written", "tables"),
    [
        ("hweja", "huwayjah"),  # the first short vowel dropped, "ay" spoken "e"
        ("tkad", "taqad"),
        ("ruweiha", "ruwayhah"),  # "ei" for "ay"
        ("muzara", "mawzarah"),  # "u" for "aw"
        ("balion", "balyun"),  # a glide written "i"
        ("billioon", "balyun"),  # a doubled consonant, "oo"
        ("iblin", "ablin"),  # the first vowel written otherwise
        ("enkawi", "ankawi"),
    ],
)
def test_spellings_speech_gives_are_alike(written: str, tables: str) -> None:
    assert consonants(written) == consonants(tables)
    assert spoken_alike(written, {"k": (tables,)}) != {}


@pytest.mark.parametrize(
    ("written", "tables"),
    [
        ("baynin", "banin"),  # a written diphthong is no plain "a"
        ("hasanah", "hashshun"),  # sin is no shin
        ("assadiya", "sadiyah"),  # a name opening on a vowel (a hamza or an ayn) against one opening on a consonant
        ("hawija", "huwayjiyat"),  # another consonant
        ("tal", "tall"),  # too few consonants to mean anything
        ("hawajiz", "huwayjiz"),  # a diphthong dropped is not a vowel dropped
        ("sufiru", "safarah"),  # three vowels apart
    ],
)
def test_other_names_are_not_alike(written: str, tables: str) -> None:
    assert spoken_alike(written, {"k": (tables,)}) == {}


def test_a_spoken_name_is_the_village_beside_the_places_named(gazetteer: Gazetteer) -> None:
    text = (
        "Helicopters of the regime dropped barrel bombs on Qalaat al-Madiq, Tall Wasit and Hweja in the plain west of "
        "Hama on Sunday, and rockets fell on al-Hwayz later in the day."
    )
    found = place_keys(gazetteer, text)
    assert "place/al-huwayjah-1327023659" in found
    assert "place/huwayz-1293877311" in found
    assert not any(key.startswith("place/local/") for key in found)


def test_a_spoken_name_in_jabal_al_zawiya(gazetteer: Gazetteer) -> None:
    text = "Artillery fire on Thursday hit the villages of Kansafra and Billioon south of Idlib, a medic reported."
    assert "place/balyun-1209301579" in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a name spoken alike far from the places the article names: no link
        "Rebels said they took Rashdiya in Deir ez-Zor city, while the army held Safira in Aleppo's countryside.",
        # a person's name before a verb of saying is no place
        "Ahmad Hweja said the barrel bombs fell on Tall Wasit and al-Ziyarah west of Hama.",
        # no town named in the governorate: no context to read the name in
        "Residents fled Hweja after the shelling, a monitor said.",
        # a long capitalised run
        "Sources Said Hweja Tkad Billioon Ruweiha Were Named In A Report About Idlib And Hama Today.",
        # negated and in a list of other countries
        "No shells fell on Billioon, Berlin or Paris, the ministry in London said.",
    ],
)
def test_no_spoken_link_without_a_named_town_near(gazetteer: Gazetteer, text: str) -> None:
    found = place_keys(gazetteer, text)
    assert not found & {
        "place/rashadiyah-1260380733",
        "place/al-huwayjah-1327023659",
        "place/taqad-1209399203",
        "place/balyun-1209301579",
        "place/ruwayhah-1276206591",
    }


def test_spoken_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    diphthongs, glides, words, letters = SPOKEN_TEXTS
    assert set(spoken(diphthongs)) <= set("ayweE")
    assert spoken(glides).startswith("iayuoy")
    assert spoken(words).startswith("hwejahweja")
    assert spoken(letters) == "sxh"


def test_a_quarter_after_a_citys_possessive_is_no_village(gazetteer: Gazetteer) -> None:
    text = "Rebels fired a rocket on Aleppo's residential neighborhood of al-Khalidiye, wounding five, SANA said."
    assert "place/al-khalidiyah-1209399205" not in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    ("before", "called"),
    [
        ("the residential neighborhood of ", True),
        ("Aleppos old quarter of ", True),
        ("The neighbourhood of ", True),
        ("the eastern neighbourhood of ", False),  # a side of the city, which follows
        ("its neighbourhood of ", False),  # no city named
        ("the neighbourhood, of ", False),
        ("Aleppo's neighbourhoods of ", False),  # the plural is read by another pattern
        ("the people of ", False),
        ("Homs's residential ", False),
    ],
)
def test_what_calls_the_next_name_a_quarter(before: str, called: bool) -> None:
    assert bool(_QUARTER_OF.search(before)) is called


def test_quarter_nouns_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    words, one_word, possessives, articles = QUARTER_OF_TEXTS
    assert _QUARTER_OF.search(words) is None
    assert _QUARTER_OF.search(one_word) is not None
    assert _QUARTER_OF.search(possessives) is None
    assert _QUARTER_OF.search(articles) is None


def test_a_mountain_is_no_village_of_another_word(gazetteer: Gazetteer) -> None:
    text = (
        "Regime artillery shelled Kafr Taal west of Aleppo on Monday, and rockets fell on the villages of "
        "Jabal al-Zawiya later."
    )
    found = place_keys(gazetteer, text)
    assert "place/jubb-alays-1344241477" not in found
    assert "place/local/jabal-al-zawiya" in found


@pytest.mark.parametrize(
    ("label", "key", "same"),
    [
        ("Jabal al-Zawiya", "place/jubb-alays-1344241477", False),  # a mountain against a well's village
        ("Jubb Alays", "place/jubb-alays-1344241477", True),
        ("Jebel Akrad", "place/jubb-alays-1344241477", False),
        ("Talbiseh", "place/talbiseh-421178429", True),  # no landform either side
        ("Jabalah", "place/talbiseh-421178429", True),  # a village whose name opens like the word, not with it
    ],
)
def test_landform_words_open_both_names_or_neither(gazetteer: Gazetteer, label: str, key: str, same: bool) -> None:
    assert same_landform(gazetteer, key, label) is same
