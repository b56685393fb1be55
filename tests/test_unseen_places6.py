"""Place readings from the pooled readings of unseen FA-KES articles for places (nineteenth session, helper places6;
docs/extraction.md, "Mentions"). Every text is made up for the test."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import mention_keys as mentions

SALMA = "place/salma-1209327423"  # the tables' one Salma (a resort town of Latakia's mountains)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Twelve fighters of the Islamic State in Iraq and Levant died near Palmyra.",
            "Islamic State in Iraq and Levant",
        ),
        (
            "Militants of the so-called Islamic State of Iraq and Levant group shelled Kobani.",
            "Islamic State of Iraq and Levant",
        ),
    ],
)
def test_a_name_without_its_inner_article_is_the_body(text: str, name: str, gazetteer: Gazetteer) -> None:
    """ "the Levant" written "Levant" inside the group's name: the territories it names are no places of the story."""
    assert mentions(text, gazetteer, "actor").get(name) == "actor/islamic-state"
    found = mentions(text, gazetteer, "place")
    assert "Iraq" not in found
    assert "Levant" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Government jets struck the town of Salma on Tuesday.",
        "Rebels said they had shelled army posts around the village of Salma overnight.",
    ],
)
def test_a_given_name_after_town_of_is_the_village(text: str, gazetteer: Gazetteer) -> None:
    """A word that is also a given name, after "the town of": the place of that name, as with its province named."""
    assert mentions(text, gazetteer, "place").get("Salma") == SALMA


@pytest.mark.parametrize(
    "text",
    [
        "Salma, a mother of three, said the shelling went on all night.",
        "The mother of Salma said the shelling went on all night.",
        "Relatives of Salma said she was wounded in the town.",
    ],
)
def test_a_given_name_elsewhere_stays_a_person(text: str, gazetteer: Gazetteer) -> None:
    """Without a settlement's noun before "of", the given name is a person, not the village."""
    assert "Salma" not in mentions(text, gazetteer, "place")
