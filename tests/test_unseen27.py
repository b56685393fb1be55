"""Places whose names nobody listed: quarters read as namesakes far from their city (twenty-seventh session, helper
unseen27; docs/extraction.md, "Mentions")."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracted_places import places

from bench.adversarial import HELD_NAME27_TEXTS, HELD_QUARTER27_TEXTS, PASSING27_TEXTS, QUARTER_NOUN27_TEXTS
from graph.leave_out import write_reference_without
from loaders.gazetteer import REFERENCE_DIR, Gazetteer
from loaders.held_names import HELD_NAME
from loaders.local_place_names import PLACE_BEFORE
from loaders.quarter_namesakes import QUARTER_NOUN
from loaders.reference_tables import read_tables

DAHIYAT_BY_DAMASCUS = "place/dahiyat-al-asad-1276678259"  # the tables' village of Rif Dimashq
MAYDAN_OF_DAMASCUS = "place/maydan-85903037"


@pytest.fixture(scope="module")
def without_hand_places(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The gazetteer with the hand-added Syrian places left out, as on names nobody listed."""
    tables = tmp_path_factory.mktemp("lhpo27") / "reference"
    write_reference_without("hand-places", Path(REFERENCE_DIR), tables)
    return Gazetteer(*read_tables(tables))


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Damascus said rebels pushed into Aleppo. They took ground in the Dahiyet al-Assad district.",
        "A minister in Damascus said shells hit Aleppo city. Mortars fell on the Dahiyet al-Assad neighbourhood.",
    ],
)
def test_a_quarter_of_the_city_named_before_is_no_far_namesake(text: str, without_hand_places: Gazetteer) -> None:
    """A name called a quarter after a city was named, known only 300 km off, is that city's quarter: local (though
    Damascus, named first, vouches for the village by it)."""
    found = places(text, without_hand_places)
    assert found["Dahiyet al-Assad"] == "place/local/dahiyet-al-assad"


def test_every_mention_of_the_namesake_turns_local(without_hand_places: Gazetteer) -> None:
    text = "In Damascus and Aleppo rebels held the Dahiyet al-Assad district. The army shelled Dahiyet al-Assad."
    extracted = [k for k in places(text, without_hand_places).values() if "dahiy" in k]
    assert extracted == ["place/local/dahiyet-al-assad"]


def test_a_quarter_listed_before_other_neighbourhoods(gazetteer: Gazetteer) -> None:
    text = "Rebels attacked Aleppo on Sunday. Mortars fell on Midan and other neighbourhoods, state media said."
    assert places(text, gazetteer)["Midan"] == "place/local/midan"


def test_a_quarter_near_the_city_named_stays_linked(gazetteer: Gazetteer) -> None:
    """Damascus's own Midan, called a district after Damascus, is the tables' quarter."""
    text = "Security forces in Damascus sealed off the Midan district on Friday."
    assert places(text, gazetteer)["Midan"] == MAYDAN_OF_DAMASCUS


def test_a_namesake_near_the_city_named_stays_linked(without_hand_places: Gazetteer) -> None:
    """The village by Damascus, called a district after Damascus, is the tables' place."""
    found = places("Security forces in Damascus sealed off the Dahiyet al-Assad district.", without_hand_places)
    assert found["Dahiyet al-Assad"] == DAHIYAT_BY_DAMASCUS


def test_a_name_with_no_quarter_noun_is_left(without_hand_places: Gazetteer) -> None:
    found = places("Shells hit Aleppo on Monday. Later, buses left Dahiyet al-Assad for Idlib.", without_hand_places)
    assert found.get("Dahiyet al-Assad") != "place/local/dahiyet-al-assad"


def test_quarter_noun_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [QUARTER_NOUN.match(text, 2) for text in QUARTER_NOUN27_TEXTS] == [None] * 4


@pytest.mark.parametrize(
    ("tail", "matched"),
    [
        (" district", True),
        (" and other neighbourhoods", True),
        (" districts of Homs", True),
        (" is a district", False),
        (" and other towns", False),
    ],
)
def test_quarter_noun_reads(tail: str, matched: bool) -> None:
    assert bool(QUARTER_NOUN.match("Aa" + tail, 2)) is matched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mortars hit the largely Druze-populated Hayy Wardani neighbourhood on Monday.", "Hayy Wardani"),
        ("Shells fell on the Kurdish-majority Zarqawiyeh district overnight.", "Zarqawiyeh"),
        ("Snipers fired into the regime-held Qarabees neighbourhood.", "Qarabees"),
    ],
)
def test_a_quarter_named_after_who_lives_in_or_holds_it(text: str, name: str, gazetteer: Gazetteer) -> None:
    """A people's or a party's compound before a name and its kind: the name alone is an unlisted quarter."""
    assert places(text, gazetteer)[name] == f"place/local/{name.lower().replace(' ', '-')}"


def test_a_compound_before_a_group_mints_no_place(gazetteer: Gazetteer) -> None:
    """A compound before a name with no kind of place after it names a body, not a quarter."""
    found = places("The Kurdish-led Popular Protection Units said on Monday they repelled an attack.", gazetteer)
    assert not any(k.startswith("place/local/") for k in found.values())


def test_held_quarter_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [PLACE_BEFORE.findall(text) for text in HELD_QUARTER27_TEXTS] == [[]] * 4


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Government troops stormed rebel-held Tall Wardani in Homs on Monday.", "Tall Wardani"),
        ("Warplanes struck IS-controlled Zarqawiyeh, the monitor said.", "Zarqawiyeh"),
        ("Aid reached government-besieged Kafr Tulul after months.", "Kafr Tulul"),
    ],
)
def test_a_name_after_who_holds_it_is_a_place(text: str, name: str, gazetteer: Gazetteer) -> None:
    """A name right after a compound of its holder, ended by a stop or a word of grammar, is an unlisted place."""
    assert places(text, gazetteer)[name] == f"place/local/{name.lower().replace(' ', '-')}"


@pytest.mark.parametrize(
    "text",
    [
        "Villages lie north of the government-held Mediterranean port city on the coast.",
        "The Turkish-backed Hamza Division said it repelled an attack.",
        "Fighters from the rebel-held East were evacuated on Monday.",
    ],
)
def test_a_compound_before_an_adjective_or_a_longer_name_mints_no_place(text: str, gazetteer: Gazetteer) -> None:
    assert not any(k.startswith("place/local/") for k in places(text, gazetteer).values())


def test_a_capitalised_word_after_the_name_may_go_on_it(gazetteer: Gazetteer) -> None:
    found = places("Doctors at the rebel-held Wardani Hospital said ten were hurt.", gazetteer)
    assert "place/local/wardani" not in found.values()


def test_held_name_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [[m.group() for m in HELD_NAME.finditer(text)] for text in HELD_NAME27_TEXTS] == [[], [], ["a-held Bb"], []]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents fled through Zarqawiyeh area on Monday.", "Zarqawiyeh"),
        ("Snipers fired across Tall Wardani district overnight.", "Tall Wardani"),
        ("Clashes went on inside Qarabees neighbourhood for hours.", "Qarabees"),
    ],
)
def test_a_name_and_its_kind_after_a_preposition_of_passing(text: str, name: str, gazetteer: Gazetteer) -> None:
    """ "through", "across", "inside", "around" lead a name and its kind as "in" and "into" do."""
    assert places(text, gazetteer)[name] == f"place/local/{name.lower().replace(' ', '-')}"


def test_a_group_after_a_preposition_of_passing_is_no_place(gazetteer: Gazetteer) -> None:
    found = places("The convoy passed through Jaish al-Islam area without incident.", gazetteer)
    assert not any(k.startswith("place/local/") for k in found.values())


def test_passing_prepositions_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [PLACE_BEFORE.findall(text) for text in PASSING27_TEXTS] == [[]] * 4
