"""People taken, told by a pronoun, are no ground taken: "executed 10 soldiers after they captured them" (twenty-third
session, helper precision23; `loaders/captives_taken.py`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import CAPTIVES_TEXTS
from loaders.captives_taken import _PEOPLE_BEFORE
from loaders.gazetteer import Gazetteer

TERRITORY = ("non-state-actor-overtakes-territory", "government-regains-territory", "territory")


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed 12 soldiers near Idlib after they captured them in an ambush.",
        "IS fighters surrounded the soldiers near Palmyra and captured them.",
        "The army found the pilots near Hama before rebels could seize them.",
    ],
)
def test_people_taken_by_a_pronoun_are_no_ground_taken(text: str, gazetteer: Gazetteer) -> None:
    assert not set(detected_types(text, gazetteer)) & set(TERRITORY)


@pytest.mark.parametrize(
    "text",
    [
        # the subject, no clause between: "them" is ground the article told before
        "Rebels captured them on Monday after fierce clashes near Hama.",
        # ground named after the people: the positions are taken
        "The army attacked the rebels' positions near Hama and seized them on Monday.",
        # a noun of ground, not people, before the break
        "Rebels surrounded two villages near Hama and captured them on Monday.",
        # the object is a place, not a pronoun
        "Rebels executed five soldiers after they captured the town of Morek on Monday.",
        # "their" is no object pronoun
        "IS fighters killed the soldiers as they captured their base near Palmyra on Sunday.",
    ],
)
def test_ground_taken_stays(text: str, gazetteer: Gazetteer) -> None:
    assert set(detected_types(text, gazetteer)) & set(TERRITORY)


def test_the_pattern_reads_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what the pattern makes of the same inputs
    assert [_PEOPLE_BEFORE.search(t) is not None for t in CAPTIVES_TEXTS] == [False, True, True, False]
