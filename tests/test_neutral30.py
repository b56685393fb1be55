"""Thirtieth session (helper neutral30): misreadings of general phrasings fixed. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import OBJECT_GAP30_TEXTS, PULLED_OUT30_TEXTS, RELATIVE30_TEXTS
from loaders.engagement_roles import _OBJECT_GAP
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _OWN_VERB_FIRST, _RELATIVE_GAP
from tests.written import types as _types
from tests.written import types_sides as _sides

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


# --- "The SDF which mostly consists of Kurdish fighters launched": a side closing such a clause is no doer ---


def test_a_side_the_group_consists_of_is_no_attacker(gazetteer: Gazetteer) -> None:
    text = "The SDF which mostly consists of Kurdish fighters launched an offensive on Raqqa."
    assert [a for _, a, _ in _sides(text, gazetteer)] == [("actor/syrian-democratic-forces",)]


def test_a_side_fought_in_the_clause_is_no_doer(gazetteer: Gazetteer) -> None:
    found = _sides("The Syrian army which has been fighting the rebels shelled Douma on Monday.", gazetteer)
    assert ("shelling", ("actor/syrian-arab-army",), ()) in found
    assert all(a != ("actor/syrian-rebels",) for _, a, _ in found)


def test_a_passive_clause_names_no_doer(gazetteer: Gazetteer) -> None:
    found = _sides("Rebels who had been besieged by the army attacked a checkpoint in Homs.", gazetteer)
    assert [a for _, a, _ in found] == [("actor/syrian-rebels",)]


def test_the_clause_with_its_own_subject_still_yields_the_main_subject(gazetteer: Gazetteer) -> None:
    found = _sides("The army which rebels attacked shelled Douma on Monday.", gazetteer)
    assert [(k, a) for k, a, _ in found] == [("shelling", ("actor/syrian-arab-army",))]


def test_a_side_right_before_the_trigger_still_acts(gazetteer: Gazetteer) -> None:
    found = _sides("Residents said the Islamic State attacked Kurdish positions near Kobani.", gazetteer)
    assert any("actor/islamic-state" in a for _, a, _ in found)


def test_own_verb_first_reads_the_pronoun_as_subject() -> None:
    assert _OWN_VERB_FIRST.match(" which mostly consists of")
    assert _OWN_VERB_FIRST.match(" fighters who were besieged")
    assert not _OWN_VERB_FIRST.match(" which rebels attacked")
    assert _RELATIVE_GAP.search(" which is made up of Kurdish and Arab fighters")


def test_relative_adversarial_inputs_end() -> None:
    assert [bool(_OWN_VERB_FIRST.match(t)) for t in RELATIVE30_TEXTS] == [False, False, False, True, False]


# --- "the rebels pulled out of the peace talks in Geneva": leaving a pact or a meeting hands over no ground ---


def test_pulling_out_of_talks_is_no_transfer(gazetteer: Gazetteer) -> None:
    assert _types("The rebels pulled out of the peace talks in Geneva on Friday.", gazetteer) == []


def test_pulling_out_of_a_meeting_is_no_transfer(gazetteer: Gazetteer) -> None:
    assert _types("The rebels pulled out of the meeting in Geneva on Monday.", gazetteer) == []


def test_pulling_out_of_a_deal_is_no_transfer(gazetteer: Gazetteer) -> None:
    assert _types("The rebels pulled out of the ceasefire deal in Idlib on Monday.", gazetteer) == []


def test_pulling_out_of_a_town_is_still_a_transfer(gazetteer: Gazetteer) -> None:
    text = "Islamic State fighters pulled out of Palmyra on Sunday."
    assert _types(text, gazetteer) == ["non-violent-transfer-of-territory"]


def test_pulling_out_of_a_council_building_is_still_a_transfer(gazetteer: Gazetteer) -> None:
    text = "Rebels pulled out of the council building in Aleppo on Sunday."
    assert _types(text, gazetteer) == ["non-violent-transfer-of-territory"]


def test_pulled_out_adversarial_inputs_end() -> None:
    # the guard reaches two words on at most, so a pact noun after a run of words is read no further
    assert [len(trigger_matches(t)) > 0 for t in PULLED_OUT30_TEXTS[:3]] == [True, True, True]
