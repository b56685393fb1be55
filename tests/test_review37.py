"""Thirty-seventh session (helper review37): guards on the "among" sides and the speaker's counted aircraft. Texts
written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import REVIEW37_TEXTS, _matched
from loaders.among_sides import _AMONG
from loaders.gazetteer import Gazetteer
from loaders.speakers_aircraft import _SAID_OWN_AIRCRAFT
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


def test_adversarial_runs_are_read_as_no_sides_and_no_own_aircraft() -> None:
    # the bench's inputs: "among the them" and the hyphened or "suicide" speakers' words read nothing
    assert [_matched(_AMONG)(t) for t in REVIEW37_TEXTS] == [None, " among the ", None, None, None]
    assert [_matched(_SAID_OWN_AIRCRAFT)(t) for t in REVIEW37_TEXTS] == [None] * 5
    assert _AMONG.match(" among the Nusra Front") is not None
