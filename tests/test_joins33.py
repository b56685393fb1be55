"""Thirty-third session (helper joins33): one event told twice, or two events told as one. Texts written for the
tests."""

from __future__ import annotations

from datetime import date

from bench.adversarial import DEED33_TEXTS, _matched
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.spots_added import _DEED


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of a made-up article dated 12 June 2017."""
    body = "A report\n\n" + text
    found = extract(Article("test", "t", body, published=date(2017, 6, 12)), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.places], [k.split("/")[-1] for k in e.attackers])
        for e in found.engagements
    ]


# --- "The militants also attacked the nearby village of X": a deed of its own at a spot of its own ---

_AQARIB = "Islamic State militants stormed the village of Aqarib in Hama province on Wednesday, killing 52 people. "


def test_a_deed_told_with_also_at_a_village_of_its_own_is_another_attack(gazetteer: Gazetteer) -> None:
    told = _told(_AQARIB + "The militants also attacked the nearby village of Mabouja.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash", "armed-clash"]
    assert "mabouja" not in told[0][1] and told[1][1] == ["mabouja"]


def test_a_capture_told_with_also_at_a_nearby_village_is_another_capture(gazetteer: Gazetteer) -> None:
    text = (
        "Government forces captured the town of Khan Tuman on Monday after clashes with rebels. "
        "The army also seized the nearby hill of Tal Eis, state media said."
    )
    told = _told(text, gazetteer)
    assert [t for t, _, _ in told] == ["government-regains-territory"] * 2
    assert told[1][1] == ["tal-eis"]


def test_the_attack_also_hitting_a_school_still_retells_it(gazetteer: Gazetteer) -> None:
    # an event noun ("The attack"), not a deed: what the one attack also hit
    told = _told(_AQARIB + "The attack also destroyed a school in the village, the Observatory said.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_a_deed_told_with_also_in_the_same_village_still_retells_it(gazetteer: Gazetteer) -> None:
    told = _told(_AQARIB + "The militants also attacked Aqarib's school, the Observatory said.", gazetteer)
    assert [t for t, _, _ in told] == ["armed-clash"]


def test_the_deed_pattern_reads_adversarial_text() -> None:
    assert [_matched(_DEED)(t) for t in DEED33_TEXTS] == [None, "ed" * 2500, "attacked", "struck"]
    assert _matched(_DEED)("attack on the village") is None
