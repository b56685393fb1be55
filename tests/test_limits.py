"""Engagement forms Known limits had left open (twenty-first session, helper limits): verbs joined by "or" or ", then"
to a clause whose subject they share. Every text is made up for the test."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from detection import engagement_kinds

from loaders.gazetteer import Gazetteer
from loaders.joined_verbs import _JOINED_VERB, _PASSIVE_OR
from loaders.nearest_actors import _JOINED_VERB_GAP

REB = "syrian-rebels"
SAA = "syrian-arab-army"
IS = "islamic-state"
NUS = "al-nusra-front"


def kinds_of(body: str, gazetteer: Gazetteer, etype: str) -> list[tuple[list[str], list[str]]]:
    """(attackers, targets) of the engagements of one type extracted from a made-up article."""
    return [(a, t) for kind, a, t in engagement_kinds(body, gazetteer) if kind == etype]


@pytest.mark.parametrize(
    "body",
    [
        "Rebels clashed with the army or shelled positions in Harasta on Monday.",
        "Rebels fought the army or shelled Harasta on Monday.",
        "Rebels clashed with the army and shelled positions in Harasta on Monday.",
        "Rebels clashed with the army, then shelled positions in Harasta on Monday.",
    ],
)
def test_a_verb_joined_after_an_object_is_the_subjects(body: str, gazetteer: Gazetteer) -> None:
    assert kinds_of(body, gazetteer, "shelling") == [([REB], [])]


def test_a_verb_after_then_shares_the_subject_of_a_halt(gazetteer: Gazetteer) -> None:
    body = "Russian jets stopped bombing for a day, then bombed Aleppo on Monday."
    [(attackers, _)] = kinds_of(body, gazetteer, "air-strike")
    assert "russian-aerospace-forces" in attackers


@pytest.mark.parametrize(
    ("body", "etype", "attackers"),
    [
        # sides joined as one subject, right before the verb
        ("The army and Hezbollah shelled Zabadani on Monday.", "shelling", [SAA, "hezbollah"]),
        ("Either IS or the Nusra Front attacked the checkpoint in Idlib on Monday.", "armed-clash", [IS, NUS]),
        # a subject of more words than a side's name, and one after "or"
        ("The army and allied militias shelled Harasta on Monday.", "shelling", [SAA]),
        ("The army or its allies shelled Harasta on Monday.", "shelling", [SAA]),
        # a clause with a subject of its own after "and then"
        ("Russian jets bombed Aleppo, and then rebels shelled the western districts on Monday.", "shelling", [REB]),
        # the speaker does not act
        ("Rebels said the army and Hezbollah shelled Zabadani on Monday.", "shelling", [SAA, "hezbollah"]),
        # "or" between two passive participles, the doer after "by"
        ("Dozens of rebels were wounded or killed by army shelling in Harasta on Monday.", "shelling", [SAA]),
    ],
)
def test_a_subject_of_its_own_keeps_the_verb(body: str, etype: str, attackers: list[str], gazetteer: Gazetteer) -> None:
    assert [a for a, _ in kinds_of(body, gazetteer, etype)] == [attackers]


def test_passive_participles_joined_by_or_share_the_passive(gazetteer: Gazetteer) -> None:
    # "were ambushed or shelled": the rebels were shelled; they are no attacker
    assert kinds_of("Rebels were ambushed or shelled in Harasta on Monday.", gazetteer, "shelling") == [([], [REB])]


def test_the_joining_patterns_read_only_bare_joins() -> None:
    assert _JOINED_VERB_GAP.fullmatch(" or ")
    assert _JOINED_VERB_GAP.fullmatch(" and then ")
    assert not _JOINED_VERB_GAP.fullmatch(" and its allies ")
    assert not _JOINED_VERB_GAP.fullmatch(", ")
    assert _JOINED_VERB.search("Rebels clashed with the army or ")
    assert _JOINED_VERB.search("Jets stopped bombing for a day, then ")
    assert not _JOINED_VERB.search("Jets stopped bombing for a day, then rebels ")
    assert _PASSIVE_OR.search("Soldiers were wounded or ")
    assert not _PASSIVE_OR.search("Rebels clashed with the army or ")


@pytest.mark.parametrize("text", ["Aa-Bb " * 850, "and " * 1250, "were wounded or " * 320, "a" * 5000, ", then " * 700])
def test_the_joining_patterns_run_fast_on_adversarial_text(text: str) -> None:
    text = text[:5000]
    assert _best_of_three(lambda: _JOINED_VERB.search(text)) < 0.02
    assert _best_of_three(lambda: _PASSIVE_OR.search(text)) < 0.02
    assert _best_of_three(lambda: _JOINED_VERB_GAP.fullmatch(text)) < 0.02


def _best_of_three(run: Callable[[], object]) -> float:
    """The shortest of three timings of a call: one run's time is at the mercy of a busy machine."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)
