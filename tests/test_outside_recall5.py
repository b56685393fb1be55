"""Rules from a fifth recall sample: engagements read on FA-KES articles outside the gold set (nineteenth session,
helper outrecall5). The texts are written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import engagements

_engagements = partial(engagements, published=date(2017, 4, 8))


def _short(keys: tuple[str, ...]) -> list[str]:
    """Keys without their kind prefix."""
    return [k.split("/")[-1] for k in keys]


@pytest.mark.parametrize(
    "body",
    [
        # the doer named in a later sentence, described by what it does in general: it struck, the regime did not
        "An air strike killed 12 civilians in the town of Saraqib on Saturday. It said the strike was believed to have"
        " been carried out by Russian planes which operate in support of the Assad regime.",
        "Russian planes which operate in support of the Assad regime killed 12 civilians in an air strike on the town"
        " of Saraqib on Saturday.",
    ],
)
def test_a_force_described_as_fighting_for_a_side_is_the_doer(body: str, gazetteer: Gazetteer) -> None:
    (strike,) = _engagements(body, gazetteer)
    assert strike.type == "air-strike"
    assert "russian-aerospace-forces" in _short(strike.attackers)
    assert "baathist-syria" not in _short(strike.attackers)


def test_the_side_a_force_fights_for_is_not_the_doer(gazetteer: Gazetteer) -> None:
    # "who fight in support of the Syrian army": the army is whom they help, not who attacked
    body = (
        "Hezbollah fighters who fight in support of the Syrian army attacked rebel positions in the town of Qusayr"
        " on Sunday."
    )
    (clash,) = _engagements(body, gazetteer)
    assert "syrian-arab-army" not in _short(clash.attackers)


def test_a_similar_attack_is_another_of_the_same_kind(gazetteer: Gazetteer) -> None:
    # "a similar attack" after a rocket attack: a second shelling at its own place, not a sideless clash dropped
    body = (
        "Two people were killed on Thursday in a rocket attack by terrorists on the Salah Eddin neighborhood of"
        " Aleppo. Three others were killed in a similar attack on the al-Zahraa neighborhood."
    )
    found = _engagements(body, gazetteer)
    assert [e.type for e in found] == ["shelling", "shelling"]
    assert any("al-zahraa" in _short(e.places) for e in found)


@pytest.mark.parametrize(
    "habit",
    [
        "There was no claim of responsibility but the Islamic State group has carried out similar attacks in the past.",
        "The Islamic State group carried out a similar attack in the past.",
        "Jabhat Fateh al-Sham and the Islamic State group have carried out similar attacks.",
    ],
)
def test_similar_attacks_of_habit_are_no_event(habit: str, gazetteer: Gazetteer) -> None:
    # a habit recalled names who might have done it, not an event of its own
    body = "A bomb exploded on a bus in the city of Homs on Sunday killing a woman and wounding 20 people. " + habit
    assert len(_engagements(body, gazetteer)) == 1
