"""Names that are no places of the story (placefp31): a wire photo's credit with its year and the linked headline
after it; a landmark or a name before a body's noun (a unit's, a party's); a place's name after a man's given name;
a country paired with a state before a relative and a verb of diplomacy; capitals listed after "regions"."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    BODY_AFTER31_TEXTS,
    GIVEN_BEFORE31_TEXTS,
    REGIONS31_TEXTS,
    STATE_VERB31_TEXTS,
    _state_verbs,
    body_after_at_every_offset,
    searched,
)
from loaders.capital_readings import _REGIONS_BEFORE
from loaders.gazetteer import Gazetteer
from loaders.local_place_names import BODY_AFTER
from loaders.paired_states import _STATE_VERB
from loaders.person_names import _GIVEN_BEFORE
from loaders.text import sentences
from tests.written import mention_keys as keys


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def furniture(text: str) -> list[str]:
    """The boilerplate sentences of a text."""
    return [s.span.text(text) for s in sentences(text) if s.boilerplate]


def test_a_wire_photo_credit_with_its_year_and_the_headline_after_it_are_furniture(gazetteer: Gazetteer) -> None:
    text = (
        "Troops pushed toward Tadmur on Monday. AFP 2017 JOHN SMITH Rebels Lose Ground Near Hama The army said "
        "it had taken the hill near Salamiyah."
    )
    assert furniture(text) == ["AFP 2017 JOHN SMITH Rebels Lose Ground Near Hama"]
    found_keys = keys(text, gazetteer)
    assert "Hama" not in found_keys
    assert "Salamiyah" in found_keys  # the story after the headline is read


def test_a_dash_before_the_linked_headlines_source_stays_in_the_headline(gazetteer: Gazetteer) -> None:
    text = (
        "The convoy reached Tadmur. AFP 2019 JANE DOE Soldier Dies of Wounds in Eastern Syria - Pentagon The "
        "coalition said it had struck targets near Salamiyah."
    )
    assert furniture(text) == ["AFP 2019 JANE DOE Soldier Dies of Wounds in Eastern Syria - Pentagon"]
    found_keys = keys(text, gazetteer)
    assert "Eastern Syria" not in found_keys and "Syria" not in found_keys
    assert "Salamiyah" in found_keys


@pytest.mark.parametrize(
    "text",
    [
        # a year after the wire with no name in capitals: a date line, not a credit
        "AFP 2017 was a hard year for the town of Salamiyah residents said.",
        # a wire in capitals that reports: no credit
        "AFP reported that jets struck Salamiyah on Monday.",
    ],
)
def test_no_credit_without_a_name_in_capitals(text: str, gazetteer: Gazetteer) -> None:
    assert furniture(text) == []
    assert "Salamiyah" in keys(text, gazetteer)


def test_a_landmark_before_a_units_noun_names_the_unit(gazetteer: Gazetteer) -> None:
    text = "A commander of the so-called Tabqa Airport Front was killed near Kafr Zita on Monday."
    found_keys = keys(text, gazetteer)
    assert "Tabqa Airport" not in found_keys
    assert found_keys["Kafr Zita"].startswith("place/")


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted near the Tabqa Airport east of Raqqa.",
        # "front" in lower case is the line of battle: the airport is ground
        "Fighting raged on the Tabqa Airport front east of Raqqa.",
    ],
)
def test_a_landmark_with_no_units_noun_after_it_stays_a_site(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Tabqa Airport"] == "place/local/tabqa-airport"


def test_a_name_before_a_partys_noun_is_no_place(gazetteer: Gazetteer) -> None:
    text = "The delegation met at al-Baath partys offices in the city of Hama."
    found_keys = keys(text, gazetteer)
    assert "al-Baath" not in found_keys
    assert found_keys["Hama"] == "place/hama-421202161"


def test_a_name_with_no_bodys_noun_after_it_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Shells fell on al-Baath on Monday in the province of Quneitra."
    assert keys(text, gazetteer)["al-Baath"] == "place/local/al-baath"


def test_body_after_reads_the_adversarial_texts() -> None:
    glued, fronts, blanks, tv = (body_after_at_every_offset(text) for text in BODY_AFTER31_TEXTS)
    assert glued == [" party"]  # only the last, cut short: a glued noun runs on into a word
    assert set(fronts) == {" Fronts"} and blanks == [] and tv == []
    assert BODY_AFTER.match(" partys building") and BODY_AFTER.match(" Front nicknamed")
    assert not BODY_AFTER.match(" front east") and not BODY_AFTER.match(" Frontier")


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Yasser Binnish had survived the strike on Kafr Zita.", "Binnish"),
        ("Abu Omar Binnish a commander of the group was killed in an air strike on Kafr Zita.", "Binnish"),
        ("Mohammed Salqeen was killed in an air strike on Kafr Zita.", "Salqeen"),
    ],
)
def test_a_place_name_after_a_given_name_or_a_kunya_is_a_surname(text: str, surname: str, gazetteer: Gazetteer) -> None:
    found_keys = keys(text, gazetteer)
    assert surname not in found_keys
    assert found_keys["Kafr Zita"] == "place/kafr-zita-1125966329"


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Tal Hassan Binnish and Kafr Zita.",  # the given name is inside another place's name
        "Rebels shelled Binnish and Kafr Zita.",
        "The strike on Binnish killed Yasser and his son near Kafr Zita.",
    ],
)
def test_a_place_name_with_no_given_name_before_it_stays(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Binnish"] == "place/binnish-890449869"


def test_given_before_reads_the_adversarial_texts() -> None:
    abus, names, blanks, kunyas = (searched(_GIVEN_BEFORE)(text) for text in GIVEN_BEFORE31_TEXTS)
    assert abus == "Abu Abu "  # the window's last words: a kunya's shape, as the rule reads it
    assert names is None and blanks is None and kunyas is None


def test_a_country_paired_with_a_state_before_a_relative_and_a_verb_of_diplomacy_is_a_state(
    gazetteer: Gazetteer,
) -> None:
    found_keys = keys("Aid agencies are aligned against Russia and China which back Assad in the war.", gazetteer)
    assert found_keys["China"] == "actor/local/china"
    assert found_keys["Russia"] == "actor/russia"


def test_a_governed_pair_before_a_relative_stays_ground(gazetteer: Gazetteer) -> None:
    found_keys = keys("Weapons from Russia and China which back Assad reached the port.", gazetteer)
    assert found_keys["China"] == "place/china"


def test_state_verb_reads_the_relative_texts() -> None:
    whiches, haves, whos = (_state_verbs(text) for text in STATE_VERB31_TEXTS)
    assert not any(whiches) and not any(haves) and not any(whos)
    assert _STATE_VERB.match(" which back Assad") and _STATE_VERB.match(" who have vetoed")


@pytest.mark.parametrize(
    "text",
    [
        "Armed factions in coastal regions Aleppo Hama and Idlib announced a merger.",
        "Armed factions in the regions of Aleppo and Hama announced a merger.",
    ],
)
def test_capitals_listed_after_regions_are_provinces(text: str, gazetteer: Gazetteer) -> None:
    found_keys = keys(text, gazetteer)
    assert found_keys["Aleppo"] == "place/aleppo-governorate-85678359"
    assert found_keys["Hama"] == "place/hama-governorate-85678363"


@pytest.mark.parametrize(
    "text",
    [
        "Armed factions in Aleppo and Hama announced a merger.",
        "Armed factions in the regions of Aleppo announced a merger.",  # one name is no list
    ],
)
def test_capitals_with_no_regions_before_their_list_stay_cities(text: str, gazetteer: Gazetteer) -> None:
    assert keys(text, gazetteer)["Aleppo"] == "place/aleppo-421202163"


def test_regions_before_reads_the_adversarial_texts() -> None:
    regions, regions_of, blanks = (searched(_REGIONS_BEFORE)(text) for text in REGIONS31_TEXTS)
    assert (regions, regions_of, blanks) == ("regions ", "regions of ", None)
