"""Place names spelt as other outlets spell them (`loaders/glide_spellings.py`): sentences written for these tests,
never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import GLIDE_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.glide_spellings import glides_written
from loaders.spelling_index import town_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a final long "i" written "y", the older British and French habit
        ("Clashes erupted in Qamishly between Kurdish police and government troops.", "place/al-qamishli-1225958399"),
        ("Kurdish police set up checkpoints in Kamishly on Monday.", "place/al-qamishli-1225958399"),
        ("Hezbollah fighters pressed their assault on Zabadany, the monitor said.", "place/al-zabadani-890442377"),
        ("The jihadists withdrew from al-Shaddady after a week of air strikes.", "place/al-shaddadi-1259983725"),
        # the nisba ending "-iyya" written "-ia" with its glide unwritten
        ("Mortar rounds fell in Darbasia near the Turkish border.", "place/al-darbasiyah-890449859"),
        ("Militants shelled residential areas in Sqeilbia, state media said.", "place/al-suqaylabiyah-421181203"),
        ("Shells fell on Moadamia near Damascus on Monday.", "place/mu-addamiyat-ash-shih-1326527149"),
    ],
)
def test_a_town_spelt_with_another_glide_is_found(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_a_stem_without_the_nisba_ending_is_not_the_town_that_has_it(gazetteer: Gazetteer) -> None:
    # "Salama" is no spelling of Salamiyah: the "-ia" of "Salamia" keys to "-iya", not to the bare stem
    found = place_keys(gazetteer, "An air strike hit the village of Salama near Azaz on Monday.")
    assert "place/azaz-890449873" in found
    assert "place/salamiyah-421205163" not in found
    assert "place/salamiyah-421205163" in place_keys(gazetteer, "Shells fell on Salamia on Monday, SANA said.")


@pytest.mark.parametrize(
    ("text", "kept", "not_found"),
    [
        # English words and places abroad ending in "y" or "ia" stay what they were
        ("Fighters gathered in Hungary before travelling to Syria.", "place/syria-85632413", "place/al-"),
        ("The delegation flew to Tunisia and then to Damascus.", "place/damascus-421202165", "place/al-"),
        ("Tell me what happened in Hama, he said.", "place/hama-421202161", "place/tall"),
        ("Rebels reached the Bab al-Hawa crossing on the Turkish border.", "place/bab-al-hawa-1193265497", "al-bab"),
        # a surname ending in "y" is no town: only a word where a place stands is read by its key
        ("Mohammed Hamdany was killed in Aleppo on Monday.", "place/aleppo-421202163", "hamdan"),
    ],
)
def test_words_abroad_and_names_stay_apart(gazetteer: Gazetteer, text: str, kept: str, not_found: str) -> None:
    found = place_keys(gazetteer, text)
    assert kept in found
    assert not any(not_found in key for key in found - {kept})


def test_glides_keep_what_is_no_glide() -> None:
    # a "y" after a vowel, a "ya" ending, an "ia" after a vowel: unchanged
    assert [glides_written(w) for w in ("bay", "halfaya", "fuaa", "daraya")] == ["bay", "halfaya", "fuaa", "daraya"]
    assert town_key(["Qamishly"]) == town_key(["Qamishli"]) and town_key(["Salamia"]) == town_key(["Salamiyah"])
    assert town_key(["Salama"]) != town_key(["Salamiyah"])


def test_glides_written_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    ys, ias, consonants, bias = GLIDE_TEXTS
    assert glides_written(ys) == ys
    assert glides_written(ias) == ias
    assert glides_written(consonants) == consonants[:-1] + "i"
    assert glides_written(bias) == bias[:-1] + "ya"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hamas said its fighters had left the Yarmouk camp on Monday.", "place/yarmouk-camp"),
        ("Hamas condemned the air strike on Yarmouk camp.", "place/yarmouk-camp"),
        ("Hamas has denied any role in the fighting around Yarmouk camp.", "place/yarmouk-camp"),
    ],
)
def test_hamas_before_a_verb_is_no_possessive_of_hama(gazetteer: Gazetteer, text: str, kept: str) -> None:
    # FA-KES's "Hamas countryside" is Hama's; "Hamas said" is the movement: a possessive owns the noun after it
    found = place_keys(gazetteer, text)
    assert kept in found
    assert not any(key.startswith("place/hama") for key in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Rebels advanced in Hamas northern countryside on Monday.", "place/hama-governorate-85678363"),
        ("Syrias war has killed more than 300,000 people.", "place/syria-85632413"),
        ("The battle for Aleppos eastern districts raged on Monday.", "place/aleppo-421202163"),
        ("Warplanes pounded Homs and Hamas countryside on Monday.", "place/hama-governorate-85678363"),
    ],
)
def test_a_possessive_before_what_it_owns_is_still_read(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)
