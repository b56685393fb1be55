"""Places named by a structure, not a listed name: a list before its plural noun after any word, the instances of a
plural noun after "most notably", a front named by its place, and a country acting beside a state (twentieth
session, helper places8; docs/extraction.md, "Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.place_lists import list_places
from tests.written import written


def mentions(text: str, gazetteer: Gazetteer, kind: str = "place") -> dict[str, str]:
    """Text -> key of the mentions of one kind extracted from one made-up article."""
    found = written(text, gazetteer)
    return {text[m.span.start : m.span.end]: m.key for m in found.mentions if m.kind == kind}


def listed(text: str) -> list[str]:
    """The names `list_places` reads in a text."""
    return [text[s.start : s.end] for s, _ in list_places(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rebels captured Dweir and Kfeir villages near Homs.", ["Dweir", "Kfeir"]),
        ("Fighting spread between Dweir and Kfeir towns.", ["Dweir", "Kfeir"]),
        ("Jets pounded the Dweir, Kfeir and Hamra quarters.", ["Dweir", "Kfeir", "Hamra"]),
    ],
)
def test_a_list_before_its_plural_noun_after_any_word(text: str, names: list[str]) -> None:
    """Names before a plural noun of places are a list whatever lower-case word opens them, a verb or a locative."""
    assert listed(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Sunni and Alawite villages were shelled.",
        "The strikes hit Syrian and Turkish areas.",
        "Residents said Aleppo was calm and Homs and Hama neighbourhoods too.",
    ],
)
def test_peoples_and_single_names_before_a_plural_noun_are_no_list(text: str) -> None:
    """Peoples before the noun are whose the places are; a run after "and" is no list of its own."""
    assert "Sunni" not in listed(text) and "Syrian" not in listed(text)
    assert "Homs and Hama" not in listed(text)


def test_the_instances_of_a_plural_noun_after_most_notably() -> None:
    """ "several towns, most notably A B and C": the apposition lists the towns, cut where a known name starts."""
    text = "Jets struck several towns, most notably Bqaifa Binnish and Ariha."
    assert listed(text) == ["Bqaifa", "Binnish", "Ariha"]
    assert listed("Jets struck the villages especially Dweir and Kfeir.") == ["Dweir", "Kfeir"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Heavy fighting raged on the Jamiyat al-Zahra frontline in western Aleppo.", ["Jamiyat al-Zahra"]),
        ("Rebels advanced along the Dahret Sweid front north of Hama.", ["Dahret Sweid"]),
        ("Clashes went on along the Tal Sukkar and Kfeir fronts.", ["Tal Sukkar", "Kfeir"]),
    ],
)
def test_a_front_named_by_its_place(text: str, names: list[str]) -> None:
    """The place a front or axis runs through names it; a run with no "and" is one name."""
    assert listed(text) == names


def test_a_groups_front_and_a_sides_front_name_no_place(gazetteer: Gazetteer) -> None:
    """A capitalised "Front" is a group's name; a side or a people before "front" names no place."""
    text = "The Levant Front fought on the Western front and the Russian front near Azaz."
    assert listed(text) == []
    assert set(mentions(text, gazetteer)) == {"Azaz"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China vetoed the draft resolution on Tuesday.",
        "But Russia a Syrian ally and China have repeatedly vetoed any move to sanction Damascus.",
        "China and Russia blocked the resolution at the Security Council.",
    ],
)
def test_a_country_acting_beside_a_state_is_an_actor(text: str, gazetteer: Gazetteer) -> None:
    """A country joined by "and" to a state, the two the subject of a verb of diplomacy, is a state too."""
    assert "China" not in mentions(text, gazetteer)
    assert mentions(text, gazetteer, "actor")["China"] == "actor/local/china"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China are far from the fighting in Idlib.",
        "Refugees fled to China and Russia after the siege.",
    ],
)
def test_a_country_beside_a_state_with_no_verb_of_diplomacy_stays_a_place(text: str, gazetteer: Gazetteer) -> None:
    """With no verb of diplomacy after the pair, the country is where something is."""
    assert mentions(text, gazetteer)["China"] == "place/china"


def test_fields_named_for_their_places() -> None:
    """Names before "oil and gas fields" are a list of places as before any plural noun of places."""
    assert listed("IS attacked areas near the critical Tuwainan and Hayyan oil and gas fields.") == [
        "Tuwainan",
        "Hayyan",
    ]
    assert listed("Jets struck near the Tuwainan and Hayyan fields.") == ["Tuwainan", "Hayyan"]


def test_a_name_holding_its_article_takes_no_second(gazetteer: Gazetteer) -> None:
    """ "Kawash-Eddin" holds its article ("Eddin" is ad-Din): the article word after it opens the next quarter."""
    text = "Shells fell on Kawash-Eddin al-Zahraa and al-Akramiya neighborhoods in the city."
    assert listed(text) == ["Kawash-Eddin", "al-Zahraa", "al-Akramiya"]
    assert "Kawash-Eddin" in mentions(text, gazetteer)
