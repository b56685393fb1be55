"""Names that are no places of the story (placefp32): a capital named as a party to an act ("independently of
Damascus", "at the request of Damascus", "loyal to Tehran") is its state, and no side of the event told; a numbered
unit that speaks ("Division 30 called on ...") is a group of fighters, not its base; a village named again without
its size or side word ("Orum al-Kubra ... in Orum") is the village named in full; a place spelled two ways a vowel
apart ("al-Hamidiyeh ... al-Hamediyeh") is one place; a man's surname named again ("Khaled Harah ... a colleague of
Harah") is no place."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    PARTY32_TEXTS,
    RELATION_OF32_TEXTS,
    SIZE_OR_SIDE32_TEXTS,
    SPEAKS32_TEXTS,
    VOWEL_SHAPE32_TEXTS,
    found,
    searched,
    speaks_at_every_offset,
)
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.party_capitals import PARTY_BEFORE
from loaders.person_names import _RELATION_OF
from loaders.short_forms import SIZE_OR_SIDE
from loaders.speaking_units import UNIT_NAME
from loaders.spelling_variants import spelling_key
from tests.written import mention_keys as keys


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("The Kurdish fighters press their own offensive independently of Damascus the monitor said.", "Damascus",
         "actor/baathist-syria"),
        ("The strikes were carried out in coordination with Damascus a spokesman said.", "Damascus",
         "actor/baathist-syria"),
        ("Russian jets intervened at the request of Damascus in September 2015.", "Damascus", "actor/baathist-syria"),
        ("The offensive was launched with the approval of Ankara near the town of Jarablus.", "Ankara", "actor/turkey"),
        ("Militias loyal to Damascus shelled the town of Kafr Zita on Monday.", "Damascus", "actor/baathist-syria"),
        ("The brigade acts on behalf of Amman in the south residents say.", "Amman", "actor/jordan"),
    ],
)  # fmt: skip
def test_a_capital_named_as_a_party_is_its_state(text: str, capital: str, state: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)[capital] == state


def test_a_party_capital_is_no_side_and_no_place_of_the_event(gazetteer: Gazetteer) -> None:
    text = "Kurdish fighters captured the town of Manbij independently of Damascus on Monday."
    engagements = extract(Article("test", "t", text), gazetteer).engagements
    assert [e.places for e in engagements] == [("place/manbij-1141906291",)]  # the capture is still read
    assert all("actor/baathist-syria" not in (*e.attackers, *e.targets, *e.supporters) for e in engagements)


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        # ground, not a party
        ("Fighting raged close to Damascus on Monday.", "Damascus"),
        ("Talks in Damascus ended on Monday.", "Damascus"),
        ("Residents fled independently of the convoy from Damascus to Homs.", "Damascus"),
        # the phrase governs a longer name the capital only opens
        ("The survey was made in cooperation with Damascus University staff.", "Damascus"),
        # the phrase's object is another word; the capital after it is a place
        ("The convoy left in coordination with the Red Crescent from Damascus.", "Damascus"),
    ],
)
def test_a_capital_with_no_party_phrase_right_before_it_stays_a_place(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    assert keys(text, gazetteer)[capital] == "place/damascus-421202165"


def test_party_phrase_reads_the_adversarial_texts() -> None:
    assert [searched(PARTY_BEFORE)(text) for text in PARTY32_TEXTS] == [None] * len(PARTY32_TEXTS)
    assert PARTY_BEFORE.search("militias loyal to ") and PARTY_BEFORE.search("in  coordination with ")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Nusra fighters attacked the headquarters of Division 30 near Azaz. In a statement Division 30 called on "
         "Nusra to stop the fighting.", "Division 30"),
        ("Jets struck the positions of Brigade 51 near Azaz. Brigade 51 said two of its men were hurt.", "Brigade 51"),
        ("Rebels shelled Regiment 46 near Azaz on Monday. Regiment 46 has denied losing ground.", "Regiment 46"),
    ],
)  # fmt: skip
def test_a_numbered_unit_that_speaks_is_no_place_anywhere_in_the_article(
    text: str, unit: str, gazetteer: Gazetteer
) -> None:
    mentions = extract(Article("test", "t", text), gazetteer).mentions
    assert not [m for m in mentions if m.kind == "place" and text[m.span.start : m.span.end] == unit]
    assert "place/azaz-890449873" in {m.key for m in mentions}  # the town is still read


@pytest.mark.parametrize(
    "text",
    [
        # a base that is ground, hit and left, never a speaker
        "Islamic State fighters stormed Division 17 north of Raqqa. Survivors of Division 17 fled to Tabqa.",
        # the article speaks of the base; the army speaks
        "Troops withdrew from Division 17 north of Raqqa. The army said Division 17 was still held.",
        # a verb of saying before the name, not after it
        "Activists said Division 17 north of Raqqa was shelled.",
    ],
)
def test_a_numbered_base_that_never_speaks_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Division 17"] == "place/local/division-17"


def test_speaking_unit_patterns_read_the_adversarial_texts() -> None:
    assert [speaks_at_every_offset(text) for text in SPEAKS32_TEXTS] == [[], [], [], []]
    assert [len(found(UNIT_NAME)(text)) for text in SPEAKS32_TEXTS] == [0, 0, 416, 0]


@pytest.mark.parametrize(
    ("text", "short", "key"),
    [
        ("Jets struck Orum al-Kubra west of Aleppo on Monday. The head of the aid branch in Orum died of his wounds.",
         "Orum", "place/urum-al-kubra-1310095235"),
        ("Shells hit Orum al-Sughra west of Aleppo. Three children were among the dead in Orum the monitor said.",
         "Orum", "place/urum-as-sughra-1276861089"),
    ],
)  # fmt: skip
def test_a_village_named_again_without_its_size_word_is_the_village(
    text: str, short: str, key: str, gazetteer: Gazetteer
) -> None:
    assert keys(text, gazetteer)[short] == key


def test_a_short_form_two_named_villages_share_stays_unread(gazetteer: Gazetteer) -> None:
    text = "Jets struck Orum al-Kubra and Orum al-Sughra west of Aleppo. The aid branch in Orum was hit."
    found_keys = keys(text, gazetteer)
    assert found_keys["Orum al-Kubra"] == "place/urum-al-kubra-1310095235"  # the full names are still read
    assert found_keys["Orum"] == "place/local/orum"


def test_a_short_form_of_no_named_village_stays_local(gazetteer: Gazetteer) -> None:
    text = "Jets struck Aleppo on Monday. The head of the aid branch in Orum died of his wounds."
    assert keys(text, gazetteer)["Orum"] == "place/local/orum"


def test_size_or_side_reads_the_adversarial_texts() -> None:
    assert [SIZE_OR_SIDE.sub("", text) for text in SIZE_OR_SIDE32_TEXTS] == list(SIZE_OR_SIDE32_TEXTS)
    assert SIZE_OR_SIDE.sub("", "Orum al-Kubra") == "Orum" and SIZE_OR_SIDE.sub("", "Safirah Tahtani") == "Safirah"


@pytest.mark.parametrize(
    ("text", "first", "again"),
    [
        # two local spellings: the one named first
        ("Shells hit the Qaddouriyeh neighborhood on Monday. Two soldiers were killed in the Qaddoureyeh neighborhood "
         "later.", "Qaddouriyeh", "Qaddoureyeh"),
        # a local spelling of a linked place: the linked place
        ("Shells hit Otaya on Monday. Jets also bombed Arbin and Otoya.", "Otaya", "Otoya"),
    ],
)  # fmt: skip
def test_a_place_spelled_again_a_vowel_apart_is_the_place_named_before(
    text: str, first: str, again: str, gazetteer: Gazetteer
) -> None:
    found_keys = keys(text, gazetteer)
    assert found_keys[again] == found_keys[first]


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        # the vowels stand elsewhere: two names
        ("Shells hit the Zahrat neighborhood on Monday. Two soldiers were killed in the Zuhurat neighborhood later.",
         "Zahrat", "Zuhurat"),
        # a consonant differs
        ("Shells hit the Qaddouriyeh neighborhood on Monday. Two soldiers were killed in the Qaddousiyeh neighborhood "
         "later.", "Qaddouriyeh", "Qaddousiyeh"),
    ],
)  # fmt: skip
def test_names_apart_by_more_than_their_vowels_stay_two_places(
    text: str, one: str, other: str, gazetteer: Gazetteer
) -> None:
    found_keys = keys(text, gazetteer)
    assert found_keys[one] != found_keys[other]


def test_spelling_key_reads_the_adversarial_texts() -> None:
    # (tidy33: the key is `aliases.name_key`'s, the article dropped; a text of no word is its own key)
    assert [spelling_key(text)[0][:3] for text in VOWEL_SHAPE32_TEXTS] == ["a", "b", " - ", "ham"]
    assert spelling_key("al-Sabaa Bahrat") == spelling_key("al-Sabbaa Bahrat")


@pytest.mark.parametrize(
    "text",
    [
        'Khaled Harah pulled a baby from the rubble in 2014. "It was a miracle" said a colleague of Harah in Aleppo.',
        "Omar Tarif was shot dead at a checkpoint on Monday. The body of Tarif was handed to his family in Homs.",
        "Hassan Qadour was arrested in March in Homs. The family of Qadour said he was held without charge.",
    ],
)
def test_a_surname_named_again_is_no_place(text: str, gazetteer: Gazetteer) -> None:
    places = {m.key for m in extract(Article("test", "t", text), gazetteer).mentions if m.kind == "place"}
    assert not [k for k in places if k.removeprefix("place/local/") in {"harah", "tarif", "qadour"}]
    assert places  # the city is still read


@pytest.mark.parametrize(
    "text",
    [
        # ground: a kind of place before "of", a locative, a verb of hitting
        "Omar Tarif was shot dead on Monday. Jets later struck the village of Tarif.",
        "Omar Tarif was shot dead on Monday. Shelling killed two children in Tarif.",
        # no man of that name in the article
        "Shelling hit the village of Tarif on Monday. A colleague of Tarif residents was hurt.",
    ],
)
def test_a_surname_told_as_ground_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Tarif"] == "place/local/tarif"


def test_relation_of_reads_the_adversarial_texts() -> None:
    assert [searched(_RELATION_OF)(text) for text in RELATION_OF32_TEXTS] == [None] * 3
    assert searched(_RELATION_OF)("said a colleague of ") == "colleague of "
