"""Thirty-third session (helper fixes33b): misreadings found by written probes. Texts written for the tests."""

from __future__ import annotations

from datetime import date

from bench.adversarial import KIN33_TEXTS, OWN_DOER33_TEXTS, _matched, searched
from loaders.anniversaries import _KIN_OF_KILLED
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.story_turns import OWN_DOER


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of a made-up article dated 12 June 2017."""
    body = "A report\n\n" + text
    found = extract(Article("test", "t", body, published=date(2017, 6, 12)), gazetteer)
    return [
        (e.type, [k.split("/")[-1] for k in e.places], [k.split("/")[-1] for k in e.attackers])
        for e in found.engagements
    ]


# --- "A suicide bomber blew himself up": a sentence naming its own new doer takes none from the sentence before ---

_JETS = "Government jets bombed Saraqib on Monday. "


def test_a_suicide_bomber_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "A suicide bomber blew himself up in Idlib on Tuesday.", gazetteer)
    assert ("suicide-bombing", ["idlib-890432567"], []) in found
    assert found[0][0] == "air-strike" and "syrian-arab-air-force" in found[0][2]


def test_a_car_bomb_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "A car bomb exploded in Idlib on Tuesday, killing five people.", gazetteer)
    assert ("remote-explosive", ["idlib-890432567"], []) in found


def test_an_explosive_device_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "An explosive device went off in Idlib on Tuesday.", gazetteer)
    assert ("remote-explosive", ["idlib-890432567"], []) in found


def test_the_jets_named_again_keep_their_side(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "The jets also struck Idlib on Tuesday.", gazetteer)
    assert found[0] == ("air-strike", ["saraqib-890449833"], ["syrian-arab-air-force", "baathist-syria"])
    assert ("air-strike", ["idlib-890432567"], ["syrian-arab-air-force", "baathist-syria"]) in found


def test_own_doer_reads_the_adversarial_inputs() -> None:
    assert [_matched(OWN_DOER)(t) for t in OWN_DOER33_TEXTS] == [None, None, None, None]
    assert _matched(OWN_DOER)("Unknown gunmen shot") == "Unknown gunmen"
    assert _matched(OWN_DOER)("Its suicide bombers") is None
    assert _matched(OWN_DOER)("The bomber") is None


# --- "Orphans of fighters killed by IS in Kobani were honoured": a killing named to say whose kin they are ---


def test_orphans_of_fighters_killed_tell_no_clash(gazetteer: Gazetteer) -> None:
    text = "Orphans of fighters killed by IS in Kobani were honoured at a ceremony in Qamishli on Monday. "
    found = _told(text + "IS militants shelled Hasakah on Monday.", gazetteer)
    assert found == [("shelling", ["al-hasakah-421168649"], ["islamic-state"])]


def test_families_of_soldiers_killed_tell_no_clash(gazetteer: Gazetteer) -> None:
    text = "Families of soldiers killed by rebels in Aleppo received aid in Latakia on Monday. "
    found = _told(text + "Rebels shelled Idlib on Monday.", gazetteer)
    assert found == [("shelling", ["idlib-890432567"], ["syrian-rebels"])]


def test_kin_as_the_object_keep_the_killing(gazetteer: Gazetteer) -> None:
    found = _told("Air strikes killed the parents of three children in Douma on Monday.", gazetteer)
    assert ("air-strike", ["douma-890442375"], []) in found


def test_kin_who_speak_keep_the_killing_they_tell(gazetteer: Gazetteer) -> None:
    found = _told("Families of the dead said IS militants killed 12 people in Kobani on Monday.", gazetteer)
    assert ("attack-on-civilians", ["kobani-1360282145"], ["islamic-state"]) in found


def test_kin_of_killed_reads_the_adversarial_inputs() -> None:
    assert [searched(_KIN_OF_KILLED)(t) for t in KIN33_TEXTS] == [None, "families of the old ", None, None]
    assert searched(_KIN_OF_KILLED)("Widows of the Kurdish fighters ") == "Widows of the Kurdish fighters "
    assert searched(_KIN_OF_KILLED)("Families of the dead said IS militants ") is None
