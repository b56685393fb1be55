"""Twenty-sixth session (helper battles26): battles the triggers missed. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import BATTLES26_TEXTS
from loaders.actor_references import _THE_ARMY
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.fallen_sides import _THAT_KILLED, dead_after
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.nearest_actors import _HELP_GAP
from tests.written import types_attackers as _told

# --- the agent before a partner phrase: "army units in cooperation with the supporting forces established" ---

_ARMY = ("actor/syrian-arab-army",)
_REBELS = ("actor/syrian-rebels",)


@pytest.mark.parametrize(
    "partner",
    ["in cooperation with the supporting forces", "in coordination with allied forces", "in conjunction with locals"],
)
def test_the_agent_acts_across_a_partner_phrase(partner: str, gazetteer: Gazetteer) -> None:
    text = f"Army units {partner} established full control over Kafr Nabudah village in Hama countryside on Sunday."
    assert _told(text, gazetteer) == [("government-regains-territory", _ARMY)]


def test_a_phrase_of_another_kind_still_parts_the_agent_from_the_verb(gazetteer: Gazetteer) -> None:
    text = "Army units in contact with the supporting forces established full control over Kafr Nabudah on Sunday."
    assert _told(text, gazetteer) == []


# --- an operation launched to take ground ---

_SDF = ("actor/syrian-democratic-forces",)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF launched an operation called Wrath of Euphrates to seize control of Raqqa in November 2016.",
        "The SDF launched the Wrath of Euphrates operation in November 2016 aimed at the liberation of Raqqa.",
        "In late 2016 the SDF launched a military operation to capture Raqqa from the jihadists.",
    ],
)
def test_an_operation_launched_to_take_ground_is_a_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == [("armed-clash", _SDF)]


@pytest.mark.parametrize(
    "text",
    [
        "The SDF vowed to launch an operation to seize control of Raqqa.",  # only promised
        "The Red Crescent launched an operation to evacuate civilians from Raqqa in November 2016.",  # no ground taken
        "The SDF launched a rescue operation in Raqqa on Monday aimed at freeing hostages.",
    ],
)
# ("The SDF started an operation aimed to liberate Raqqa in late 2016" was a case here: `LAUNCHED_OPERATION` reads
# "launched" only; the twenty-eighth session's `launched_offensives` reads it as a capture attempted, tests in
# tests/test_battles28.py)
def test_an_operation_with_no_aim_of_taking_ground_is_no_battle(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


def test_the_adversarial_texts_read_no_operation_and_no_partner_phrase() -> None:
    assert [len(trigger_matches(t)) for t in BATTLES26_TEXTS] == [0, 0, 0, 0, 0, 1, 0, 0, 333]
    assert [_HELP_GAP.sub(" ", t) == t for t in BATTLES26_TEXTS] == [True] * 9
    assert [len(list(_THE_ARMY.finditer(t))) for t in BATTLES26_TEXTS] == [0] * 8 + [333]


# --- the dead told after the fight name its sides ---


def test_the_dead_counted_after_clashes_are_their_sides(gazetteer: Gazetteer) -> None:
    text = "Those advances came after clashes that killed at least 40 rebels as well as 12 IS fighters near Qusayr."
    x = extract(Article("test", "t", text), gazetteer)
    assert [(e.type, e.targets) for e in x.engagements] == [
        ("armed-clash", ("actor/syrian-rebels", "actor/islamic-state"))
    ]


def test_who_counts_the_dead_is_no_side(gazetteer: Gazetteer) -> None:
    text = "Clashes that killed 15 civilians near Qusayr on Monday were reported according to the Syrian Observatory."
    x = extract(Article("test", "t", text), gazetteer)
    assert all(not e.attackers and not e.targets for e in x.engagements)


def test_the_dead_are_read_to_the_clause_end_only() -> None:
    assert [dead_after([], t, 0, 0) for t in BATTLES26_TEXTS] == [[]] * 9
    assert _THAT_KILLED.match(" that killed " * 400) is not None


# --- gains made on the ground are ground taken ---


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Rebels scored quick gains in Khan Touman on Monday.", ("non-state-actor-overtakes-territory", _REBELS)),
        ("The army made significant gains near Palmyra on Sunday.", ("government-regains-territory", _ARMY)),
    ],
)
def test_gains_made_on_the_ground_are_a_taking(
    text: str, told: tuple[str, tuple[str, ...]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition made gains in the talks in Geneva on Monday.",  # gains in talks
        "The opposition hopes to make gains in Idlib.",  # only hoped for
        "Rebel gains in Idlib worried Damascus.",  # no verb of making them
    ],
)
def test_gains_in_talks_or_only_hoped_for_take_no_ground(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []


# --- the owner opening the trigger's words acts: "an army operation" ---


def test_an_army_operation_is_the_armys(gazetteer: Gazetteer) -> None:
    text = "Four IS militants were killed in an army operation near Palmyra on Monday."
    x = extract(Article("test", "t", text), gazetteer)
    assert [(e.type, e.attackers, e.targets) for e in x.engagements] == [
        ("armed-clash", _ARMY, ("actor/islamic-state",))
    ]


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Four IS militants were killed in a military operation near Palmyra on Monday.", ()),  # no owner named
        ("Rebels drove IS out of Jarablus on Monday.", _REBELS),  # a side inside the trigger is its object
    ],
)
def test_only_an_owner_opening_the_trigger_acts(text: str, attackers: tuple[str, ...], gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", text), gazetteer)
    assert [e.attackers for e in x.engagements] == [attackers]
