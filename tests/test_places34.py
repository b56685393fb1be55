"""Place names as other outlets spell them (`loaders/french_spellings.py`): sentences written for these tests, never
copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import FRENCH_TEXTS
from loaders.french_spellings import english_spelt
from loaders.gazetteer import Gazetteer
from loaders.spelling_index import town_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "ch" for "sh", the French letters AFP's and Le Monde's English copy keep
        ("Clashes broke out in Chaddadi between the jihadists and Kurdish fighters.", "place/al-shaddadi-1259983725"),
        ("Rebels advanced towards Jisr al-Choughour on Sunday.", "place/jisr-al-shughur-890449849"),
        ("A car bomb went off in Qamichli near a police station.", "place/al-qamishli-1225958399"),
        ("Dozens were killed in Khan Cheikhoun, a town of Idlib province.", "place/khan-shaykhun-1125778451"),
        # "ou" before a vowel for the glide "w"
        ("Protesters gathered in Soueida, the Druze city of the south.", "place/as-suwaydah-421192811"),
        ("Gunmen opened fire at a checkpoint in Soueïda, the agency said.", "place/as-suwaydah-421192811"),
    ],
)
def test_a_town_spelt_with_french_letters_is_found(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_a_u_then_an_ayn_is_no_glide(gazetteer: Gazetteer) -> None:
    # "oua" writes a "u" and then an ayn ("Fouaa", "Mouadamiya"): read as before, not as a "w"
    assert english_spelt("Fouaa") == "fouaa"
    assert "place/al-fu-ah-1310392609" in place_keys(gazetteer, "Rebels shelled homes in Fouaa and Kafraya.")
    assert "place/mu-addamiyat-ash-shih-1326527149" in place_keys(gazetteer, "Shells fell on Mouadamiya on Monday.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an English word and a name with "ch" stay what they were: only a word where a place stands is read by key
        ("Michel Kilo spoke to reporters in Damascus on Monday.", "place/damascus-421202165"),
        ("The chief of the council arrived in Homs.", "place/homs-421168647"),
    ],
)
def test_english_words_with_french_letters_stay_apart(gazetteer: Gazetteer, text: str, kept: str) -> None:
    found = place_keys(gazetteer, text)
    assert kept in found
    assert found == {kept}


def test_english_spelt_keeps_english_letters() -> None:
    words = ("Douma", "Sheikh", "Quneitra", "Kafr")
    assert [english_spelt(w) for w in words] == ["douma", "sheikh", "quneitra", "kafr"]
    assert town_key(["Soueida"]) == town_key(["Sweida"]) == town_key(["Suwayda"])


def test_english_spelt_on_adversarial_text() -> None:
    chs, soues, cs_then_hs, consonants = FRENCH_TEXTS
    assert english_spelt(chs) == "sh" * 2500
    assert english_spelt(soues) == "swe" * 1250
    assert english_spelt(cs_then_hs) == "c" * 2499 + "sh" + "h" * 2499
    assert english_spelt(consonants) == consonants[:-3] + "wi"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a town spelt as no table lists it, right after a verb of bombardment or capture
        ("Government forces shelled Quseir on Monday, the monitor said.", "place/al-qusayr-421178435"),
        ("Kurdish-led fighters seized Chaddadi from the jihadists.", "place/al-shaddadi-1259983725"),
        ("Jihadists stormed Soukhne at dawn and killed six soldiers.", "place/as-sukhnah-1260068243"),
        ("Pro-government militias besieged Zabadany for two years.", "place/al-zabadani-890442377"),
        ("Insurgents overran Morek before the army recaptured it.", "place/murak-1310188781"),
    ],
)
def test_a_respelt_town_after_a_verb_of_bombardment_or_capture_is_found(
    gazetteer: Gazetteer, text: str, key: str
) -> None:
    assert key in place_keys(gazetteer, text)


def test_the_object_of_a_capture_is_no_town_unless_it_is_spelt_as_one(gazetteer: Gazetteer) -> None:
    # a man captured, a verb's word set off by a comma: no town is read, the place of the sentence still is
    found = place_keys(gazetteer, "Rebels captured Hassan, a regime officer, near Hama on Monday.")
    assert found == {"place/hama-421202161"}
    found = place_keys(gazetteer, "What the troops shelled, Quseir residents said, was a school in Homs.")
    assert "place/homs-421168647" in found
    assert "place/al-qusayr-421178435" not in found
    # "attacked" and "targeted" take people and groups as often as towns: not read as places by their key
    found = place_keys(gazetteer, "Gunmen attacked Quseir, a local commander, in Homs.")
    assert "place/homs-421168647" in found
    assert "place/al-qusayr-421178435" not in found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a list the text calls places: each respelt known town of it is that town, not a local place
        (
            "Shells fell on Hama, Quseir and Zabadany on Monday.",
            {"place/hama-421202161", "place/al-qusayr-421178435", "place/al-zabadani-890442377"},
        ),
        (
            "Clashes were reported in Qameshly, Soueida and Soukhne, the monitor said.",
            {"place/al-qamishli-1225958399", "place/as-suwaydah-421192811", "place/as-sukhnah-1260068243"},
        ),
    ],
)
def test_a_respelt_known_town_in_a_list_of_places_is_linked(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    found = place_keys(gazetteer, text)
    assert keys <= found
    assert not any(key.startswith("place/local/") for key in found)


def test_a_listed_name_no_known_town_owns_stays_a_local_place(gazetteer: Gazetteer) -> None:
    # "Hass" keys no known town: still a local place; the respelt town beside it is linked
    found = place_keys(gazetteer, "Jets struck the towns of Hass, Quseir and Zabadany.")
    assert "place/al-qusayr-421178435" in found
    assert "place/local/hass" in found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a road named by the towns at its ends: a respelt end is that town, either side of the hyphen
        ("Rebels cut the Homs-Quseir road on Sunday.", {"place/homs-421168647", "place/al-qusayr-421178435"}),
        ("The army reopened the Morek-Hama road.", {"place/murak-1310188781", "place/hama-421202161"}),
        ("Jihadists shut the Soukhne-Palmyra highway.", {"place/as-sukhnah-1260068243", "place/palmyra-421197935"}),
        (
            "Convoys used the Aleppo-Zabadany international highway.",
            {"place/aleppo-421202163", "place/al-zabadani-890442377"},
        ),
    ],
)
def test_both_ends_of_a_road_named_by_its_towns_are_found(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    assert keys <= place_keys(gazetteer, text)


def test_a_hyphened_name_with_no_road_after_it_is_not_read_by_its_key(gazetteer: Gazetteer) -> None:
    # "Homs-Quseir bus", "Morek-based": no road named, the respelt word is not read as a town
    found = place_keys(gazetteer, "A Homs-Quseir bus was hit, and the Morek-based brigade attacked Hama.")
    assert {"place/homs-421168647", "place/hama-421202161"} <= found
    assert "place/al-qusayr-421178435" not in found
    assert "place/murak-1310188781" not in found
