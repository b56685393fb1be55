"""A run after a locative stops before a man's given name: "in Idlib, Ahmad Khalil in his report said" names the place,
then the speaker (`located_lists.before_a_person`): sentences written for these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Shells hit a house in Idlib, Ahmad Khalil in his report said.", "place/local/khalil"),
        ("Shells hit a house in Idlib, Ahmad Khalil in a statement said.", "place/local/ahmad"),
        ("Shells hit Kafr Nabl in Idlib, Ahmad Khalil in his report said.", "place/local/khalil"),
        ("Shells hit the villages of Kafr Ruma and Aayoj in Idlib, Nabil Marwan in Amman wrote.", "place/local/nabil"),
        (
            "Jets struck the villages of Kafr Ruma and Aayoj in Idlib, Mohammed Saleh in a statement said.",
            "place/local/saleh",
        ),
    ],
)
def test_no_place_of_a_speaker_after_a_located_place(gazetteer: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Jets struck in Idlib, Ariha and Saraqib on Monday.", {"place/ariha-1293760771", "place/saraqib-890449833"}),
        ("Shells hit in Douma, Harasta, Arbin on Monday.", {"place/harasta-1125968475", "place/irbin-1125967573"}),
        ("Jets targeted Rashid and Aayoj in the countryside of Raqqa.", {"place/local/rashid", "place/local/aayoj"}),
    ],
)
def test_a_list_of_places_after_a_located_place_is_read(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    assert keys <= place_keys(gazetteer, text)
