"""Places read by the thirty-seventh session's rules (helper places37): sentences written for these tests, never copied
from a corpus."""

from __future__ import annotations

import pytest
from written import mention_keys

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the spelling fits Biyanun, north of the city, and Banan, south-east of it: the bearing chooses
        ("Government rockets struck the village of Bayanoon, north of Aleppo, on Monday.", "place/biyanun-1327223323"),
        ("Government rockets struck the village of Bayanoon, south of Aleppo, on Monday.", "place/banan-1226132377"),
        # no bearing, no choice: the name stays a local place
        ("Government rockets struck the village of Bayanoon in Aleppo province on Monday.", "place/local/bayanoon"),
    ],
)
def test_a_bearing_from_a_town_chooses_among_the_namesakes_a_spelling_fits(
    gazetteer: Gazetteer, text: str, key: str
) -> None:
    assert mention_keys(text, gazetteer, "place")["Bayanoon"] == key
