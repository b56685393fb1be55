"""Thirty-third session (helper gaps33): misreadings found by written probes. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import FEAR33_TEXTS, NEARBY33_TEXTS, OTHER33_TEXTS, SEPARATE33_TEXTS, _matched, searched
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.similar_attacks import _OTHER_STRIKES
from loaders.spoken_of import _FEAR_VERB
from loaders.story_turns import _SEPARATE
from loaders.tolls_after import _HIT_AT
from tests.probed_news import told_with_attackers as _told

# --- "A monitor who fears reprisals said air strikes hit Saraqib": the speaker's fear, the strikes told ---


def test_a_speakers_fear_leaves_the_event_he_reports(gazetteer: Gazetteer) -> None:
    text = "A monitor who fears reprisals said air strikes hit Saraqib on Monday."
    assert [t for t, _, _ in _told(text, gazetteer)] == ["air-strike"]


def test_speakers_who_fear_arrest_leave_the_clashes_they_report(gazetteer: Gazetteer) -> None:
    text = "Activists who fear arrest said clashes broke out in Harasta on Tuesday."
    assert [(t, p) for t, p, _ in _told(text, gazetteer)] == [("armed-clash", ["harasta-1125968475"])]


def test_a_feared_offensive_is_still_not_told(gazetteer: Gazetteer) -> None:
    text = "Rebels attacked an army post in Harasta on Monday. Residents fear a new offensive on Idlib."
    found = _told(text, gazetteer)
    assert [(t, p) for t, p, _ in found] == [("armed-clash", ["harasta-1125968475"])]


def test_fear_verb_reads_the_adversarial_inputs() -> None:
    assert [searched(_FEAR_VERB)(t) for t in FEAR33_TEXTS][:3] == [None, None, None]
    assert searched(_FEAR_VERB)("who fears reprisals said ") is None
    assert searched(_FEAR_VERB)("residents fear a new ") == "fear a new "


# --- "Separately, a suicide bomber blew himself up": another story, not the jets' ---

_JETS = "Government jets bombed Khan Sheikhun on Monday. "


def test_separately_takes_no_subject_from_the_story_before(gazetteer: Gazetteer) -> None:
    text = _JETS + "Separately, a suicide bomber blew himself up at a checkpoint in Idlib on Tuesday."
    found = _told(text, gazetteer)
    assert ("suicide-bombing", ["idlib-890432567"], []) in found
    assert found[0][0] == "air-strike" and "syrian-arab-air-force" in found[0][2]


def test_in_a_separate_attack_takes_no_subject_from_the_story_before(gazetteer: Gazetteer) -> None:
    text = "Russian warplanes struck Douma on Tuesday. In a separate attack, a car bomb exploded in Azaz on Tuesday."
    found = _told(text, gazetteer)
    assert ("remote-explosive", ["azaz-890449873"], []) in found
    assert found[0][0] == "air-strike" and "russia" in found[0][2]


def test_separately_with_a_pronoun_keeps_the_subject(gazetteer: Gazetteer) -> None:
    text = "Islamic State fighters attacked Kobane on Friday. Separately, they also attacked the town of Tal Abyad."
    found = _told(text, gazetteer)
    assert ("armed-clash", ["kobani-1360282145"], ["islamic-state"]) in found
    assert ("armed-clash", ["tell-abyad-1310429531"], ["islamic-state"]) in found


def test_separate_reads_the_adversarial_inputs() -> None:
    assert [_matched(_SEPARATE)(t) is not None for t in SEPARATE33_TEXTS] == [True, True, True, True]
    assert _matched(_SEPARATE)("Separately, they attacked") is None
    assert _matched(_SEPARATE)("Separate talks") is None


# --- "Other strikes hit Darat Izza": more of the bombardment just told ---

_SARAQIB = "Air strikes hit Saraqib on Monday, killing five civilians. "


def test_other_strikes_are_more_of_the_bombardment_told(gazetteer: Gazetteer) -> None:
    found = _told(_SARAQIB + "Other strikes hit Darat Izza, killing two.", gazetteer)
    assert [(t, p) for t, p, _ in found] == [
        ("air-strike", ["saraqib-890449833"]),
        ("air-strike", ["darat-izza-421176103"]),
    ]


def test_further_raids_are_more_of_the_bombardment_told(gazetteer: Gazetteer) -> None:
    found = _told(_SARAQIB + "Further raids targeted Kafr Nabl, wounding three.", gazetteer)
    assert ("air-strike", ["kafr-nabl-890449847"], []) in found


def test_other_raids_with_a_doer_of_their_own_keep_their_kind(gazetteer: Gazetteer) -> None:
    text = "Government shelling hit Saraqib on Monday, killing five. Other rebel raids hit Darat Izza, killing two."
    found = _told(text, gazetteer)
    assert ("shelling", ["saraqib-890449833"], ["baathist-syria"]) in found
    assert ("armed-clash", ["darat-izza-421176103"], ["syrian-rebels"]) in found


def test_other_strikes_reads_the_adversarial_inputs() -> None:
    assert [searched(_OTHER_STRIKES)(t) for t in OTHER33_TEXTS] == [", other ", "and more ", None, None]
    assert searched(_OTHER_STRIKES)("there were no other ") is None


# --- "A second hospital was hit in the nearby town of Maarat al-Numan": a site hit at a place named ---


def test_a_site_hit_in_the_nearby_town_of_a_place_is_a_strike_there(gazetteer: Gazetteer) -> None:
    text = "Air strikes hit a hospital in Saraqib on Monday, killing five people. "
    found = _told(text + "A second hospital was hit in the nearby town of Maarat al-Numan, killing two.", gazetteer)
    assert [(t, p) for t, p, _ in found] == [
        ("air-strike", ["saraqib-890449833"]),
        ("air-strike", ["maarrat-al-numan-421190421"]),
    ]


def test_a_site_hit_in_nearby_place_is_a_strike_there(gazetteer: Gazetteer) -> None:
    found = _told("A school was hit in nearby Kafr Nabl on Tuesday.", gazetteer)
    assert [(t, p) for t, p, _ in found] == [("air-strike", ["kafr-nabl-890449847"])]


def test_hit_in_the_nearby_fighting_is_no_strike(gazetteer: Gazetteer) -> None:
    text = "Rebels attacked Saraqib on Monday. The town was hit in the nearby fighting on Tuesday, residents said."
    found = _told(text, gazetteer)
    assert ("armed-clash", ["saraqib-890449833"], ["syrian-rebels"]) in found
    assert all(t == "armed-clash" for t, _, _ in found)  # the fighting is told, no site hit from the air


def test_nearby_hit_reads_the_adversarial_inputs() -> None:
    assert [searched(_HIT_AT)(t) for t in NEARBY33_TEXTS] == [None, None, None, "Was Hit In"]
    assert [len(trigger_matches(t)) for t in NEARBY33_TEXTS][:3] == [0, 0, 0]
    assert searched(_HIT_AT)("were hit in the nearby town of Kafr") == "were hit in"
