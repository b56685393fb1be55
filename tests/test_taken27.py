"""Twenty-seventh session (helper taken27): two events of one sentence read as one. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import CAPTIVES27_TEXTS, TAKEN27_TEXTS
from loaders.captors_killing import _CAPTIVES_OF, _PASSIVE_KILLING
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.told_before import _OTHER_UNITS_CLAUSE
from tests.written import types_attackers_places as _told

_ARMY = ("actor/syrian-arab-army",)
_AIR = ("actor/syrian-arab-air-force", "actor/baathist-syria")


# --- ground recovered: "recovered some lost ground" ---


def test_ground_recovered_is_ground_retaken(gazetteer: Gazetteer) -> None:
    text = "Government forces launched a counter attack and recovered some lost ground near Palmyra on Sunday."
    assert _told(text, gazetteer) == [("government-regains-territory", _ARMY, ("place/palmyra-421197935",))]


def test_bodies_recovered_are_no_ground(gazetteer: Gazetteer) -> None:
    assert _told("Rescuers recovered the bodies of 12 people near Palmyra on Sunday.", gazetteer) == []
    assert _told("Troops recovered weapons and ammunition near Palmyra on Sunday.", gazetteer) == []


# --- "while an army unit eliminated gatherings": a second deed by a unit of its own ---

_TWO_DEEDS = (
    "IS hideouts were destroyed in army airstrikes in Palmyra {joint} eliminated a number of gatherings of IS "
    "terrorists in Mayadin city."
)


def test_a_unit_opening_a_while_clause_tells_its_own_engagement(gazetteer: Gazetteer) -> None:
    text = _TWO_DEEDS.format(joint="while an army unit")
    assert _told(text, gazetteer) == [
        ("air-strike", _AIR, ("place/palmyra-421197935",)),
        ("armed-clash", _ARMY, ("place/mayadin-1125980167",)),
    ]


def test_a_unit_joined_by_and_or_the_unit_told_stays_one_deed(gazetteer: Gazetteer) -> None:
    for joint in ("and army units", "while the army unit"):
        told = _told(_TWO_DEEDS.format(joint=joint), gazetteer)
        assert [kind for kind, _, _ in told] == ["air-strike"]


def test_a_threat_eliminated_is_no_attack(gazetteer: Gazetteer) -> None:
    assert _told("The army eliminated the threat posed by IS terrorists in Palmyra.", gazetteer) == []


# --- "also" and a spot the gazetteer lacks: a strike of its own ---

_STRIKES = "Army warplanes struck IS positions in Palmyra on Sunday. IS vehicles were {also}destroyed in army " + (
    "airstrikes in Kherbet Foo village."
)


def test_also_with_an_unknown_spot_is_another_strike(gazetteer: Gazetteer) -> None:
    told = _told(_STRIKES.format(also="also "), gazetteer)
    assert [places for _, _, places in told] == [("place/palmyra-421197935",), ("place/local/kherbet-foo",)]


def test_without_also_the_unknown_spot_says_where_the_strike_was(gazetteer: Gazetteer) -> None:
    told = _told(_STRIKES.format(also=""), gazetteer)
    assert [places for _, _, places in told] == [("place/palmyra-421197935", "place/local/kherbet-foo")]


# --- adversarial text: the same inputs make bench-patterns times ---


def test_the_new_patterns_read_adversarial_text() -> None:
    assert [len(trigger_matches(t)) for t in TAKEN27_TEXTS] == [0] * 9 + [357, 0]
    assert [_OTHER_UNITS_CLAUSE.search(t) for t in TAKEN27_TEXTS] == [None] * 11


# --- captives killed: "hostages taken by ISIS ... have been shot or beheaded" ---

_IS = ("actor/islamic-state",)


def test_the_captors_killed_the_hostages_they_hold(gazetteer: Gazetteer) -> None:
    text = "At least 15 of the hostages held by ISIS in Hasaka province have been executed, church sources said."
    assert [(kind, attackers) for kind, attackers, _ in _told(text, gazetteer)] == [("attack-on-civilians", _IS)]


def test_hostages_killed_with_no_captor_named_stay_sideless(gazetteer: Gazetteer) -> None:
    text = "At least 15 hostages have been executed in Hasaka province, church sources said."
    assert _told(text, gazetteer) == []


def test_the_captor_of_released_hostages_killed_nobody(gazetteer: Gazetteer) -> None:
    text = "Hostages held by ISIS in Hasaka province were released on Sunday, church sources said."
    assert [kind for kind, _, _ in _told(text, gazetteer)] == []


def test_the_captive_patterns_read_adversarial_text() -> None:
    assert [_CAPTIVES_OF.search(t) for t in CAPTIVES27_TEXTS] == [None] * 5
    passives = [m.group() if (m := _PASSIVE_KILLING.search(t)) else None for t in CAPTIVES27_TEXTS]
    assert passives == [None, None, None, "have been have been ", CAPTIVES27_TEXTS[4]]


# --- a tunnel blown up under the enemy: a remote explosive ---

_AT_ALEPPO = ("place/aleppo-421202163",)


def test_a_tunnel_blown_up_is_a_bombing_beside_the_clash(gazetteer: Gazetteer) -> None:
    text = (
        "A witness reported fierce clashes near the old market where the opposition killed at least 20 army troops in "
        "Aleppo when they blew up a tunnel they dug underneath an army post."
    )
    assert [(kind, places) for kind, _, places in _told(text, gazetteer)] == [
        ("armed-clash", _AT_ALEPPO),
        ("remote-explosive", _AT_ALEPPO),
    ]


def test_a_bridge_blown_up_or_a_tunnel_found_is_no_bombing(gazetteer: Gazetteer) -> None:
    assert _told("Rebels blew up a bridge near Aleppo on Monday.", gazetteer) == []
    assert _told("Army troops found a tunnel dug by rebels near Aleppo on Monday.", gazetteer) == []
