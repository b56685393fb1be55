"""An ambush of the unarmed is an attack on civilians, not a battle: "killed four activists in an ambush", "ambushed
a bus carrying pilgrims" (twenty-third session, helper precision23; `loaders/unarmed_ambushed.py`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import AMBUSH_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.unarmed_ambushed import _AMBUSHED_WHO, _KILLED_IN, _ON_THE_ARMED


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed three young activists in an ambush near Saraqib on Friday.",
        "Gunmen ambushed a minibus carrying Shiite pilgrims near Homs on Sunday.",
        "Regime troops ambushed civilians fleeing Madaya on Monday, residents said.",
        "Militiamen shot dead two journalists during an ambush outside Hama on Tuesday.",
    ],
)
def test_an_ambush_of_the_unarmed_is_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        # armed men among the dead, listed first: a battle with civilians killed in it
        "Rebels killed ten soldiers and two civilians in an ambush near Hama on Monday.",
        # the ambush's own object is a side
        "Gunmen killed two women in the ambush of a rebel convoy near Idlib on Friday.",
        # the ambushed are armed; a child among the dead after them
        "Rebels ambushed a patrol of regime soldiers near Daraa, killing two officers and a child.",
        # the unarmed only among those killed after an ambush of a checkpoint
        "Children were among those killed when militants ambushed a regime checkpoint near Hama on Monday.",
        # fighters ambushed, the count of dead with no civilians
        "IS fighters ambushed Kurdish forces near Kobani on Sunday, killing seven.",
        # the civilians are the army's passengers' neighbours, not its object
        "The army ambushed a group of terrorists near civilians' homes in Homs on Friday.",
    ],
)
def test_an_ambush_of_the_armed_stays_an_ambush(text: str, gazetteer: Gazetteer) -> None:
    assert "ambush" in detected_types(text, gazetteer)
    assert "attack-on-civilians" not in detected_types(text, gazetteer)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_KILLED_IN.search(t) is not None for t in AMBUSH_TEXTS] == [False, True, False, False]
    assert [_ON_THE_ARMED.match(t) is not None for t in AMBUSH_TEXTS] == [False] * 4
    assert [_AMBUSHED_WHO.match(t) is not None for t in AMBUSH_TEXTS] == [False, False, False, False]
