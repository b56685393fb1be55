"""Over-reach the review of the thirty-fourth session's second round found, on articles written for these tests
(helper reread34b)."""

from __future__ import annotations

import pytest

from bench.adversarial import GLUED34_TEXTS, SUBJECT_OF34_TEXTS, _matched
from loaders.blamed_after import _FOR_AN_EVENT
from loaders.bombers_among_dead import _AMONG_DEAD
from loaders.gazetteer import Gazetteer
from loaders.located_lists import _SUBJECT_OF
from loaders.spelling_index import _GLUED_SPELT, glued_spelt
from loaders.story_turns import FIRED_FROM
from tests.written import JUNE_12_2017, engagements, place_slug, place_spans, slug

# --- a list after "struck" or "shelled" whose names after the comma are the subject of a new clause ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jets struck Hama, Karim said, killing his neighbours.", "Hama"),
        ("Regime forces shelled Hama, Omar and Ali were killed, their father said.", "Hama"),
        ("Jets bombed Idlib, Samir and Layla fled to the border.", "Idlib"),
        ("Fighting raged in Aleppo, Nabil told Reuters.", "Aleppo"),
    ],
)
def test_names_that_speak_or_fall_after_a_listed_place_are_no_places(
    gazetteer: Gazetteer, text: str, place: str
) -> None:
    assert [surface for surface, _ in place_spans(text, gazetteer)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Douma, Hamouriyeh and Saqba, killing 12 civilians.",
        "Regime jets bombed Kafr Nabl, Maarat al-Numan and Saraqeb on Monday.",
        "Jets bombed Kafr Nabl, Maarat al-Numan and Saraqeb, which are held by rebels.",
    ],
)
def test_a_list_of_places_closed_by_a_time_or_a_comma_is_still_read(gazetteer: Gazetteer, text: str) -> None:
    assert len(place_spans(text, gazetteer)) == 3


def test_an_unknown_name_in_a_list_of_places_closed_by_a_stop_is_still_read(gazetteer: Gazetteer) -> None:
    found = place_spans("Jets bombed Idlib, Kafr Zibad and Qurqaniya.", gazetteer)
    assert [surface for surface, _ in found] == ["Idlib", "Kafr Zibad", "Qurqaniya"]


def test_subject_of_reads_the_adversarial_inputs() -> None:
    assert [_matched(_SUBJECT_OF)(t) for t in SUBJECT_OF34_TEXTS] == [None] * 4
    assert _matched(_SUBJECT_OF)(" said, killing") == " said"
    assert _matched(_SUBJECT_OF)(" sayings") is None


# --- aircraft blamed "for the deaths of ...": with no event noun after "for", the aircraft tell the strike ---


def _told(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of an article dated 12 June 2017."""
    return [
        (e.type, [place_slug(k) for k in e.places], [slug(k) for k in e.attackers])
        for e in engagements(text, gazetteer, titled=True, published=JUNE_12_2017)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Activists blamed Syrian government warplanes for the deaths of 20 civilians in Saraqeb.",
        "Residents blamed government warplanes for the killing of a family in Saraqeb.",
        "Medics blamed government warplanes for the death of a paramedic in Saraqeb.",
    ],
)
def test_aircraft_blamed_for_an_outcome_still_tell_the_strike(gazetteer: Gazetteer, text: str) -> None:
    assert [(t, p) for t, p, _ in _told(text, gazetteer)] == [("air-strike", ["saraqib"])]


def test_aircraft_blamed_for_an_attack_told_tell_no_second_strike(gazetteer: Gazetteer) -> None:
    text = "Washington blamed Syrian government warplanes for the attack on the aid convoy near Aleppo."
    assert _told(text, gazetteer) == [("air-strike", ["aleppo"], ["syrian-arab-air-force", "baathist-syria"])]
    assert _matched(_FOR_AN_EVENT)(" for the air strikes on Idlib") == " for the air strikes"
    assert _matched(_FOR_AN_EVENT)(" for the deaths of 20 civilians") is None


# --- "including ten by suicide bombers": the dead the bombers killed, a bombing told ---


@pytest.mark.parametrize(
    "text",
    [
        "Dozens were killed in Jableh and Tartous, including at least ten by suicide bombers.",
        "Some 30 people died in Jableh, including 12 by suicide bombers and the rest by shelling.",
    ],
)
def test_dead_counted_by_suicide_bombers_are_a_bombing(gazetteer: Gazetteer, text: str) -> None:
    assert [t for t, _, _ in _told(text, gazetteer)] == ["suicide-bombing"]


def test_suicide_bombers_among_the_dead_still_tell_no_bombing(gazetteer: Gazetteer) -> None:
    text = "IS attacked Kobani on Friday. At least 40 jihadists were killed, including six suicide bombers, it said."
    assert _told(text, gazetteer) == [("armed-clash", ["kobani"], ["islamic-state"])]
    assert _AMONG_DEAD.search("were killed, including ten by ") is None
    assert _AMONG_DEAD.search("were killed, including ten ") is not None


# --- "Two Grad rockets fired from Syria", "Two rockets, fired from Syria,": where they came from names no doer ---

_FSA = "Rebels of the Free Syrian Army fought government troops near Qusayr on Sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Grad rockets fired from Syria hit the town of Hermel, wounding two people.",
        "Two Katyusha rockets fired from Syria hit the town of Hermel, wounding two people.",
        "Two rockets, fired from Syria, hit the town of Hermel, wounding two people.",
    ],
)
def test_named_or_set_off_rockets_fired_from_a_place_borrow_no_doer(gazetteer: Gazetteer, sentence: str) -> None:
    found = _told(_FSA + sentence, gazetteer)
    assert found == [("armed-clash", ["al-qusayr"], ["free-syrian-army"]), ("shelling", ["hermel"], [])]


def test_rebels_who_fire_rockets_from_a_town_still_fire_them(gazetteer: Gazetteer) -> None:
    found = _told(_FSA + "The rebels fired rockets from Qusayr at Hermel.", gazetteer)
    assert ("shelling", ["al-qusayr"], ["syrian-rebels"]) in found
    assert _matched(FIRED_FROM)("Two Grad rockets fired from Syria") == "Two Grad rockets fired from "
    assert _matched(FIRED_FROM)("The rebels fired rockets from Jarablus") is None


# --- a glued key taken only by a word spelt as a glued name opens: "Andorra" is no "Ain Dara" ---


def test_a_foreign_name_with_a_glued_key_stays_unlinked(gazetteer: Gazetteer) -> None:
    assert [k for _, k in place_spans("Fighting raged in Andorra.", gazetteer)] == ["place/local/andorra"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kurdish fighters shelled Aindara on Monday.", "place/ain-dara-421177357"),
        ("Clashes erupted in Kafrtakharim on Monday.", "place/kafr-takharim-890449845"),
        ("Turkish artillery shelled Tallrifaat overnight.", "place/tell-rifaat-890449827"),
    ],
)
def test_a_glued_name_spelt_with_its_opener_is_still_read(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert [k for _, k in place_spans(text, gazetteer)] == [key]


def test_glued_spelt_reads_the_openers() -> None:
    assert [glued_spelt([w]) for w in ("Kfarzita", "Tellrifaat", "Deirhafer", "Aindara", "Maaretmisrin")] == [True] * 5
    assert [glued_spelt([w]) for w in ("Andorra", "Darwin", "Talk")] == [False, False, True]
    assert [_matched(_GLUED_SPELT)(t) for t in GLUED34_TEXTS] == [None, None, None]
