"""Twenty-sixth session (helper near26): engagements found with the wrong participants. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import NEAR26_TEXTS
from loaders.actor_mentions import _DEMONYM
from loaders.fallen_sides import _DASH_ASIDE, _FELL_IN_FIGHT
from loaders.gazetteer import Gazetteer
from loaders.men_of_group import MEN_OF
from loaders.the_hit import _ONE_KILLED, _ONE_MEMBER_AFTER, _OPPOSITION_HELD, _SIEGE_BEFORE
from tests.written import types_sides as _roles

# --- the group named after its men in an agent phrase ---


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Four people were hurt in shelling by terrorists of Jaish al-Islam on Douma.", "actor/jaysh-al-islam"),
        (
            "Two women were hurt in an attack with mortar shells by militants of the Islamic State on Deir Ezzor.",
            "actor/islamic-state",
        ),
        ("Three soldiers were killed by gunmen belonging to the Nusra Front near Idlib.", "actor/al-nusra-front"),
    ],
)
def test_the_men_of_a_group_after_by_make_the_group_the_attacker(text: str, doer: str, gazetteer: Gazetteer) -> None:
    found = _roles(text, gazetteer)
    assert found and all(doer in attackers and doer not in targets for _, attackers, targets in found)


def test_men_of_a_group_outside_the_agent_phrase_are_not_its_doer(gazetteer: Gazetteer) -> None:
    # the group's men are the ones hit; the army's shelling is the act
    found = _roles("Fighters of the Islamic State were killed by army shelling near Palmyra on Sunday.", gazetteer)
    assert all("actor/islamic-state" not in attackers for _, attackers, _ in found)


def test_people_of_a_town_after_by_name_no_group() -> None:
    assert MEN_OF.match("residents of Douma") is None
    assert MEN_OF.match("terrorists of the so-called Jaish al-Islam").end() == len("terrorists of the so-called ")


# --- a nationality sharing the regime's noun ---


def test_a_nationality_and_regime_forces_are_two_attackers(gazetteer: Gazetteer) -> None:
    found = _roles("Twenty people were killed in shelling by Russian and regime forces on Douma on Friday.", gazetteer)
    assert ("shelling", ("actor/russian-armed-forces", "actor/syrian-arab-army"), ()) in found


def test_a_nationality_and_government_troops_are_both_the_subject(gazetteer: Gazetteer) -> None:
    found = _roles("Iranian and government troops stormed the town of Douma on Friday.", gazetteer)
    assert found and all("actor/syrian-arab-army" in attackers for _, attackers, _ in found)
    assert all(any(a.startswith("actor/ir") for a in attackers) for _, attackers, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russian and regime officials met in Douma.",  # officials: the states, not an army
        "Russian and regime warplanes struck Douma.",  # aircraft keep their older reading
        "Russian and regime media reported the news.",  # no military noun
    ],
)
def test_only_ground_forces_take_the_shared_noun(text: str) -> None:
    assert all(m.group("adj") != "Russian" or "regime" not in m.group() for m in _DEMONYM.finditer(text))


# --- the holders of the ground hit, with the attacker named ---


def test_the_holders_of_a_besieged_town_are_its_target_beside_the_besieger(gazetteer: Gazetteer) -> None:
    found = _roles("Syrian troops tightened the siege of rebel-held Douma on Monday.", gazetteer)
    assert ("siege", ("actor/syrian-arab-army",), ("actor/syrian-rebels",)) in found


def test_ground_near_a_held_town_names_no_holder(gazetteer: Gazetteer) -> None:
    found = _roles("Syrian troops shelled the main road near rebel-held Douma on Monday.", gazetteer)
    assert found and all(targets == () for _, _, targets in found)


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("A siege on opposition-held Douma has lasted two years.", ()),
        ("Government forces imposed a siege on opposition-held Douma last year.", ("actor/syrian-arab-army",)),
    ],
)
def test_an_opposition_held_town_under_siege_has_the_rebels_as_target(
    text: str, attackers: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    assert ("siege", attackers, ("actor/syrian-rebels",)) in _roles(text, gazetteer)


def test_opposition_held_ground_names_no_side_outside_a_siege(gazetteer: Gazetteer) -> None:
    found = _roles("Jets struck opposition-held Douma on Monday.", gazetteer)
    assert found and all("actor/syrian-rebels" not in targets for _, _, targets in found)


# --- the side that fell, named with its allies or before an aside ---


@pytest.mark.parametrize(
    "text",
    [
        "Forty members of Syrian government forces and their allies - among them Iraqi-backed militias - were "
        "killed in fighting near Aleppo on Monday.",
        "Forty members of Syrian government forces and its allies - who include foreign fighters - died in clashes "
        "near Aleppo.",
    ],
)
def test_the_side_that_fell_is_read_across_its_allies_and_an_aside(text: str, gazetteer: Gazetteer) -> None:
    found = _roles(text, gazetteer)
    assert found and all("actor/syrian-arab-army" in targets for _, _, targets in found)


def test_people_in_an_aside_who_are_not_fighters_name_no_side(gazetteer: Gazetteer) -> None:
    found = _roles("Twenty civilians - among them two Hezbollah members - died in clashes near Aleppo.", gazetteer)
    assert all(targets == () for _, _, targets in found)


# --- one of the dead named by the group they served ---


@pytest.mark.parametrize(
    "text",
    [
        "The strikes that hit a truck near Idlib killed nine people including a Red Crescent staff member.",
        "An air strike on a road near Idlib killed a Red Crescent volunteer on Friday.",
    ],
)
def test_one_of_the_dead_named_by_their_group_makes_it_the_target(text: str, gazetteer: Gazetteer) -> None:
    found = _roles(text, gazetteer)
    assert found and all("actor/syrian-arab-red-crescent" in targets for _, _, targets in found)


def test_a_group_named_near_the_dead_but_not_as_theirs_is_no_target(gazetteer: Gazetteer) -> None:
    found = _roles("An air strike on a road near Idlib killed a man near a Red Crescent centre.", gazetteer)
    assert found and all(targets == () for _, _, targets in found)


def test_adversarial_texts_read_as_expected() -> None:
    assert [len(list(_DEMONYM.finditer(t))) for t in NEAR26_TEXTS] == [0] * 10
    assert [len(list(MEN_OF.finditer(t))) for t in NEAR26_TEXTS] == [0, 0, 147] + [0] * 7
    assert [_SIEGE_BEFORE.search(t) is not None for t in NEAR26_TEXTS] == [False] * 5 + [True] + [False] * 4
    assert [len(list(_OPPOSITION_HELD.finditer(t))) for t in NEAR26_TEXTS] == [0] * 10
    assert [len(list(_DASH_ASIDE.finditer(t))) for t in NEAR26_TEXTS] == [0] * 7 + [625, 0, 0]
    assert [_FELL_IN_FIGHT.fullmatch(t) is None for t in NEAR26_TEXTS] == [True] * 10
    assert [_ONE_KILLED.search(t) is None for t in NEAR26_TEXTS] == [True] * 10
    assert [len(list(_ONE_MEMBER_AFTER.finditer(t))) for t in NEAR26_TEXTS] == [0] * 10
