"""Thirty-first session (helper probe31): common phrasings of war reporting, probed with sentences written for the
tests (not taken from the corpus)."""

from __future__ import annotations

from bench.adversarial import _HANDED_OVER, HANDED31_TEXTS, searched
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """Each engagement's type, attacker slugs and place slugs."""
    x = extract(Article("test", "t", text), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1].rsplit("-", 1)[0] for k in e.places])
        for e in x.engagements
    ]


# --- a place handed over with "over" first or its kind before its name ---


def test_handed_over_a_town_by_name(gazetteer: Gazetteer) -> None:
    told = _told("Rebels handed over Rastan to government forces on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["syrian-rebels"], ["al-rastan"])]


def test_handed_the_town_of_a_place_over(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State handed the town of Tabqa over to the SDF on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["islamic-state"], ["tabqa"])]


def test_handed_over_the_town_of_a_place(gazetteer: Gazetteer) -> None:
    told = _told("Rebels handed over the town of Rastan to government forces on Monday.", gazetteer)
    assert told == [("non-violent-transfer-of-territory", ["syrian-rebels"], ["al-rastan"])]


def test_prisoners_or_weapons_handed_over_are_no_ground(gazetteer: Gazetteer) -> None:
    assert _told("The SDF handed over Islamic State suspects to Iraq on Monday.", gazetteer) == []
    assert _told("The rebels handed over their heavy weapons to the army in Rastan on Monday.", gazetteer) == []
    # and the place handed over in the same words is still read
    told = _told("The rebels handed over Rastan to the army on Monday.", gazetteer)
    assert [t[0] for t in told] == ["non-violent-transfer-of-territory"]


def test_handed_over_adversarial_inputs() -> None:
    assert [searched(_HANDED_OVER)(t) for t in HANDED31_TEXTS] == [None, None, None, "handed Rastan over to", None]
