"""Persons named by a kunya that a nickname phrase or a fighter's role introduces, whether or not they speak, and an
unnamed source closing a sentence after such a name (twenty-fourth session, helper actors24b): "a leader nicknamed
Abu Saleh", "the commander Abu Taha", "... Abu Saleh the source said."; and a leader named inside his army's alias
("President Bashar al-Assads forces"). The texts are written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import KUNYA_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.nicknames import nicknamed
from loaders.speaker_subjects import _SOURCE_OF_ITS_OWN
from loaders.state_forces import _OWNED_FORCES
from tests.written import written


def _read(body: str, gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    """The local actors minted in a made-up article, and the claimants of its claims."""
    found = written(body, gazetteer)
    actors = sorted({m.key for m in found.mentions if m.key.startswith("actor/local/")})
    return actors, sorted({str(c.claimant) for c in found.claims})


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Soldiers killed a rebel commander nicknamed Abu Khaled al-Homsi on Monday.", "abu-khaled-al-homsi"),
        ("Three fighters died in the ambush one identified as Abu Hamza of Egypt.", "abu-hamza"),
        ("The gang is led by a smuggler known as Abu Wael who fled last year.", "abu-wael"),
        ('A jihadist dubbed "Abu Talha al-Shami" was arrested in Hama.', "abu-talha-al-shami"),
        ("Troops shelled a hideout killing the militant commander Abu Sami in the hills.", "abu-sami"),
        ("The airstrike killed the groups leader Abu Karim Haddad. Two others were hurt.", "abu-karim-haddad"),
        ("The group named its emir Abu Hafs al-Masri in a video.", "abu-hafs-al-masri"),
    ],
)
def test_a_kunya_after_a_nickname_or_role_is_a_person(body: str, person: str, gazetteer: Gazetteer) -> None:
    assert f"actor/local/{person}" in _read(body, gazetteer)[0]


@pytest.mark.parametrize(
    "body",
    [
        "Rebels shelled the area known as Abu Rumaneh in Damascus.",  # a kind of place before the phrase
        "Shells fell on the village known as Abu Dali in Hama.",  # a village, not a man
        "Karim Saleh also known as Abu Jaber was named leader.",  # another name of the man just named
        "Maher Haddad known as Abu Hajar al-Masri was killed in Hasakeh.",  # the same, without "also"
        "The commander of the Abu Bakr brigade was killed.",  # no kunya right after the role
        "The rebel commander said Abu Dhabi had sent aid.",  # a verb between the role and the name
        "Fighters known as the Abu Ali group took the hill.",  # "the" before the name: a group's name
        "He is known as a hard man Abu said.",  # no name after the kunya's first word
    ],
)
def test_no_person_from_a_near_miss(body: str, gazetteer: Gazetteer) -> None:
    assert not [key for key in _read(body, gazetteer)[0] if key.startswith("actor/local/abu")]


def test_a_day_or_sentence_opener_after_the_kunya_is_no_part_of_it() -> None:
    found = [m.group("name2") for m in nicknamed("killed the commander Abu Omar Monday. The rebel leader Abu Ali The")]
    assert found == ["Abu Omar", "Abu Ali"]


def test_an_unnamed_source_closing_the_sentence_speaks_not_the_name_before_it(gazetteer: Gazetteer) -> None:
    body = "Twelve militants were killed including a leader who is nicknamed Abu Saleh the source confirmed."
    actors, claimants = _read(body, gazetteer)
    assert "actor/local/abu-saleh" in actors
    assert "actor/local/abu-saleh" not in claimants


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("An army unit the source also said targeted the terrorists in Homs.", "actor/syrian-arab-army"),  # an aside
        ("Government sources said ten people died in Homs.", "actor/baathist-syria"),  # no article of its own
    ],
)
def test_a_source_that_is_an_aside_or_the_bodys_own_leaves_the_speaker(
    body: str, claimant: str, gazetteer: Gazetteer
) -> None:
    assert claimant in _read(body, gazetteer)[1]


def test_the_adversarial_texts_read_as_expected() -> None:
    # a name stands before each later "known as"
    assert [len(nicknamed(text)) for text in KUNYA_TEXTS] == [1, 0, 227, 0, 0, 0, 0]
    assert [_SOURCE_OF_ITS_OWN.search(text) is not None for text in KUNYA_TEXTS] == [False] * 7
    assert [_OWNED_FORCES.fullmatch(text) is None for text in KUNYA_TEXTS] == [True] * 7


def _links_and_attackers(body: str, gazetteer: Gazetteer) -> tuple[set[str], list[tuple[str, ...]]]:
    """The actor keys a made-up article links, and the attackers of its engagements."""
    found = extract(Article("test", "t", body), gazetteer)
    return {m.key for m in found.mentions if m.kind == "actor"}, [e.attackers for e in found.engagements]


@pytest.mark.parametrize(
    "body",
    [
        "President Bashar al-Assads forces shelled the town of Douma on Monday.",
        "Assad's troops shelled the town of Douma on Monday.",
        "Jets backed regime leader Bashar al Assads forces as they shelled Douma on Monday.",
    ],
)
def test_a_leader_named_in_his_armys_alias_is_linked_too(body: str, gazetteer: Gazetteer) -> None:
    links, attackers = _links_and_attackers(body, gazetteer)
    assert {"actor/bashar-al-assad", "actor/syrian-arab-army"} <= links
    assert ("actor/bashar-al-assad",) not in attackers  # the army stays the one who shelled


@pytest.mark.parametrize(
    "body",
    [
        "Regime forces shelled the town of Douma on Monday.",  # no leader in the phrase
        "The governments troops shelled the town of Douma on Monday.",  # a ruler's noun, no person
        "Syrian forces shelled the town of Douma on Monday.",  # a nationality
        "Hezbollahs fighters shelled the town of Douma on Monday.",  # a group, not a state's leader
        "Assad forces shelled the town of Douma on Monday.",  # no possessive: the alias names the army alone
    ],
)
def test_no_leader_from_a_force_without_one(body: str, gazetteer: Gazetteer) -> None:
    assert "actor/bashar-al-assad" not in _links_and_attackers(body, gazetteer)[0]
