"""Place readings of the twenty-first session (helper places9): a governorate noun shared by a list ("the province of
Raqqa and Deir Ezzor"), a quarter's "New X" written in lower case ("and new Aleppo"), the whole Levant before "front"
(a group's name), and a negated or modal verb of diplomacy after two states ("Russia and China did not veto"). Every
text is made up for the test."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import SHARED_NOUN_TEXTS
from loaders.capital_readings import _ITEM_ENDS, _NOUN_BEFORE, _NOUN_OPENS
from loaders.fuzzy_places import _ARTICLE_BEFORE_PAIR, _with_elided_vowel, sound
from loaders.gazetteer import Gazetteer
from loaders.paired_states import _STATE_VERB
from loaders.place_lists import _WIDE_REGION, list_places
from loaders.place_lookup import place_index
from loaders.place_readings import _NEW_BEFORE, _NEW_NAME_ENDS
from tests.written import mention_keys as mentions

DEIR_EZZOR_CITY = "place/deir-ez-zor-421202167"
DEIR_EZZOR_PROVINCE = "place/deir-ez-zor-governorate-85678381"
NEW_ALEPPO = "place/new-aleppo"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fighters were sent to the province of Raqqa and Deir Ezzor last year.",
        "Jets struck villages in the governorate of Raqqa and Deir Ezzor on Monday.",
        "Jets struck the Province of Hama and Deir Ezzor on Monday.",
    ],
)
def test_a_province_noun_is_shared_by_the_capitals_listed_after_it(text: str, gazetteer: Gazetteer) -> None:
    assert mentions(text, gazetteer, "place")["Deir Ezzor"] == DEIR_EZZOR_PROVINCE


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck the province of Raqqa and Deir Ezzor city on Monday.",
        "Jets struck the province of Raqqa and Deir Ezzor airport on Monday.",
        "Jets struck Raqqa province and Deir Ezzor on Monday.",
        "The governor of Raqqa and Deir Ezzor officials met on Monday.",
        "Jets struck the provincial capital of Raqqa and Deir Ezzor on Monday.",
        "Jets struck the province of Raqqa and then Deir Ezzor on Monday.",
        "Jets struck the province of Raqqa and in Deir Ezzor troops advanced.",
    ],
)
def test_a_capital_not_listed_under_the_noun_stays_the_city(text: str, gazetteer: Gazetteer) -> None:
    assert mentions(text, gazetteer, "place")["Deir Ezzor"] == DEIR_EZZOR_CITY


def test_a_village_ends_the_list_under_the_noun(gazetteer: Gazetteer) -> None:
    places = mentions("Jets struck the province of Idlib and Saraqib on Monday.", gazetteer, "place")
    assert places["Saraqib"].startswith("place/saraqib")


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on al-Hamadaniyeh al-Ramouseh and new Aleppo on Tuesday.",
        "Fighting in new Aleppo continued on Tuesday.",
        "Shells fell on new Aleppo neighbourhood on Tuesday.",
    ],
)
def test_a_lower_case_new_before_a_city_is_the_quarter_the_tables_name(text: str, gazetteer: Gazetteer) -> None:
    assert mentions(text, gazetteer, "place")["new Aleppo"] == NEW_ALEPPO


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched a new Aleppo offensive on Tuesday.",
        "The army opened the new Aleppo front on Tuesday.",
        "Rebels launched new Aleppo attacks on Tuesday.",
        "Shells fell in Homs, and new Aleppo clashes erupted on Tuesday.",
        "Strikes in the new Aleppo area continued on Tuesday.",
        "Its new Aleppo governor arrived on Tuesday.",
    ],
)
def test_new_as_an_adjective_leaves_the_city(text: str, gazetteer: Gazetteer) -> None:
    places = mentions(text, gazetteer, "place")
    assert NEW_ALEPPO not in places.values()
    assert places.get("Aleppo") == "place/aleppo-421202163"


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Levant front attacked army posts on Monday.",
        "Fighters of the Levant Conquest front attacked army posts on Monday.",
        "Fighters of the al-Sham front attacked army posts on Monday.",
    ],
)
def test_the_whole_levant_before_front_names_no_place(text: str, gazetteer: Gazetteer) -> None:
    assert [w for w in mentions(text, gazetteer, "place") if "Levant" in w or "Sham" in w] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Clashes raged on the Shamiya front on Monday.", "Shamiya"),
        ("Clashes raged on the Hisham front on Monday.", "Hisham"),
        ("Clashes raged on the Shamal front on Monday.", "Shamal"),
        ("Clashes raged on the Azaz front on Monday.", "Azaz"),
        ("Clashes raged on the Kafr Nabuda and Hamameyat fronts on Monday.", "Kafr Nabuda"),
    ],
)
def test_a_front_named_for_a_town_keeps_the_town(text: str, name: str) -> None:
    assert name in [text[s.start : s.end] for s, _ in list_places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China did not veto the resolution on Monday.",
        "Russia and China refused to sign the text on Monday.",
        "Russia and China would never back the plan.",
        "Russia and China have not signed the text.",
    ],
)
def test_a_negated_or_modal_verb_of_diplomacy_makes_the_country_a_state(text: str, gazetteer: Gazetteer) -> None:
    assert "China" not in mentions(text, gazetteer, "place")
    assert "China" in mentions(text, gazetteer, "actor")


@pytest.mark.parametrize(
    "text",
    [
        "Tourists from Russia and China will not sign up.",
        "Talks in Russia and China would support the plan.",
        "Russia and China not far from here, troops shelled Homs.",
        "Russia and China may visit Damascus.",
        "Russia and China did not back in 2012 the plan.",
        "Russia and China, which did not veto, met in Geneva.",
    ],
)
def test_a_negation_alone_makes_no_state(text: str, gazetteer: Gazetteer) -> None:
    assert mentions(text, gazetteer, "place").get("China") == "place/china"


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (_NOUN_OPENS, [None, None, None, ("province of ", 0), None, None]),
        (_NOUN_BEFORE, [None, None, None, ("province of ", 5388), None, None]),
        (_ITEM_ENDS, [(" Aa", 2), (" and", 7), (" the", 2), (" ", 5399), (" ", 5199), (" Sham", 4)]),
        (_NEW_BEFORE, [None, ("and new ", 5192), None, None, None, None]),
        (_NEW_NAME_ENDS, [(" A", 2), (" and", 7), (" of", 6), (" of", 8), (" ", 5199), (" S", 4)]),
        (_STATE_VERB, [None] * 6),
        (_WIDE_REGION, [None, None, None, None, None, ("Sham", 0)]),
        (_ARTICLE_BEFORE_PAIR, [None] * 6),
    ],
)
def test_the_new_patterns_read_adversarial_text(pattern: re.Pattern[str], first: list[tuple[str, int] | None]) -> None:
    # the first match of each in each text, and where; their speed is timed by make bench-patterns
    found = [pattern.search(text) for text in SHARED_NOUN_TEXTS]
    assert [(m.group(), m.start()) if m else None for m in found] == first


def test_a_vowel_elided_after_the_article_is_the_name_that_opens_on_it(gazetteer: Gazetteer) -> None:
    places = mentions("Rocket shells fell on al-Shrafiyeh neighborhood in Aleppo on Tuesday.", gazetteer, "place")
    assert places["al-Shrafiyeh"] == "place/ashrafiyeh-aleppo"


@pytest.mark.parametrize(
    "label",
    [
        "Shrafiyeh",  # no article before the pair: nothing was elided after it
        "al-Sarmin",  # a vowel follows the first consonant
        "al-Ariha",  # the name opens on a vowel already
        "Shrafiyeh al-Shrafiyeh",  # the article opens no pair at the name's start
        "al- Shrafiyeh",  # a spaced article is another helper's reading
    ],
)
def test_no_vowel_is_restored_without_an_article_before_a_pair(label: str, gazetteer: Gazetteer) -> None:
    index = place_index(gazetteer, sound)
    assert _with_elided_vowel(gazetteer, index, label) == ()


def test_the_ayn_guard_keeps_an_unknown_ruin_local(gazetteer: Gazetteer) -> None:
    text = "The army shelled fortifications in Khan al-Sheeh and al-Khraba area in Drousha in Damascus countryside."
    assert mentions(text, gazetteer, "place").get("al-Khraba", "").startswith("place/local/")


def test_a_capital_massing_troops_is_its_state(gazetteer: Gazetteer) -> None:
    text = "Ankara has massed forces and tanks on its border with Syria."
    assert mentions(text, gazetteer, "actor")["Ankara"] == "actor/turkey"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in Ankara massed outside the embassy on Monday.",
        "Protesters massed in Ankara on Monday.",
        "Ankara masses took to the streets on Monday.",
        "Tourists from Ankara massed at the gate on Monday.",
        "Near Ankara, mobilized reservists waited on Monday.",
    ],
)
def test_massing_in_a_capital_leaves_the_place(text: str, gazetteer: Gazetteer) -> None:
    assert mentions(text, gazetteer, "place").get("Ankara") == "place/ankara"
