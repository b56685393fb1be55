"""Misreadings earlier helpers left (thirty-third session, leftopen33): denials, attacks pushed back, soldiers."""

from __future__ import annotations

import pytest

from bench.adversarial import ARMY_ATTACK33_TEXTS, DENIAL33_TEXTS, PUSHBACK33_TEXTS, SOLDIERS33_TEXTS, _group, searched
from loaders.actor_references import _SOLDIERS_BEFORE, _THE_ARMY
from loaders.denied_and_remarked import _CARRIED_OUT, _DENIAL, _NOUN_AFTER_PREPOSITION, _TOLL_AFTER
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.repelled_attacks import _REPELLED, TRIED_TO_REPEL
from tests.probed_news import read_after_news
from tests.written import side_slugs as _sides

SARAQIB = ("air-strike", ["saraqib"])

# --- a denial reaches the act past a "that" clause's subject or a gerund ---


@pytest.mark.parametrize(
    "probe",
    [
        "Rebels denied that they had shelled any homes in Aleppo.",
        "The army denied carrying out the air strike on Douma.",
        "Russia denied its jets had bombed the hospital in Idlib.",
        "Moscow has repeatedly denied that Russian warplanes struck civilian targets in Idlib.",
        "Turkey denied that its troops had shelled Kurdish positions near Afrin.",
        "The army denied that rebels had captured the town of Morek.",
    ],
)
def test_a_denied_act_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB]


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # a clause of its own after the denial reports an act
        ("Russia denied the report and said its jets struck IS positions in Raqqa.", ("air-strike", ["raqqa"])),
        ("Russia denied targeting civilians, saying its jets struck IS positions in Raqqa.", ("air-strike", ["raqqa"])),
        # a denial undergone is no denial of an act
        ("Aid convoys were denied access to Madaya, where government forces shelled homes.", ("shelling", ["madaya"])),
        # a toll told after it: the attack happened, whoever did it
        (
            "The regime denied carrying out the chemical attack on Khan Sheikhoun that killed 80 people.",
            ("chemical-weapon", ["khan-shaykhun"]),
        ),
    ],
)
def test_an_act_told_beside_a_denial_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


def test_denial_adversarial_inputs() -> None:
    for pattern in (_DENIAL, _CARRIED_OUT, _NOUN_AFTER_PREPOSITION):
        assert [searched(pattern)(t) for t in DENIAL33_TEXTS] == [None] * 6
    assert [_group(_TOLL_AFTER.match(t)) for t in DENIAL33_TEXTS] == [None] * 6


# --- an attack pushed or driven back: its owner attacked, who stopped it was attacked ---


@pytest.mark.parametrize(
    "text",
    [
        "Rebels succeeded in pushing back a government attack on Hama.",
        "Rebels managed to push back a government attack on Hama.",
        "Rebels pushed back a government attack on Hama.",
        "Rebels drove back a government offensive on Hama.",
    ],
)
def test_an_attack_pushed_back_keeps_both_sides(text: str, gazetteer: Gazetteer) -> None:
    assert _sides(text, gazetteer) == [("armed-clash", ["baathist-syria"], ["syrian-rebels"])]


# --- "an army attack": the article's army owns it, as "an army assault" ---


@pytest.mark.parametrize(
    "text",
    [
        "Rebels succeeded in pushing back an army attack on Hama.",
        "Rebels repelled an army attack on Hama.",
        "An army attack on Hama killed 12 rebels.",
    ],
)
def test_an_army_attack_is_the_armys(text: str, gazetteer: Gazetteer) -> None:
    assert _sides(text, gazetteer) == [("armed-clash", ["syrian-arab-army"], ["syrian-rebels"])]


def test_a_named_armys_attack_stays_its_own(gazetteer: Gazetteer) -> None:
    told = _sides("The Free Syrian Army attack on Hama killed 12 soldiers.", gazetteer)
    assert told == [("armed-clash", ["free-syrian-army"], [])]


def test_army_attack_adversarial_inputs() -> None:
    assert [len(_THE_ARMY.findall(t)) for t in ARMY_ATTACK33_TEXTS] == [0, 333, 0, 0]


def test_ground_pushed_back_is_still_taken(gazetteer: Gazetteer) -> None:
    # people pushed back from a place: ground taken, as before
    told = read_after_news("Kurdish fighters pushed Islamic State militants back from Kobani.", gazetteer)
    assert told == [SARAQIB, ("non-state-actor-overtakes-territory", ["kobani"])]


def test_an_attack_vowed_to_be_pushed_back_is_none(gazetteer: Gazetteer) -> None:
    assert read_after_news("Rebels vowed to push back any government attack on Hama.", gazetteer) == [SARAQIB]


def test_pushed_back_adversarial_inputs() -> None:
    assert [len(_REPELLED.findall(t)) for t in PUSHBACK33_TEXTS] == [0, 0, 161, 0]
    assert [len(TRIED_TO_REPEL.findall(t)) for t in PUSHBACK33_TEXTS] == [0, 0, 161, 0]
    assert [len(trigger_matches(t)) for t in PUSHBACK33_TEXTS] == [208, 0, 322, 0]


# --- bare "soldiers": the army the article named before, never one it did not name ---

ARMY_NAMED = "The Syrian army lost ground in Homs province on Sunday. "


def test_soldiers_are_the_army_the_article_named(gazetteer: Gazetteer) -> None:
    told = _sides(ARMY_NAMED + "Rebels killed 12 soldiers in Homs on Monday.", gazetteer)
    assert ("armed-clash", ["syrian-rebels"], ["syrian-arab-army"]) in told


@pytest.mark.parametrize(
    "text",
    [
        # no army named: no side from knowledge of the war
        "Rebels killed 12 soldiers in Homs on Monday.",
        # a word says whose or what kind
        ARMY_NAMED + "Rebels killed 12 rebel soldiers in Homs on Monday.",
    ],
)
def test_soldiers_no_army_names_stay_sideless(text: str, gazetteer: Gazetteer) -> None:
    told = _sides(text, gazetteer)
    assert ("armed-clash", ["syrian-rebels"], []) in told
    assert all("syrian-arab-army" not in targets for _, _, targets in told)


def test_soldiers_of_a_named_group_are_its_own(gazetteer: Gazetteer) -> None:
    told = _sides(ARMY_NAMED + "IS militants killed 12 soldiers of the Free Syrian Army near Palmyra.", gazetteer)
    assert ("armed-clash", ["islamic-state"], ["free-syrian-army"]) in told


def test_soldiers_adversarial_inputs() -> None:
    # (blanks alone end at the text's start, as a sentence opening on "Soldiers")
    assert [searched(_SOLDIERS_BEFORE)(t) is not None for t in SOLDIERS33_TEXTS] == [False, False, False, True]
    assert [len(_THE_ARMY.findall(t)) for t in SOLDIERS33_TEXTS] == [416, 0, 0, 0]
