"""A bombing whose object is a town or a province is a bombardment, not a planted bomb (seventeenth session,
`loaders/bombed_places.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "bombarded",
    [
        "The bombing that targeted Raqqa yesterday killed 20 civilians.",
        "The bombing of Aleppo went on for a third day killing ten.",
        "Residents fled the bombing on the city of Homs on Monday.",
    ],
)
def test_a_town_as_the_object_of_a_bombing_is_bombarded(bombarded: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(bombarded, gazetteer)] == ["air-strike"]
    # a bombing in a town, or of a bus, is still a bomb that went off there
    assert [d.type for d in detect("A bombing in Raqqa killed 20 civilians on Monday.", gazetteer)] == [
        "remote-explosive"
    ]
    assert [d.type for d in detect("The bombing of a bus in Homs killed 20 on Monday.", gazetteer)] == [
        "remote-explosive"
    ]
