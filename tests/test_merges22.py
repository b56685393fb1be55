"""Reports of one province told in different sentences: rules of the twenty-second session (helper merges22)."""

from __future__ import annotations

import re

import pytest

from bench.adversarial import SUBJECT_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.told_before import _SUBJECT_BEFORE, definite_by_subject
from tests.written import written

LATAMINAH = "place/al-lataminah-1327327459"
MASASINAH = "place/masasinah-1226629981"


def _shellings(body: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """The places of each shelling extracted from a short test article."""
    return [e.places for e in written(body, gazetteer).engagements if e.type == "shelling"]


def test_a_verb_after_a_definite_subject_at_a_village_nearby_is_another_shelling(gazetteer: Gazetteer) -> None:
    # the two villages lie 5 km apart; "The regime forces" makes the verb read as definite, but no shelling told before
    # is described: the second village was shelled too
    body = (
        "Government troops shelled the village of Masasinah in the north of Hama province. "
        "The regime forces shelled areas in the town of al-Lataminah in the countryside of Hama."
    )
    assert _shellings(body, gazetteer) == [(MASASINAH,), (LATAMINAH,)]


def test_a_definite_description_at_a_village_nearby_still_tells_the_shelling_told(gazetteer: Gazetteer) -> None:
    # "the shelling" describes the event told: the village beside the town says where it fell
    body = (
        "Government troops shelled the village of Masasinah in the north of Hama province. "
        "The shelling hit houses in the town of al-Lataminah."
    )
    assert len(_shellings(body, gazetteer)) == 1


@pytest.mark.parametrize(
    ("text", "word", "verbal"),
    [
        ("The regime forces shelled areas in the town.", "shelled", True),
        ("The army struck the village at dawn.", "struck", True),
        ("The Syrian army units bombed the hill.", "bombed", True),
        # near misses: the article is the event's, or there is none, or the subject is too long to be one
        ("The shelling hit the town.", "shelling", False),
        ("The air strikes killed five.", "strikes", False),
        ("Regime forces shelled the town.", "shelled", False),
        ("They said the besieged town was quiet.", "besieged", False),
        ("The warplanes carried out two raids.", "warplanes", False),
        ("Aid reached the attacked convoy.", "attacked", False),
        ("An attack on the town killed five.", "attack", False),
        # a passive with a definite subject tells the deed done to what was told ("The base was attacked")
        ("The NDF base was attacked at dawn.", "attacked", False),
        ("The villages were shelled again.", "shelled", False),
    ],
)
def test_a_verb_definite_by_its_subject(text: str, word: str, verbal: bool) -> None:
    match = re.search(word, text)
    assert match is not None
    assert definite_by_subject(text, match) is verbal


def test_the_subject_pattern_reads_adversarial_text() -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    readings = [None if (m := _SUBJECT_BEFORE.search(text)) is None else m.group() for text in SUBJECT_TEXTS]
    assert readings == ["the the the the ", None, None, None]
