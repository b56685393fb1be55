"""Place misreadings written-sentence probes found (thirty-third session, helper placegaps33): sentences written for
these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import KUNYA_PERSON33_TEXTS, LOCATED33_TEXTS, at_every_offset, found, searched
from loaders.aliases import tokenize
from loaders.bare_possessives import place_owns_what_follows
from loaders.gazetteer import Gazetteer
from loaders.person_names import _NISBA_AFTER, _TITLE_BEFORE
from loaders.place_mentions import _LOCATED

HAMA_GOVERNORATE = "place/hama-governorate-85678363"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hamas fighters fired rockets from Gaza on Monday.", "place/gaza-strip"),
        ("Hamas and Fatah signed a reconciliation deal in Cairo.", "place/cairo"),
        ("A senior official of Hamas, the movement that rules Gaza, met Turkish envoys.", "place/gaza-strip"),
        ("Hamas leader Ismail Haniyeh met officials in Cairo.", "place/cairo"),
        ("The talks in Cairo included a Hamas delegation.", "place/cairo"),
        ("Israel struck targets in Gaza after a rocket attack it blamed on Hamas.", "place/gaza-strip"),
    ],
)
def test_hamas_owning_no_thing_of_a_town_is_no_hama(gazetteer: Gazetteer, text: str, kept: str) -> None:
    # a possessive without its apostrophe is followed by what it owns: never punctuation, "and" with a plain name or
    # a movement's members and leaders, which a town does not have
    found = place_keys(gazetteer, text)
    assert kept in found
    assert not any(key.startswith("place/hama") for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Hamas countryside on Monday.",
        "Rebels advanced in Hamas northern countryside on Monday.",
        "Warplanes pounded Homs and Hamas countryside on Monday.",
        "Air strikes hit Idlibs and Hamas countryside, the monitor said.",
        "Regime forces shelled Latamneh in Hamas eastern countryside.",
    ],
)
def test_hamas_before_what_a_town_owns_is_still_hama(gazetteer: Gazetteer, text: str) -> None:
    assert HAMA_GOVERNORATE in place_keys(gazetteer, text)


def test_a_place_possessive_reads_the_word_after_it() -> None:
    text = "Hamas and Fatah; Hamas fighters; Hamas residents; Idlibs and Hamas; Hamas."
    tokens = tokenize(text)
    ends = [i + 1 for i, token in enumerate(tokens) if token.surface in ("Hamas", "Idlibs")]
    assert [place_owns_what_follows(tokens, end, text) for end in ends] == [False, False, True, True, False, False]


@pytest.mark.parametrize(
    "text",
    [
        "IS fighter Abu Talha al-Almani was killed in an air strike on Raqqa.",
        "Abu Talha al-Ansari was killed in a drone strike near Raqqa.",
        "Abu Hajar, a rebel commander, told reporters in Raqqa that the group had withdrawn.",
        "Militant leader Abu Hajar urged his men to hold Raqqa.",
    ],
)
def test_a_kunya_told_as_a_mans_name_is_no_village(gazetteer: Gazetteer, text: str) -> None:
    # a title before the by-name, a role in apposition or a nisba after it ("al-Almani", the German) make it a man's
    found = place_keys(gazetteer, text)
    assert "place/raqqa-421172833" in found
    assert not any("abu" in key or "almani" in key or "ansari" in key for key in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Fighting in Abu Hajar continued on Monday.", "place/abu-hajar-1225958437"),
        ("Air strikes hit Abu Hajar, a village near Qamishli.", "place/abu-hajar-1225958437"),
        ("Rebels shelled the village of Abu Talha in Aleppo countryside.", "place/local/abu-talha"),
    ],
)
def test_a_kunya_told_as_ground_is_still_a_village(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_kunya_person_patterns_read_the_adversarial_texts() -> None:
    assert [searched(_TITLE_BEFORE)(text) for text in KUNYA_PERSON33_TEXTS] == [None, None, None, None, None]
    assert [at_every_offset(_NISBA_AFTER)(text) for text in KUNYA_PERSON33_TEXTS][2:4] == [[], []]
    assert searched(_TITLE_BEFORE)("said rebel commander ") == "commander "
    assert _NISBA_AFTER.match(" al-Almani was") and not _NISBA_AFTER.match(" al-Gharbi village")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Air strikes hit Sarakeb in Idlib province on Monday.", "place/saraqib-890449833"),
        ("Turkish artillery shelled Jindires in Afrin overnight.", "place/jindayris-1209604917"),
        ("Turkish shelling hit Jindires in Afrin.", "place/jindayris-1209604917"),
    ],
)
def test_a_spelling_struck_or_taken_is_looked_up_like_one_after_in(gazetteer: Gazetteer, text: str, key: str) -> None:
    # the object of a verb of striking is where, as a name after "in" is: a spelling of a place the article's
    # province holds is that place
    assert key in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Air strikes hit Nusra positions in Idlib on Monday.", "place/idlib-890432567"),
        ("The blast hit Monday morning in Idlib.", "place/idlib-890432567"),
        ("The strike targeted Ahmad Hassoun, a commander, in Idlib.", "place/idlib-890432567"),
        ("It was the first attack to hit Sarakeb since 2012, in Idlib.", "place/idlib-890432567"),
    ],
)
def test_what_a_verb_of_striking_takes_is_no_new_place(gazetteer: Gazetteer, text: str, kept: str) -> None:
    # a name no spelling links stays no place, and an infinitive's object ("to hit") is an aim or a retrospect
    found_keys = place_keys(gazetteer, text)
    assert kept in found_keys
    assert found_keys <= {kept, "place/idlib-governorate-85678373"}


def test_located_reads_the_adversarial_texts() -> None:
    assert [len(found(_LOCATED)(text)) for text in LOCATED33_TEXTS] == [0, 0, 454, 0]
    assert [m.group("name") for m in _LOCATED.finditer("jets struck Sarakeb, and tried to hit Binnish")] == ["Sarakeb"]
