"""A superlative predicate noun renames the subject's engagement and tells none of its own: "this is the largest
explosion the city has ever seen", "marks its biggest advance" (twenty-third session, helper precision23;
`spoken_of._SUPERLATIVE_PREDICATE`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import SUPERLATIVE_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.spoken_of import _SUPERLATIVE_PREDICATE


@pytest.mark.parametrize(
    "text",
    [
        "An official in Qamishli said this is the largest explosion the city has ever seen.",
        "It was the heaviest air strikes for months, the monitor said.",
        "Activists said it marked the most intense bombardment this year.",
        "It would mark the deadliest chemical attack in Idlib since 2013.",
    ],
)
def test_a_superlative_predicate_tells_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a noun between the superlative and the trigger heads the predicate; the seizure is told
        ("Saraqib was the latest town seized by rebels in Idlib on Monday.", "non-state-actor-overtakes-territory"),
        # the subject is the engagement, told with its day and toll
        ("Air strikes on Douma on Monday killed 30 people, the deadliest day for the town this year.", "air-strike"),
        # the predicate names a place of its own: where the shelling fell is told
        ("Activists said it was the heaviest shelling of Douma this year.", "shelling"),
        # a superlative in attribute position, no predicate
        ("The heaviest shelling in months hit Harasta on Sunday, activists said.", "shelling"),
        # "the first" as a subject, not a predicate
        ("The first air strike hit Ariha on Sunday morning.", "air-strike"),
        # a predicate superlative without a copula before it: the verb "saw" tells the event
        ("Homs saw the fiercest clashes between rebels and the army on Tuesday.", "armed-clash"),
    ],
)
def test_an_engagement_beside_a_superlative_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_pattern_reads_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what the pattern makes of the same inputs
    assert [_SUPERLATIVE_PREDICATE.search(t) is not None for t in SUPERLATIVE_TEXTS] == [True, True, False, False]
