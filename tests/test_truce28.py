"""Twenty-eighth session (helper truce28): a siege told by the number it traps once the way in is shut. Texts written
for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import TRAPPED28_TEXTS, _group
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.trapped_people import _SUBJECT_GAP, _WAY_SHUT, TRAPPING
from tests.written import written


def _sieges(text: str, gazetteer: Gazetteer) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    x = written(text, gazetteer)
    return [(e.places, e.attackers) for e in x.engagements if e.type == "siege"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Government forces have sealed the last road into rebel-held districts of Aleppo, effectively trapping an "
            "estimated 250,000 civilians.",
            (("place/aleppo-421202163",), ("actor/syrian-arab-army",)),
        ),
        (
            "Islamic State fighters cut the road to Deir Ezzor on Monday, trapping about 100,000 people in the city.",
            (("place/deir-ez-zor-421202167",), ("actor/islamic-state",)),
        ),
    ],
)
def test_a_count_trapped_after_the_way_in_is_shut_is_a_siege(gazetteer: Gazetteer, text: str, found: tuple) -> None:
    assert _sieges(text, gazetteer) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # a count trapped by fighting, no road shut: no siege
        "Fighting in Aleppo intensified on Monday, trapping 5,000 civilians.",
        # people trapped under rubble, no count
        "An air strike on Aleppo sealed the road and brought down a building, trapping families under the rubble.",
    ],
)
def test_people_trapped_otherwise_are_no_siege(gazetteer: Gazetteer, text: str) -> None:
    assert _sieges(text, gazetteer) == []


def test_the_trapping_patterns_read_adversarial_text() -> None:
    assert [_group(TRAPPING.search(t)) for t in TRAPPED28_TEXTS] == [None] * 7 + ["trapping", None, None]
    assert [_group(_SUBJECT_GAP.match(t)) is not None for t in TRAPPED28_TEXTS] == [False] * 6 + [True] + [False] * 3
    assert [_group(_WAY_SHUT.search(t)) for t in TRAPPED28_TEXTS] == [None] * 9 + ["cut " * 6 + "roads"]
    assert [len(trigger_matches(t)) for t in TRAPPED28_TEXTS] == [0] * 7 + [150, 0, 6]
