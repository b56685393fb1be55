"""Thirty-seventh session (helper review37): guards on the "among" sides and the speaker's counted aircraft. Texts
written for the tests."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import types_attackers


@pytest.mark.parametrize(
    ("body", "group"),
    [
        # FA-KES strips the comma before "among them": the toll's members, not the fight's sides
        (
            "Twenty people were killed in Idlib on Monday in clashes among them 10 Ahrar al-Sham fighters.",
            "ahrar-al-sham",
        ),
        (
            "Ten civilians died in the fighting among the dead were two Free Syrian Army fighters in Idlib.",
            "free-syrian-army",
        ),
    ],
)
def test_among_a_pronoun_or_the_dead_names_no_side(body: str, group: str, gazetteer: Gazetteer) -> None:
    assert all(f"actor/{group}" not in attackers for _, attackers in types_attackers(body, gazetteer))


def test_a_speakers_own_aircraft_made_abroad_are_still_its_own(gazetteer: Gazetteer) -> None:
    body = "The Syrian army said its Russian-made Sukhoi jets struck rebel positions near Hama on Monday."
    assert types_attackers(body, gazetteer) == [("air-strike", ("actor/syrian-arab-air-force", "actor/baathist-syria"))]


def test_suicide_bombers_a_speaker_counts_are_no_aircraft(gazetteer: Gazetteer) -> None:
    body = "The Syrian army said three suicide bombers struck a checkpoint near Damascus on Monday."
    assert all("actor/syrian-arab-air-force" not in a for _, a in types_attackers(body, gazetteer))
