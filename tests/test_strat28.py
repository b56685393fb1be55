"""Twenty-eighth session (helper strat28): strategic developments and violence against civilians missed. Texts
written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import SHARE28_TEXTS, TOWNS28_TEXTS, TRUCE28_TEXTS, _group
from loaders.gazetteer import Gazetteer
from loaders.killed_told_before import _SHARE_OF_THE_DEAD
from loaders.sentence_mining import _THE_TOWNS
from loaders.truce_made import TRUCE_MADE
from tests.written import types_places as _found
from tests.written import written


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Government troops hold Nubl and Zahraa north of Aleppo. Rebels shelled the two towns on Sunday.",
            ("shelling", ("place/nubl-421178431", "place/az-zahra-1259969425")),
        ),
        (
            "Aid reached Madaya and Zabadani last week. Both towns have been besieged by government forces since 2015.",
            ("siege", ("place/madaya", "place/al-zabadani-890442377")),
        ),
    ],
)
def test_the_towns_are_those_named_together_before(gazetteer: Gazetteer, text: str, found: tuple) -> None:
    assert found in _found(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # provinces are no towns, and one town named is no "towns"
        "Rebels hold Idlib and Hama provinces. Warplanes pounded the towns on Sunday.",
        "Rebels hold Saraqib. Warplanes pounded the towns on Sunday.",
    ],
)
def test_the_towns_need_towns_named_together(gazetteer: Gazetteer, text: str) -> None:
    assert all(not places for _, places in _found(text, gazetteer))


def test_the_towns_pattern_reads_adversarial_text() -> None:
    assert [_group(_THE_TOWNS.search(t)) for t in TOWNS28_TEXTS] == [None, None, "the towns", None, None]


def _truces(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    x = written(text, gazetteer)
    return [(e.type, e.attackers, e.places) for e in x.engagements if e.type == "ceasefire"]


def test_a_unilateral_truce_is_made_by_its_side(gazetteer: Gazetteer) -> None:
    text = "Aid agencies said Russia's unilateral three-hour daily ceasefire in Aleppo was not enough."
    assert _truces(text, gazetteer) == [("ceasefire", ("actor/russia",), ("place/aleppo-421202163",))]


@pytest.mark.parametrize(
    "text",
    [
        # a truce only named, and a unilateral one only asked for
        "Aid agencies said the three-hour daily ceasefire in Aleppo was not enough.",
        "Aid agencies called for a unilateral ceasefire in Aleppo.",
    ],
)
def test_a_truce_only_named_or_asked_for_is_none(gazetteer: Gazetteer, text: str) -> None:
    assert _truces(text, gazetteer) == []


def test_the_truce_pattern_reads_adversarial_text() -> None:
    assert [_group(TRUCE_MADE.search(t)) for t in TRUCE28_TEXTS] == [
        "unilateral",
        "unilaterally",
        None,
        "truce between t",
        "unilateral",
    ]


_RAID = "Islamic State fighters attacked the village of Kobeiba near Deir Ezzor on Monday killing 40 people. "


def _killings(text: str, gazetteer: Gazetteer) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    x = written(text, gazetteer)
    return [(e.attackers, e.places) for e in x.engagements if e.type == "attack-on-civilians"]


def test_most_of_the_dead_executed_were_killed_by_the_attackers(gazetteer: Gazetteer) -> None:
    found = _killings(_RAID + "Most were beheaded after being captured.", gazetteer)
    assert found == [(("actor/islamic-state",), ("place/local/kobeiba", "place/deir-ez-zor-421202167"))]


@pytest.mark.parametrize(
    "text",
    [
        # a killing of its own, and a share of the dead that is no sentence's subject
        _RAID + "Gunmen later executed a shepherd in the area.",
        _RAID + "Residents said most were executed by unknown gunmen.",
    ],
)
def test_other_killings_are_not_lent_the_attackers(gazetteer: Gazetteer, text: str) -> None:
    assert _killings(text, gazetteer) == []


def test_the_share_pattern_reads_adversarial_text() -> None:
    assert [_group(_SHARE_OF_THE_DEAD.match(t)) for t in SHARE28_TEXTS] == [
        None,
        None,
        "many of them were ",
        "all were reportedly ",
        "most were" + " " * 4991,
    ]
