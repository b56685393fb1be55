"""Rules from a recall sample: engagements read on FA-KES articles outside the gold set (seventeenth session)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer

NUSRA = "actor/al-nusra-front"


@pytest.mark.parametrize(
    "text",
    [
        # the group's members claim for it, and the claim is told as reported
        "The Nusra Front militants reportedly claimed responsibility for the car bomb in Homs.",
        "Nusra Front fighters later claimed responsibility for the bombing near Homs.",
        "The Nusra Front jihadists claimed both attacks on checkpoints in Homs.",
    ],
)
def test_members_of_a_group_claiming_an_attack_make_it_the_groups(text: str, gazetteer: Gazetteer) -> None:
    (d,) = detect(text, gazetteer)
    assert d.attackers == (NUSRA,)
