"""Thirtieth session (helper neutral30): misreadings of general phrasings fixed. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import OBJECT_GAP30_TEXTS
from loaders.engagement_roles import _OBJECT_GAP
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


def _sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    x = extract(Article("test", "t", text), gazetteer)
    return [(e.type, e.attackers, e.targets) for e in x.engagements]


# --- "bombed Saraqib amid a government offensive": a phrase of circumstance ends the object ---


def test_a_side_after_amid_is_no_target(gazetteer: Gazetteer) -> None:
    found = _sides("Russian jets bombed Saraqib amid a government offensive.", gazetteer)
    assert [k for k, _, _ in found] == ["air-strike"]
    assert all(t == () for _, _, t in found)


def test_a_side_after_during_is_no_target(gazetteer: Gazetteer) -> None:
    found = _sides("Syrian warplanes struck Douma during a rebel counter-attack on Monday.", gazetteer)
    assert [k for k, _, _ in found] == ["air-strike"]
    assert all("actor/syrian-rebels" not in t for _, _, t in found)


def test_the_object_before_the_circumstance_is_kept(gazetteer: Gazetteer) -> None:
    found = _sides("Russian jets bombed rebel positions in Kafr Nabl amid a government offensive.", gazetteer)
    assert [(k, t) for k, _, t in found] == [("air-strike", ("actor/syrian-rebels",))]


def test_an_object_with_a_preposition_is_kept(gazetteer: Gazetteer) -> None:
    found = _sides("Syrian warplanes carried out strikes on Islamic State fighters near Palmyra.", gazetteer)
    assert any("actor/islamic-state" in t for _, _, t in found)


def test_object_gap_stops_at_circumstance_words() -> None:
    assert _OBJECT_GAP.fullmatch(" rebel ")
    assert _OBJECT_GAP.fullmatch(" heavy strikes on the ")
    assert not _OBJECT_GAP.fullmatch(" Saraqib amid a ")
    assert not _OBJECT_GAP.fullmatch(" the town during a ")
    assert not _OBJECT_GAP.fullmatch(" the town despite ")


def test_object_gap_adversarial_inputs_end() -> None:
    assert [bool(_OBJECT_GAP.fullmatch(t)) for t in OBJECT_GAP30_TEXTS] == [False] * 5
