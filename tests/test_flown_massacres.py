"""A massacre by an air arm or the international coalition is an air strike: ACLED codes killing from the air as an
air/drone strike whoever died (twenty-first session, helper outprec6; `engagements._settle_type`,
`engagement_types.flown_by`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Coalition Condemns Massacre by Russian Air Force in Town of Atareb.",
        "A massacre by the US-led coalition killed 20 civilians in Raqqa.",
        "The Russian Aerospace Forces committed a massacre in the town of Atareb on Monday.",
    ],
)
def test_a_massacre_by_an_air_arm_is_an_air_strike(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


@pytest.mark.parametrize(
    "text",
    [
        # the killers are on the ground
        "Regime troops massacred 20 civilians in the town of Baniyas on Monday.",
        "Pro-government militiamen massacred 108 people in Houla.",
        # the coalition or an air force only speaks of a massacre by others
        "The US-led coalition condemned the massacre of 40 villagers by Islamic State militants in Kobani.",
        "Coalition Says Islamic State Massacred 30 Civilians in Raqqa.",
        # "Air Force" inside another name, the massacre by its enemies
        "Islamic State militants massacred the families of Syrian Air Force Intelligence officers in Deir Ezzor.",
    ],
)
def test_a_massacre_on_the_ground_stays_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["attack-on-civilians"]
