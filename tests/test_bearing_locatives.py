"""A bearing before "of" locates a place as "near" does ("northwest of Mourek";
`name_matcher._OF_PLACES`; twenty-first session, helper outplace7). Texts written for
the tests."""

from __future__ import annotations

import pytest

from loaders.aliases import fold
from loaders.gazetteer import Gazetteer
from loaders.name_matcher import _OF_PLACES
from tests.extracted_places import places


@pytest.mark.parametrize("bearing", ["northwest of", "south-east of", "10 km southwest of"])
def test_a_respelt_town_after_a_bearing_is_linked(gazetteer: Gazetteer, bearing: str) -> None:
    assert places(f"Shells fell on a farm {bearing} Mourek.", gazetteer).get("Mourek") == "place/murak-1310188781"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired from a hill southwest of Omar's farm.",
        "The jets flew north-east of Rami Abdulrahman's office.",
        "Clashes raged north of Russia's base.",
        "Troops advanced southwest of the checkpoint and Sarin gas was found.",
        "Northwest of Nowhere is a novel he wrote.",
    ],
)
def test_a_bearing_before_no_place_makes_none(gazetteer: Gazetteer, text: str) -> None:
    found = places(text, gazetteer)
    assert not any(key.startswith("place/local/") or key == "place/murak-1310188781" for key in found.values())


def test_every_bearing_is_a_noun_after_which_of_names_a_place() -> None:
    assert {fold(w) for w in ("northwest", "southwest", "east")} <= _OF_PLACES
