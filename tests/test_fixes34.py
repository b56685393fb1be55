"""Event misreadings the thirty-fourth session's probes found, on articles written for the tests (helper fixes34)."""

from __future__ import annotations

from bench.adversarial import (
    ADVANCED34_TEXTS,
    AMONG34_TEXTS,
    BLAMED34_TEXTS,
    FIRED34_TEXTS,
    KILLED34_TEXTS,
    _fullmatched,
    _matched,
    found,
    searched,
)
from loaders.advanced_after import _ADVANCED, _AFTER_FIGHT, _FIGHT_WITH
from loaders.blamed_after import (
    _AIRCRAFT_BLAMED,
    _BLAME_VERB,
    _BLAMED_FOR_EVENT,
    _FOR_AN_EVENT,
    _FOR_THE,
    _SIDE_TAIL,
    blamed_event,
)
from loaders.bombers_among_dead import _AMONG_DEAD, _BOMBERS
from loaders.gazetteer import Gazetteer
from loaders.story_turns import FIRED_FROM
from loaders.the_hit import _WERE_KILLED
from tests.written import JUNE_12_2017, engagements, place_slug, slug

Told = list[tuple[str, list[str], list[str], list[str]]]


def _told(text: str, gazetteer: Gazetteer) -> Told:
    """(type, place slugs, attacker slugs, target slugs) of each engagement of an article dated 12 June 2017."""
    return [
        (e.type, [place_slug(k) for k in e.places], [slug(k) for k in e.attackers], [slug(k) for k in e.targets])
        for e in engagements(text, gazetteer, titled=True, published=JUNE_12_2017)
    ]


# --- "A rocket fired from Syria hit Hermel": where a munition came from names no doer ---

_FSA = "Rebels of the Free Syrian Army fought government troops near Qusayr on Sunday. "


def test_a_rocket_fired_from_syria_takes_no_doer_from_the_sentence_before(gazetteer: Gazetteer) -> None:
    found = _told(_FSA + "A rocket fired from Syria hit the town of Hermel, wounding two people.", gazetteer)
    assert found == [
        ("armed-clash", ["al-qusayr"], ["free-syrian-army"], ["syrian-arab-army"]),
        ("shelling", ["hermel"], [], []),
    ]


def test_rockets_fired_from_syria_after_a_fronted_day_take_no_doer(gazetteer: Gazetteer) -> None:
    text = "Syrian rebels have been fighting the army near Qusayr for weeks. "
    found = _told(text + "On Sunday, two rockets fired from Syria landed in the town of Hermel.", gazetteer)
    assert ("shelling", ["hermel"], [], []) in found
    assert found[0] == ("armed-clash", ["al-qusayr"], ["syrian-rebels"], ["syrian-arab-army"])


def test_they_fired_rockets_from_a_town_keeps_the_subject_told_before(gazetteer: Gazetteer) -> None:
    found = _told("Islamic State militants attacked Kobani on Friday. They fired rockets from Jarablus.", gazetteer)
    assert found[0] == ("armed-clash", ["kobani"], ["islamic-state"], [])
    assert [f[2] for f in found if f[0] == "shelling"] == [["islamic-state"]]


# --- "Regime forces advanced in Deir Ezzor after clashes with IS": the subject that advanced fought ---


def test_forces_that_advanced_after_clashes_fought_the_other_side(gazetteer: Gazetteer) -> None:
    found = _told("Regime forces and their loyal gunmen advanced in Deir Ezzor after clashes with IS.", gazetteer)
    assert found == [("armed-clash", ["deir-ez-zor"], ["syrian-arab-army"], ["islamic-state"])]


def test_gains_made_following_fighting_with_a_side(gazetteer: Gazetteer) -> None:
    found = _told("The army advanced in Deir Ezzor after fierce battles with IS militants.", gazetteer)
    assert found == [("armed-clash", ["deir-ez-zor"], ["syrian-arab-army"], ["islamic-state"])]


def test_an_advance_after_clashes_between_other_sides_lends_no_side(gazetteer: Gazetteer) -> None:
    found = _told("Turkish-backed rebels advanced in al-Bab after clashes between the SDF and IS.", gazetteer)
    assert found == [("armed-clash", ["al-bab"], ["syrian-democratic-forces"], ["islamic-state"])]
    fled = _told("Civilians fled Raqqa after clashes with IS. Regime forces advanced in Deir Ezzor.", gazetteer)
    assert fled[0] == ("armed-clash", ["raqqa"], [], ["islamic-state"])


# --- "Turkish soldiers were martyred in clashes with the YPG": the fallen fought the foe named ---


def test_soldiers_martyred_in_clashes_with_a_foe_are_its_other_side(gazetteer: Gazetteer) -> None:
    text = "Two Turkish soldiers were martyred in clashes with YPG/PKK terrorists in Afrin, the Turkish military said."
    assert _told(text, gazetteer) == [
        ("armed-clash", ["afrin"], ["turkish-armed-forces"], ["peoples-protection-units"])
    ]


def test_fighters_killed_in_clashes_with_a_foe_are_its_other_side(gazetteer: Gazetteer) -> None:
    found = _told("Twelve Hezbollah fighters were killed in clashes with IS in Qalamoun.", gazetteer)
    assert found == [("armed-clash", ["qalamoun"], ["hezbollah"], ["islamic-state"])]


def test_soldiers_killed_in_clashes_with_no_foe_named_stay_the_side_hit(gazetteer: Gazetteer) -> None:
    found = _told("Two Syrian soldiers were killed in clashes in Palmyra.", gazetteer)
    assert found == [("armed-clash", ["palmyra"], [], ["syrian-arab-army"])]


# --- "15 YPG/PKK terrorists were neutralized in airstrikes": the counted dead of both named groups ---


def test_terrorists_neutralized_in_airstrikes_are_the_target(gazetteer: Gazetteer) -> None:
    text = "15 YPG/PKK terrorists were neutralized in airstrikes in Afrin, the Turkish military said."
    found = _told(text, gazetteer)
    assert found == [("air-strike", ["afrin"], [], ["peoples-protection-units", "kurdistan-workers-party"])]


def test_terrorists_killed_in_airstrikes_under_a_slash_name(gazetteer: Gazetteer) -> None:
    found = _told("Fifteen YPG/PKK terrorists were killed in airstrikes in Afrin.", gazetteer)
    assert found == [("air-strike", ["afrin"], [], ["peoples-protection-units", "kurdistan-workers-party"])]


def test_an_active_neutralized_keeps_its_reading(gazetteer: Gazetteer) -> None:
    found = _told("Turkish airstrikes killed 15 YPG/PKK terrorists in Afrin.", gazetteer)
    assert found == [("air-strike", ["afrin"], ["turkish-armed-forces", "turkey"], ["peoples-protection-units"])]


# --- "Washington blamed Syrian government warplanes for the attack": the doer of the event told ---

_SARIN = "A sarin attack on Khan Sheikhun killed 87 people on April 4. "


def test_warplanes_blamed_for_the_attack_are_its_doer_not_a_new_strike(gazetteer: Gazetteer) -> None:
    found = _told(_SARIN + "Washington blamed Syrian government warplanes for the attack.", gazetteer)
    assert found == [("chemical-weapon", ["khan-shaykhun"], ["syrian-arab-air-force"], [])]


def test_a_government_blamed_for_the_attack_is_its_doer(gazetteer: Gazetteer) -> None:
    found = _told(_SARIN + "Washington blamed the Syrian government for the attack.", gazetteer)
    assert found == [("chemical-weapon", ["khan-shaykhun"], ["baathist-syria"], [])]


def test_a_group_blamed_for_the_bombing_is_its_doer(gazetteer: Gazetteer) -> None:
    found = _told("A car bomb killed 12 people in Azaz on Sunday. Turkey blamed the YPG for the bombing.", gazetteer)
    assert found == [("remote-explosive", ["azaz"], ["peoples-protection-units"], [])]


def test_warplanes_that_struck_are_still_a_strike(gazetteer: Gazetteer) -> None:
    text = "Russian warplanes struck Saraqeb on Monday. Rebels blamed them for the killing of 12 civilians."
    found = _told(text, gazetteer)
    assert found[0] == ("air-strike", ["saraqib"], ["russian-aerospace-forces", "russia"], [])
    assert _told("Turkey blamed the YPG for the unrest in Azaz.", gazetteer) == []


# --- the new patterns on their adversarial inputs (bench/adversarial.py), and on the phrasings they read ---


def test_fired_from_reads_the_adversarial_inputs() -> None:
    assert [_matched(FIRED_FROM)(t) for t in FIRED34_TEXTS] == [None, None, None, None]
    assert _matched(FIRED_FROM)("A rocket fired from Syria hit") == "A rocket fired from "
    assert _matched(FIRED_FROM)("Two mortar shells launched from the east") == "Two mortar shells launched from "
    assert _matched(FIRED_FROM)("The rebels fired rockets from Jarablus") is None


def test_advance_patterns_read_the_adversarial_inputs() -> None:
    assert [searched(_AFTER_FIGHT)(t) for t in ADVANCED34_TEXTS] == [None, None, None, None]
    assert [_matched(_FIGHT_WITH)(t) for t in ADVANCED34_TEXTS] == [None, None, None, None]
    assert [len(found(_ADVANCED)(t)) for t in ADVANCED34_TEXTS] == [333, 0, 0, 0]
    assert searched(_AFTER_FIGHT)("advanced in Raqqa after fierce ") == "after fierce "
    assert _matched(_FIGHT_WITH)("clashes with IS") == "clashes"
    assert found(_ADVANCED)("made new gains in Raqqa and pushed deeper into") == ["made new gains", "pushed deeper"]


def test_were_killed_reads_the_adversarial_inputs() -> None:
    assert [searched(_WERE_KILLED)(t) for t in KILLED34_TEXTS] == [None, None, None]
    assert searched(_WERE_KILLED)(" terrorists were neutralized in") == "were neutralized"


def test_blame_patterns_read_the_adversarial_inputs() -> None:
    for pattern in (_FOR_THE, _BLAME_VERB, _AIRCRAFT_BLAMED, _BLAMED_FOR_EVENT):
        assert [searched(pattern)(t) for t in BLAMED34_TEXTS] == [None] * 5
    assert [_fullmatched(_SIDE_TAIL)(t) for t in BLAMED34_TEXTS] == [None] * 5
    assert [_matched(_FOR_AN_EVENT)(t) for t in BLAMED34_TEXTS] == [None] * 5
    text = "Washington blamed Syrian government warplanes for the attack"
    assert blamed_event(text, text.index("attack"))
    assert not blamed_event("Turkey blamed the YPG and attacked", 30)


# --- "killed, including several suicide bombers": bombers counted among the dead tell no suicide bombing ---


def test_suicide_bombers_among_the_dead_tell_no_bombing(gazetteer: Gazetteer) -> None:
    text = "IS attacked Kobani on Friday. At least 40 jihadists were killed, including six suicide bombers, it said."
    assert _told(text, gazetteer) == [("armed-clash", ["kobani"], ["islamic-state"], [])]


def test_a_toll_among_them_suicide_bombers_makes_no_bombing_of_the_dead(gazetteer: Gazetteer) -> None:
    text = "At least 40 IS fighters were killed in the attack on Kobani, including several suicide bombers."
    assert [f[0] for f in _told(text, gazetteer)] == ["armed-clash"]


def test_suicide_bombers_who_blew_themselves_up_are_still_a_bombing(gazetteer: Gazetteer) -> None:
    found = _told("Two suicide bombers blew themselves up in Jableh, killing 12 people.", gazetteer)
    assert found == [("suicide-bombing", ["jableh"], [], [])]
    text = "The attack on Kobani was launched by IS fighters, including several suicide bombers who blew themselves up."
    assert ("suicide-bombing", ["kobani"], ["islamic-state"], []) in _told(text, gazetteer)


def test_bombers_patterns_read_the_adversarial_inputs() -> None:
    assert [searched(_AMONG_DEAD)(t) for t in AMONG34_TEXTS] == [None, "among them among ", None, None, None]
    assert [_fullmatched(_BOMBERS)(t) for t in AMONG34_TEXTS] == [None] * 5
    assert searched(_AMONG_DEAD)("were killed, including several ") == "including several "
