"""Twenty-seventh session (helper taken27): two events of one sentence read as one. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import TAKEN27_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

_ARMY = ("actor/syrian-arab-army",)


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    x = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.attackers, e.places) for e in x.engagements]


# --- ground recovered: "recovered some lost ground" ---


def test_ground_recovered_is_ground_retaken(gazetteer: Gazetteer) -> None:
    text = "Government forces launched a counter attack and recovered some lost ground near Palmyra on Sunday."
    assert _told(text, gazetteer) == [("government-regains-territory", _ARMY, ("place/palmyra-421197935",))]


def test_bodies_recovered_are_no_ground(gazetteer: Gazetteer) -> None:
    assert _told("Rescuers recovered the bodies of 12 people near Palmyra on Sunday.", gazetteer) == []
    assert _told("Troops recovered weapons and ammunition near Palmyra on Sunday.", gazetteer) == []


# --- adversarial text: the same inputs make bench-patterns times ---


def test_the_new_patterns_read_adversarial_text() -> None:
    assert [len(trigger_matches(t)) for t in TAKEN27_TEXTS] == [0] * 7
