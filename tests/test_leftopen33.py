"""Misreadings earlier helpers found and left (thirty-third session, helper leftopen33): a denial further back than two
words (`loaders/denied_and_remarked.py`, `denied_doing`)."""

from __future__ import annotations

import pytest

from bench.adversarial import DENIAL33_TEXTS, _group, searched
from loaders.denied_and_remarked import _CARRIED_OUT, _DENIAL, _NOUN_AFTER_PREPOSITION, _TOLL_AFTER
from loaders.gazetteer import Gazetteer
from tests.probed_news import read_after_news

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
