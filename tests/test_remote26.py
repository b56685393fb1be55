"""Engagements of the air, of shelling and of chemical weapons that the rules missed (twenty-sixth session, helper
remote26; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import pytest

from bench.adversarial import BLAMED26_TEXTS
from loaders.blamed_after import _BLAMED_ON, _RELATIVE_ON_NOUN, _RESPONSIBLE
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

ARMY = "actor/syrian-arab-army"


def engagements(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(type, attackers, targets) of the engagements extracted from one made-up article."""
    found = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.attackers, e.targets) for e in found.engagements]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday a chemical attack blamed on government forces killed 20 people in Douma.",
        "Rescuers filmed the gas attack in Douma on Monday which the rebels said the Syrian army was responsible for.",
        "Doctors treated dozens after a chemical attack on Douma on Monday that was widely blamed on the Syrian army.",
    ],
)
def test_the_side_blamed_after_the_engagement_is_its_attacker(text: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert [e[0] for e in found] == ["chemical-weapon"]
    assert ARMY in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the blame of another clause is not this engagement's
        "A chemical attack hit Douma on Monday, and the opposition blamed on Tuesday the shortages on the Syrian army.",
        # whoever is named after the blame but not right after "on" is not the one blamed
        "A gas attack in Douma on Monday was blamed on what the Syrian army called foreign agents.",
    ],
)
def test_no_side_is_blamed_beyond_the_blame(text: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert all(ARMY not in e[1] for e in found)


def test_the_blame_patterns_read_adversarial_text() -> None:
    # what each pattern makes of runs of its own words and of blanks; its speed is timed by make bench-patterns
    # no "on" after any "blamed": no blame read
    assert [_BLAMED_ON.match(t) for t in BLAMED26_TEXTS] == [None] * 6
    assert [bool(_RELATIVE_ON_NOUN.match(t)) for t in BLAMED26_TEXTS] == [False, False, True, False, False, False]
    assert [(m.start(), len(m.group())) if (m := _RESPONSIBLE.search(t)) else None for t in BLAMED26_TEXTS] == [
        None,
        None,
        None,
        (4943, 17),  # only the last "was responsible", at the text's end
        None,
        None,
    ]
