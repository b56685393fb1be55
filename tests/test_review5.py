"""The nineteenth session's fourth code review (helper review5) of the rules merged from outplace5 (places) and types
(ACLED types): each test a reading the rule over-reached on, in sentences written for the test."""

from __future__ import annotations

import pytest
from detection import detected_types

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Rebels opened fire on a gathering of soldiers in Homs on Monday.",
        "Rebels opened fire on a crowd of fighters in Homs on Monday.",
        "Rebels opened fire on the People's Protection Units in Afrin on Monday.",
        "Rebels opened fire on fighters near the market in Homs on Monday.",
        "Rebels opened fire on soldiers guarding a mosque in Homs on Monday.",
    ],
)
def test_shots_at_the_armed_by_a_gathering_stay_a_clash(text: str, gazetteer: Gazetteer) -> None:
    """A gathering word that is not the head of the object shot at (the armed's, an owner's, where they stood)."""
    assert detected_types(text, gazetteer) == ["armed-clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a crowd of protesters in Homs on Monday.",
        "Security forces opened fire on the funeral procession in Daraa on Monday.",
    ],
)
def test_shots_at_a_crowd_of_the_unarmed_stay_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized weapons including rifles, grenades and ammunition in Daraa on Monday.",
        "The army seized hand grenades and rifles in Daraa on Monday.",
        "Rebels fired rocket-propelled-grenades at Syrian army positions in Daraa on Monday.",
        "The Syrian army seized grenade-launchers in Daraa on Monday.",
        "Police fired tear gas grenades at protesters in Daraa on Monday.",
        "Police fired stun grenades to disperse protesters in Daraa on Monday.",
    ],
)
def test_a_grenade_not_thrown_is_no_grenade_attack(text: str, gazetteer: Gazetteer) -> None:
    """Grenades held or seized, gas and stun grenades, rocket-propelled ones and launchers explode nothing."""
    assert "remote-explosive" not in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "After they seized the checkpoint gunmen threw a grenade at a patrol in Daraa on Monday.",
        "Rebels captured two soldiers and lobbed grenades at their comrades in Daraa on Monday.",
    ],
)
def test_a_grenade_thrown_after_a_seizure_is_still_one(text: str, gazetteer: Gazetteer) -> None:
    assert "remote-explosive" in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels bombarded army posts in Daraya on Monday in revenge for barrel bombs.",
        "The army bombarded Daraya with artillery on Monday and did not use barrel bombs.",
    ],
)
def test_barrel_bombs_not_the_means_leave_a_shelling(text: str, gazetteer: Gazetteer) -> None:
    """Barrel bombs named as a grievance or denied are not what this bombardment used."""
    assert detected_types(text, gazetteer) == ["shelling"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The army took control of Sunni and Alawite villages in Latakia province.", "Alawite"),
        ("Shells hit Christian and Druze neighbourhoods in Suwayda on Monday.", "Druze"),
        ("The army said farmers lost villages and farms of the Kurds near Afrin.", "Kurds"),
    ],
)
def test_a_people_before_or_after_a_noun_of_places_is_no_place(text: str, people: str, gazetteer: Gazetteer) -> None:
    """Whose the villages are ("Sunni and Alawite villages", "villages of the Kurds") names none of them."""
    x = extract(Article("test", "t", text), gazetteer)
    assert people not in {text[m.span.start : m.span.end] for m in x.mentions if m.kind == "place"}


def test_a_town_abroad_after_a_town_of_its_country_is_a_list(gazetteer: Gazetteer) -> None:
    """A comma lost between two towns of Iraq ("Baghdad al-Balad and Samarra") leaves two towns, not one name."""
    text = "Iraqi forces advanced from Baghdad al-Balad and Samarra on Monday."
    x = extract(Article("test", "t", text), gazetteer)
    assert "place/balad-890449815" in {m.key for m in x.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    "text",
    [
        "The regime bombarded Daraya with barrel-bombs on Monday.",
        "Government forces pounded Daraya with barrel-bombs on Monday.",
    ],
)
def test_hyphenated_barrel_bombs_are_one_air_strike(text: str, gazetteer: Gazetteer) -> None:
    """A hyphenated "barrel-bombs" is "barrel bombs": dropped from the air, not a planted bomb beside a shelling."""
    assert detected_types(text, gazetteer) == ["air-strike"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Militants Flee To Al-Balad", "place/balad-890449815"),
        ("Message From Al-Assad To Putin", "actor/bashar-al-assad"),
    ],
)
def test_a_headline_word_of_function_is_no_name_before_an_article(text: str, key: str, gazetteer: Gazetteer) -> None:
    """A capitalised "To" or "From" of a title-case headline does not make the next word part of a longer name."""
    x = extract(Article("test", "t", text), gazetteer)
    assert key in {m.key for m in x.mentions}
