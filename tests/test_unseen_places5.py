"""Place readings from the fifth reading of unseen FA-KES articles for places (nineteenth session, helper outplace5;
docs/extraction.md, "Mentions")."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracted_places import places

from graph.leave_out import write_reference_without
from loaders.gazetteer import REFERENCE_DIR, Gazetteer
from loaders.reference_tables import read_tables

BALAD = "place/balad-890449815"  # the town of Iraq the tables list as "Balad"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel shells fell on Tafas al-Balad in Daraa province on Monday.",
        "Shelling hit Jasim al-Balad and Nawa in the Daraa countryside.",
        "The Egyptian website Sada al-Balad and other outlets reported that six officers arrived.",
    ],
)
def test_an_article_word_after_a_name_is_no_town_abroad(text: str, gazetteer: Gazetteer) -> None:
    """An "al-Balad" glued to the name before it says which part of that town (or ends an outlet's name)."""
    assert BALAD not in places(text, gazetteer).values()


@pytest.fixture(scope="module")
def without_hand_places(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The gazetteer with the hand-added Syrian places (Daraa al-Balad among them) left out."""
    tables = tmp_path_factory.mktemp("lhpo") / "reference"
    write_reference_without("hand-places", Path(REFERENCE_DIR), tables)
    return Gazetteer(*read_tables(tables))


def test_the_town_proper_of_a_city_unlisted(without_hand_places: Gazetteer) -> None:
    """A "Daraa al-Balad" with no table listing it: the city's own part (Daraa is a title word), not a town of Iraq."""
    found = places("Clashes broke out in Daraa al-Balad between the army and the rebels.", without_hand_places)
    assert BALAD not in found.values()


def test_a_town_abroad_named_alone_is_still_linked(gazetteer: Gazetteer) -> None:
    """The rule reads only the article word glued to a name; alone, the town abroad is kept."""
    assert places("Iraqi troops advanced on al-Balad north of Baghdad on Monday.", gazetteer).get("al-Balad") == BALAD


def test_two_kinds_of_place_head_one_list(gazetteer: Gazetteer) -> None:
    """A comma-less list after two kinds joined by "and" ("villages and hilltops including") is split into names."""
    found = places(
        "The army said four villages and hilltops including Beit Khadour Kinsabba and Salma had been retaken in "
        "Latakia province.",
        gazetteer,
    )
    assert found.get("Beit Khadour") == "place/bayt-khadur-1343770953"


def test_a_word_that_opens_names_is_no_place_alone(gazetteer: Gazetteer) -> None:
    """A "Tel" where the run stops at a word it cannot read ("alKhadar") names no place of its own."""
    found = places(
        "The army said villages including Beit Khadour Tel alKhadar and Jabal al Rahmaliya had been retaken in "
        "Latakia province.",
        gazetteer,
    )
    assert "Tel" not in found


def test_a_list_before_its_plural_noun_after_of(gazetteer: Gazetteer) -> None:
    """A comma-less list before its plural noun after "of" ("control of X and Y areas") is places."""
    found = places(
        "Army units took control of al-Rawabi and al-Tilal al-Hamra areas east of Palmyra in Homs province.", gazetteer
    )
    assert found.get("al-Rawabi") == "place/local/al-rawabi"
    assert found.get("al-Tilal al-Hamra") == "place/local/al-tilal-al-hamra"
