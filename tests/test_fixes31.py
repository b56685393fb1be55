"""Thirty-first session (helper fixes31): misreadings of common war-reporting phrasings found by written-sentence
probes, fixed; every sentence is written for the test (not taken from the corpus)."""

from __future__ import annotations

from bench.adversarial import (
    _SNIPER,
    BLOWN31_TEXTS,
    DEAL_ENTRY31_TEXTS,
    DROPPED31_TEXTS,
    INTERCEPTED31_TEXTS,
    MISSILE31_TEXTS,
    REPELLED31_TEXTS,
    SNIPER31_TEXTS,
    WEAPON_VERB31_TEXTS,
    searched,
)
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.ground import _DEAL_ONLY
from loaders.model import Article
from loaders.munition_subjects import _MISSILE_BEFORE
from loaders.repelled_attacks import _REPELLED_PASSIVE
from tests.written import attacker_place_slugs as _told

# --- a missile as the subject of a striking verb ---


def test_foreign_missiles_hit_a_place_from_afar(gazetteer: Gazetteer) -> None:
    told = _told("Israeli missiles hit an army depot near Damascus on Tuesday.", gazetteer)
    assert [(t, "israel" in a, p) for t, a, p in told] == [("air-strike", True, ["damascus"])]


def test_foreign_missiles_targeted_a_place_is_no_clash(gazetteer: Gazetteer) -> None:
    told = _told("Israeli missiles targeted an army depot near Damascus on Tuesday.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]


def test_a_missile_with_no_one_firing_is_a_shelling(gazetteer: Gazetteer) -> None:
    assert _told("A missile hit a crowded market in Aleppo on Tuesday.", gazetteer) == [("shelling", [], ["aleppo"])]
    told = _told("Rebel missiles hit a crowded market in Aleppo on Tuesday.", gazetteer)
    assert told == [("shelling", ["syrian-rebels"], ["aleppo"])]


def test_a_missile_hit_by_something_or_a_defence_system_is_no_strike(gazetteer: Gazetteer) -> None:
    assert _told("The missile hit by the rebels in Aleppo was an old one.", gazetteer) == []
    assert _told("The missile defence hit its target in a drill near Aleppo.", gazetteer) == []
    # and the missile that hit is still read
    assert [t for t, _, _ in _told("A missile hit a school in Aleppo on Tuesday.", gazetteer)] == ["shelling"]


def test_missile_adversarial_inputs() -> None:
    assert [searched(_MISSILE_BEFORE)(t) for t in MISSILE31_TEXTS] == [None, "missile ", None, None, None]
    assert [len(trigger_matches(t)) for t in MISSILE31_TEXTS] == [0, 416, 0, 0, 0]


# --- a drone that dropped its munition ---


def test_a_drone_dropped_a_bomb_is_an_air_strike(gazetteer: Gazetteer) -> None:
    told = _told("A Russian drone dropped a bomb on a school near Idlib on Friday.", gazetteer)
    assert [(t, "russia" in a, p) for t, a, p in told] == [("air-strike", True, ["idlib"])]
    told = _told("Drones dropped explosives on a bakery in Aleppo on Friday.", gazetteer)
    assert told == [("air-strike", [], ["aleppo"])]


def test_a_drone_dropping_no_munition_is_no_strike(gazetteer: Gazetteer) -> None:
    assert _told("Drones dropped leaflets over Aleppo on Friday.", gazetteer) == []
    assert _told("The drone dropped out of the sky near Aleppo on Friday.", gazetteer) == []
    assert _told("Aid was dropped by drones near Aleppo on Friday.", gazetteer) == []
    # and the drone that dropped a bomb is still read
    assert [t for t, _, _ in _told("A drone dropped two small bombs on Aleppo on Friday.", gazetteer)] == ["air-strike"]


def test_dropped_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in DROPPED31_TEXTS] == [0, 0, 0]


# --- a weapon made a verb ---


def test_mortared_and_rocketed_are_shelling(gazetteer: Gazetteer) -> None:
    told = _told("Regime forces mortared Douma on Sunday, a local activist said.", gazetteer)
    assert [(t, p) for t, _, p in told] == [("shelling", ["douma"])]
    told = _told("Rebels rocketed government positions in Aleppo on Sunday.", gazetteer)
    assert told == [("shelling", ["syrian-rebels"], ["aleppo"])]


def test_rocketed_prices_are_no_shelling(gazetteer: Gazetteer) -> None:
    assert _told("Bread prices in Aleppo rocketed to a new high on Sunday.", gazetteer) == []
    assert _told("Rents in Aleppo rocketed 30 percent on Sunday.", gazetteer) == []
    # and the city rocketed is still read
    assert [t for t, _, _ in _told("Rebels rocketed the city of Aleppo on Sunday.", gazetteer)] == ["shelling"]


def test_weapon_verb_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in WEAPON_VERB31_TEXTS] == [0, 0, 333, 0]


# --- the side's word before a sniper, after a passive verb ---


def test_rebel_or_regime_sniper_fire_names_the_firer(gazetteer: Gazetteer) -> None:
    told = _told("A teacher was killed by rebel sniper fire in Aleppo on Wednesday.", gazetteer)
    assert told == [("attack-on-civilians", ["syrian-rebels"], ["aleppo"])]
    told = _told("Two women were wounded by regime sniper fire in Douma on Wednesday.", gazetteer)
    assert told == [("attack-on-civilians", ["baathist-syria"], ["douma"])]


def test_sniper_fire_with_no_side_names_none(gazetteer: Gazetteer) -> None:
    told = _told("A teacher was killed by sniper fire in Aleppo on Wednesday.", gazetteer)
    assert told == [("attack-on-civilians", [], ["aleppo"])]
    # a side told after the sniper is still read there
    told = _told("A teacher was shot dead by a sniper from the Nusra Front in Aleppo on Wednesday.", gazetteer)
    assert told == [("attack-on-civilians", ["al-nusra-front"], ["aleppo"])]


def test_sniper31_adversarial_inputs() -> None:
    assert [_SNIPER.findall(t) for t in SNIPER31_TEXTS] == [[], [], ["hit"], []]


# --- a repelled attack told in the passive ---


def _sides(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """Each engagement's type, attacker slugs and target slugs."""
    x = extract(Article("test", "t", text), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.attackers], [k.split("/")[-1] for k in e.targets]) for e in x.engagements
    ]


def test_an_attack_repelled_by_a_side_has_it_as_target(gazetteer: Gazetteer) -> None:
    told = _sides("An IS assault on Kobani was repulsed by the YPG on Thursday.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], ["peoples-protection-units"])]
    told = _sides("A rebel offensive on Hama was repelled by the army on Thursday.", gazetteer)
    assert told == [("armed-clash", ["syrian-rebels"], ["syrian-arab-army"])]


def test_an_attack_stopped_by_no_side_keeps_no_target(gazetteer: Gazetteer) -> None:
    told = _sides("The IS advance on Raqqa was halted by heavy rain on Thursday.", gazetteer)
    assert told == [("armed-clash", ["islamic-state"], [])]
    # the passive's side is still read when one is named
    told = _sides("The IS advance on Raqqa was halted by the SDF on Thursday.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("armed-clash", ["islamic-state"])]
    assert told[0][2] != []


def test_repelled31_adversarial_inputs() -> None:
    assert [searched(_REPELLED_PASSIVE)(t) for t in REPELLED31_TEXTS] == [None, None, None, None]


# --- a post blown up ---


def test_rebels_blew_up_a_checkpoint(gazetteer: Gazetteer) -> None:
    told = _told("Rebels blew up an army checkpoint in Idlib on Saturday.", gazetteer)
    assert told == [("remote-explosive", ["syrian-rebels"], ["idlib"])]
    told = _told("IS fighters blew up a regime post near Palmyra on Saturday.", gazetteer)
    assert [(t, a) for t, a, _ in told] == [("remote-explosive", ["islamic-state"])]


def test_a_bridge_or_a_pronoun_blowing_up_is_no_bombing(gazetteer: Gazetteer) -> None:
    assert _told("Retreating troops blew up a bridge in Idlib on Saturday.", gazetteer) == []
    told = _told("The rebels killed ten soldiers when they blew up an army checkpoint in Idlib on Saturday.", gazetteer)
    assert "remote-explosive" not in [t for t, _, _ in told]
    assert [t for t, _, _ in told] == ["armed-clash"]  # the killing is still read


def test_blown31_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in BLOWN31_TEXTS] == [0, 0, 0, 0]


# --- ground entered after a deal ---


def test_entering_after_a_deal_is_a_transfer(gazetteer: Gazetteer) -> None:
    told = _told("Regime troops entered Douma after a surrender agreement on Sunday.", gazetteer)
    assert ("non-violent-transfer-of-territory", ["syrian-arab-army"], ["douma"]) in told


def test_entering_on_a_mission_or_with_no_deal_is_no_transfer(gazetteer: Gazetteer) -> None:
    told = _told("Turkish troops entered Idlib province to set up observation posts under the Astana deal.", gazetteer)
    assert "non-violent-transfer-of-territory" not in [t for t, _, _ in told]
    # and an entry with no deal is still ground regained
    told = _told("Regime troops entered Douma on Sunday.", gazetteer)
    assert [t for t, _, _ in told] == ["government-regains-territory"]


def test_deal_entry31_adversarial_inputs() -> None:
    assert [searched(_DEAL_ONLY)(t) for t in DEAL_ENTRY31_TEXTS] == [None, None, "deals", None]


# --- missiles intercepted ---


def test_missiles_intercepted_are_their_owner_s_strike(gazetteer: Gazetteer) -> None:
    told = _told("Syrian air defences intercepted several Israeli missiles over Damascus on Sunday.", gazetteer)
    assert [(t, "israel" in a, p) for t, a, p in told] == [("air-strike", True, ["damascus"])]


def test_missiles_intercepted_with_no_owner_are_no_strike(gazetteer: Gazetteer) -> None:
    assert _told("The army intercepted missiles over Hama on Sunday.", gazetteer) == []
    # and the owner named is still read
    told = _told("The army intercepted Israeli missiles over Hama on Sunday.", gazetteer)
    assert [t for t, _, _ in told] == ["air-strike"]


def test_intercepted31_adversarial_inputs() -> None:
    assert [len(trigger_matches(t)) for t in INTERCEPTED31_TEXTS] == [0, 0, 0, 0]
