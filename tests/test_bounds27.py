"""Place names a toponym's head opens and a person's or tribe's name closes ("Tal al-Sheikh Hussein", "Khirbet Umm
Hosh"): three words, not cut at the second (twenty-seventh session, helper bounds27). Every sentence here was written
for the test."""

from __future__ import annotations

import re

import pytest
from detection import place_keys

from bench.adversarial import HEADED27_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.local_place_names import FEATURE, LANDMARK
from loaders.name_words import PLACE_NAME


def local_places(gazetteer: Gazetteer, text: str) -> set[str]:
    """The local (unlinked) place keys of a text."""
    return {key for key in place_keys(gazetteer, text) if key.startswith("place/local/")}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Artillery units shelled Tal al-Sheikh Hussein in the countryside of Daraa.", "tal-al-sheikh-hussein"),
        ("Fighting went on near Tal al-Sheikh Hamad in the countryside of Hasakah.", "tal-al-sheikh-hamad"),
        ("Rebels shelled the village of Khirbet Umm Hosh in the countryside of Aleppo.", "khirbet-umm-hosh"),
        ("Troops targeted gunmen in Jabal Abu Rakan in the countryside of Hama.", "jabal-abu-rakan"),
        ("Clashes were reported in Tal Bani Khaled in rural Homs.", "tal-bani-khaled"),
    ],
)
def test_a_head_carries_the_name_it_is_named_for(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert local_places(gazetteer, text) == {f"place/local/{key}"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the title or kunya ends the name when no name word follows it
        ("Shells landed on Tal al-Sheikh in Daraa.", "tal-al-sheikh"),
        ("Shells landed on Tal al-Sheikh near the road to Daraa.", "tal-al-sheikh"),
    ],
)
def test_a_name_with_nothing_after_its_title_stays_two_words(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert local_places(gazetteer, text) == {f"place/local/{key}"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no toponym's head before the title: a city and a quarter whose comma was lost, or a person
        ("Aleppo Sheikh Maqsoud", "Aleppo Sheikh"),
        ("Hama Umm Hosh", "Hama Umm"),
        # a head, but the word after the kunya is in lower case
        ("Tal Umm and", "Tal Umm"),
        ("Deir Abu said", "Deir Abu"),
    ],
)
def test_the_third_word_needs_a_head_and_a_name(text: str, name: str) -> None:
    match = re.match(PLACE_NAME, text)
    assert match is not None and match.group() == name


def test_the_head_and_its_name_read_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    names = [[m.group() for m in re.finditer(PLACE_NAME, text)] for text in HEADED27_TEXTS]
    assert [len(found) for found in names] == [625, 357, 334, 385]
    assert set(names[0]) == {"Tal Abu Tal", "Abu Tal", "Abu"}
    assert set(names[2]) == {"Jabal Umm Bani", "Jabal"}
    hills = [{m.group() for m in LANDMARK.finditer(text)} for text in HEADED27_TEXTS]
    assert hills == [{"Tal Abu Tal", "Tal Abu"}, {"Tal al-Sheikh Tal", "Tal al-Sheikh Ta"}, set(), set()]
    features = [{m.group() for m in FEATURE.finditer(text)} for text in HEADED27_TEXTS]
    assert features == [set(), set(), {"Jabal Umm Bani"}, set()]
