"""Place names as outlets outside FA-KES write them (twenty-second session, helper outplace8): a title-cased article
inside a name ("Sahl Al-Ghab"), and a list of places as the object of a verb of bombardment ("shelled A, B and C").
Every sentence here was written for the test."""

from __future__ import annotations

import re

import pytest
from detection import place_keys

from bench.adversarial import SET_OFF_TEXTS, STRUCK_LIST_TEXTS, TAIL_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.local_place_names import AL_LIST_WORD
from loaders.located_lists import _LOCATED_RUN
from loaders.name_words import PLACE_NAME
from loaders.place_lists import _RUN_WORD, _TAIL
from loaders.side_words import _SIDE_FIRST, side_after
from loaders.unlinked_names import _COMPOUND


def local_places(gazetteer: Gazetteer, text: str) -> set[str]:
    """The local (unlinked) place keys of a text."""
    return {key for key in place_keys(gazetteer, text) if key.startswith("place/local/")}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Artillery shells fell in Wadi Al-Deif near Maarat al-Numan.", "place/local/wadi-al-deif"),
        ("Helicopters dropped barrel bombs in Sahl Al-Rouj west of Idlib.", "place/local/sahl-al-rouj"),
        ("Two rockets landed near Marj Al-Bustan in the countryside of Hama.", "place/local/marj-al-bustan"),
    ],
)
def test_a_title_cased_article_inside_a_name_after_a_locative(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Confidence in Bashar Al-Assad has fallen among his supporters in Homs.",
        "A correspondent in Asharq Al-Awsat reported from Idlib.",
        "Fighters in Jabhat Al-Nusra attacked the town of Kafr Nabl.",
        "He said in Operation Al-Fajr the army took Hama.",
        "He said in Operation al-Fajr the army took Hama.",
        "Commanders in Jaish Al-Islam said the truce in Douma held.",
    ],
)
def test_no_place_from_a_person_group_outlet_or_operation_with_the_article(gazetteer: Gazetteer, text: str) -> None:
    assert local_places(gazetteer, text) == set()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Warplanes targeted Umm Jurn, Abu Sherif and Saraqeb overnight.", "place/local/abu-sherif"),
        ("Helicopters were bombarding Zawr Abu Zaid, Kafr Nabl and Hass at dawn.", "place/local/hass"),
        ("The regime shelled Khirbet Raed, Ariha and Jisr al-Shughur with rockets.", "place/local/khirbet-raed"),
    ],
)
def test_the_places_a_verb_of_bombardment_lists(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        # groups, not places: no place of the tables among the objects
        "The jets targeted Jabhat al-Nusra and Ahrar al-Sham in Idlib.",
        # a person after the list, its comma lost
        "Warplanes kept bombing Douma and Ahmad Khalil said the strikes went on all night.",
        # a state that speaks after the list
        "Russian jets pounded Kafr Nabl and Washington condemned the raids.",
        # bodies, the noun after them in lower case
        "Activists accused the regime of targeting Civil Defence and Red Crescent teams in Idlib.",
        "The army targeted Hezbollah and Amal rivals in Beirut, the statement said.",
        # a list of known cities only: nothing new to mint
        "The coalition has been bombing Raqqa and Mosul for months, officials in Baghdad said.",
    ],
)
def test_no_place_minted_from_objects_of_bombardment_that_are_no_list_of_places(
    gazetteer: Gazetteer, text: str
) -> None:
    assert local_places(gazetteer, text) == set()


def test_the_patterns_read_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    run_of_names, verbs, compounds, cut_articles = STRUCK_LIST_TEXTS
    assert [len(m.group()) for m in _LOCATED_RUN.finditer(run_of_names)] == [4998]
    assert list(_LOCATED_RUN.finditer(verbs)) == [] and list(_LOCATED_RUN.finditer(compounds)) == []
    assert [len(m.group()) for m in _LOCATED_RUN.finditer(cut_articles)] == [5000]
    assert [m.group() for m in _COMPOUND.finditer(compounds)] == ["Aa Al-Bb"] * 555
    assert [m.group() for m in re.finditer(PLACE_NAME, compounds)] == ["Aa Al-Bb"] * 555 + ["Aa Al"]
    assert [m.group() for m in re.finditer(PLACE_NAME, cut_articles)] == ["Aa Al-in"] * 555 + ["Aa"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "People fled the towns of Nasib, al-Jiza, Eastern Ghariyah and Saida in Daraa.",
            "place/ghariyah-ash-sharqiyah",
        ),
        ("Clashes broke out in the villages of Western Barri and Salamiyah in Hama.", "place/barri-al-gharbi"),
    ],
)
def test_a_side_before_a_name_is_the_adjective_after_it(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert any(found.startswith(key + "-") for found in place_keys(gazetteer, text))


@pytest.mark.parametrize(
    ("label", "moved"),
    [
        ("Eastern Ghariyah", "Ghariyah Sharqiyah"),  # a name ending in the ta marbuta takes the feminine
        ("Western Barri", "Barri Gharbi"),
        ("Lower Jarabulus", "Jarabulus Tahtani"),
        ("Ghariyah", "Ghariyah"),
        ("eastern Ghariyah", "eastern Ghariyah"),  # lower case: a bearing in prose, read by the bearing rules
        ("Eastern", "Eastern"),
    ],
)
def test_side_after(label: str, moved: str) -> None:
    assert side_after(label) == moved


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # no place of the named governorates has the name with the adjective: as before
        ("Fighting went on in Eastern Europe and in Damascus.", {"place/local/eastern-europe"}),
        ("The Lower House and Upper House met in Damascus.", set()),
        ("Regime forces shelled Northern Aleppo and Southern Idlib heavily.", set()),
        ("Aid reached Western Qalamoun camps near Damascus.", set()),
        ("The Upper Galilee was quiet, officials in Quneitra said.", set()),
    ],
)
def test_no_side_moved_where_no_place_has_that_name(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    assert local_places(gazetteer, text) <= keys
    assert not any(k.endswith(("-gharbi", "-sharqi", "-shamali", "-janubi")) for k in place_keys(gazetteer, text))


def test_spaced_articles_and_sides_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    articles, commas, joined, sides = SET_OFF_TEXTS
    assert [m.group() for m in _RUN_WORD.finditer(articles)] == []
    assert {m.group() for m in _RUN_WORD.finditer(commas)} == {"al- Aa", ",", "Aa"}
    assert {m.group() for m in AL_LIST_WORD.finditer(joined)} == {"and", "al- Bb", "a"}
    assert _SIDE_FIRST.fullmatch(sides) is not None and _SIDE_FIRST.fullmatch(articles) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Umm Jurn, Abu Sherif and Saraqeb towns came under heavy fire.", "place/local/abu-sherif"),
        ("Tell Hamdan, Kafr Nabl and Hass villages were shelled on Monday.", "place/local/hass"),
    ],
)
def test_a_list_that_opens_the_sentence_before_its_plural_noun(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah and Amal areas in Beirut were quiet.",  # sides, no known place among them
        "Islamic State and Nusra Front areas shrank in 2017.",
        "Government and Opposition areas in Aleppo were shelled.",
        "Sunni and Alawite villages near Homs were hit.",
        "Free Syrian Army and Turkish areas were shelled.",
    ],
)
def test_no_list_opening_a_sentence_without_a_known_place(gazetteer: Gazetteer, text: str) -> None:
    assert local_places(gazetteer, text) == set()


def test_lists_before_their_noun_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    commas, opening, after_the = TAIL_TEXTS
    assert list(_TAIL.finditer(commas)) == []
    assert [(m.start("run"), len(m.group())) for m in _TAIL.finditer(opening)] == [(0, 4992)]
    assert [(m.start("run"), len(m.group())) for m in _TAIL.finditer(after_the)] == [(4980, 19)]
