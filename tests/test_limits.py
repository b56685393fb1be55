"""Engagement forms Known limits had left open (twenty-first session, helper limits): verbs joined by "or" or ", then"
to a clause whose subject they share; a truce hosts no toll that names no breach of it. Every text is made up for
the test."""

from __future__ import annotations

import pytest
from detection import engagement_kinds, hosted_tolls

from bench.adversarial import JOINING_TEXTS
from loaders.figure_hosts import _TRUCE_BROKEN
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


@pytest.mark.parametrize(
    ("text", "joined"), list(zip(JOINING_TEXTS, [None, "and ", None, None, ", then ", None], strict=True))
)
def test_the_joining_patterns_read_adversarial_text(text: str, joined: str | None) -> None:
    # only a joiner at the very end of the text joins; their speed is timed by make bench-patterns
    found = _JOINED_VERB.search(text)
    assert (found and found.group()) == joined and (found is None or found.end() == len(text))
    assert _PASSIVE_OR.search(text) is None
    assert _JOINED_VERB_GAP.fullmatch(text) is None
    assert _TRUCE_BROKEN.search(text) is None


@pytest.mark.parametrize(
    "body",
    [
        "Russia and Turkey agreed a ceasefire in Idlib on Monday. At least 32 people are confirmed dead.",
        "Russia and Turkey agreed a ceasefire in Idlib on Monday. At least 32 people were killed in Idlib.",
    ],
)
def test_a_truce_hosts_no_toll_that_names_no_breach(body: str, gazetteer: Gazetteer) -> None:
    assert ("ceasefire", 32) not in hosted_tolls(body, gazetteer)


@pytest.mark.parametrize(
    ("body", "host"),
    [
        (
            "A ceasefire came into force in Idlib on Monday. Twelve people were killed in breaches of the truce.",
            "ceasefire",
        ),
        ("A ceasefire came into force in Idlib on Monday. Twelve people were killed despite the truce.", "ceasefire"),
        ("A ceasefire came into force in Idlib on Monday. Twelve people were killed as it was violated.", "ceasefire"),
        (
            "A ceasefire came into force in Idlib on Monday. Twelve people died after rebels broke the truce.",
            "ceasefire",
        ),
        # another engagement hosts as before
        ("Russian jets bombed Idlib on Monday. Twelve people were killed.", "air-strike"),
    ],
)
def test_a_toll_of_breaches_still_counts_the_truces_dead(body: str, host: str, gazetteer: Gazetteer) -> None:
    assert (host, 12) in hosted_tolls(body, gazetteer)
