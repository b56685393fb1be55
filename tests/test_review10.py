"""Over-reaches a review found in the twenty-first session's first-round rules (helper review10). Every text is made
up for the test."""

from __future__ import annotations

from datetime import date

import pytest
from detection import engagement_kinds, hosted_tolls

from bench.adversarial import REVIEW10_TEXTS
from loaders.actor_mentions import _AIRCRAFT_HEDGED
from loaders.aircraft_named import _AIRCRAFT_DID
from loaders.figure_hosts import _TRUCE_BROKEN
from loaders.gazetteer import Gazetteer
from loaders.listed_together import _near_some_other
from loaders.passive_subjects import _INSIDE_SUBJECT
from tests.written import written

SAA = "syrian-arab-army"
RUSSIAN_AIR = "russian-aerospace-forces"


def actor_links(body: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Surface -> slug of the actor mentions extracted from a made-up article."""
    found = written(body, gazetteer, published=date(2016, 3, 7))
    return {body[m.span.start : m.span.end]: m.key.split("/")[-1] for m in found.mentions if m.kind == "actor"}


# --- aircraft_named.told_by_aircraft: aircraft struck are no aircraft striking ---


@pytest.mark.parametrize(
    "body",
    [
        "Two helicopters hit by rebel fire crashed near Hama.",
        "Two drones targeted by rebels crashed near Hama.",
        "Warplanes struck by anti-aircraft fire crashed near Hama.",
        "Jets hit by missiles fell near Ariha.",
        "Helicopters targeted by the Nusra Front landed near Ariha.",
    ],
)
def test_aircraft_struck_by_others_tell_no_strike(body: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _, _ in engagement_kinds(body, gazetteer) if kind == "air-strike"] == []


@pytest.mark.parametrize(
    "body", ["Helicopters struck Ariha.", "The warplanes carried out raids on Ariha.", "Jets hit Ariha by night."]
)
def test_aircraft_striking_still_tell_a_strike(body: str, gazetteer: Gazetteer) -> None:
    assert "air-strike" in [kind for kind, _, _ in engagement_kinds(body, gazetteer)]


# --- actor_mentions._AIRCRAFT_HEDGED: where aircraft were made is not whose they are ---


@pytest.mark.parametrize(
    "body",
    [
        "Syrian jets, probably Russian-made Sukhois, bombed Douma on Monday.",
        "Government helicopters, possibly Iranian-built, dropped barrels on Douma on Monday.",
        "The warplanes, likely Russian-designed, struck Douma on Monday.",
    ],
)
def test_a_hedged_maker_is_no_air_force(body: str, gazetteer: Gazetteer) -> None:
    assert RUSSIAN_AIR not in actor_links(body, gazetteer).values()
    assert "iranian" not in " ".join(actor_links(body, gazetteer).values())


def test_a_hedged_nationality_still_names_the_air_force(gazetteer: Gazetteer) -> None:
    assert actor_links("Warplanes, probably Russian, bombed Douma on Monday.", gazetteer).get("Russian") == RUSSIAN_AIR


# --- figure_hosts._TRUCE_BROKEN: a truce brokered is no truce broken ---


@pytest.mark.parametrize(
    "body",
    [
        "A ceasefire took effect in Homs on Saturday. At least 12 people have been killed since the US-brokered deal.",
        "A ceasefire took effect in Homs on Saturday. At least 12 people have died since the deal was brokered.",
        "A ceasefire took effect in Homs on Saturday. At least 12 people have died, brokers of the deal said.",
    ],
)
def test_a_brokered_truce_hosts_no_toll(body: str, gazetteer: Gazetteer) -> None:
    assert ("ceasefire", 12) not in hosted_tolls(body, gazetteer)


@pytest.mark.parametrize("text", ["after rebels broke the truce", "the broken truce", "truce breaches", "violated"])
def test_words_of_a_breach_still_name_one(text: str) -> None:
    assert _TRUCE_BROKEN.search(text)


# --- passive_subjects.placed_patient: a side inside the subject's own phrase is no patient ---


@pytest.mark.parametrize(
    "body",
    [
        "Civilians fleeing IS near Raqqa were shelled on Monday.",
        "Towns besieged by the army in Ghouta were shelled on Monday.",
        "Families escaping the army near Hama were shelled on Monday.",
        "Convoys sent from Turkey near Azaz were bombed on Monday.",
        "Villagers fighting IS near Raqqa were shelled on Monday.",
    ],
)
def test_a_side_inside_the_subject_is_no_patient(body: str, gazetteer: Gazetteer) -> None:
    assert all(not targets for _, _, targets in engagement_kinds(body, gazetteer))


def test_a_placed_patient_is_still_read(gazetteer: Gazetteer) -> None:
    body = "Rebel positions near Hama were shelled by the army on Monday."
    assert ("shelling", [SAA], ["syrian-rebels"]) in engagement_kinds(body, gazetteer)


# --- support_phrases.helper_strikes: "bombing raids" are strikes too ---


@pytest.mark.parametrize(
    "body",
    [
        "The army backed by Russian bombing raids captured Nawa on Monday.",
        "The army with help from Russian bombing raids captured Nawa on Monday.",
    ],
)
def test_a_helpers_bombing_raids_are_its_strikes(body: str, gazetteer: Gazetteer) -> None:
    strikes = [attackers for kind, attackers, _ in engagement_kinds(body, gazetteer) if kind == "air-strike"]
    assert strikes and all(
        RUSSIAN_AIR in attackers and "syrian-arab-air-force" not in attackers for attackers in strikes
    )


# --- listed_together._near_some_other: a village near no other piece's is never tried ---


def test_a_village_near_no_other_piece_is_not_tried(gazetteer: Gazetteer) -> None:
    douma, harasta, aleppo, daraa = (
        f"place/{k}" for k in ("douma-890442375", "harasta-1125968475", "aleppo-421202163", "daraa-421197257")
    )
    pieces = [("a", (douma,)), ("b", (harasta, aleppo)), ("c", (daraa,))]
    assert _near_some_other(pieces, gazetteer) == [("a", (douma,)), ("b", (harasta,)), ("c", ())]


@pytest.mark.parametrize(
    ("text", "inside"), list(zip(REVIEW10_TEXTS, [None, None, "fleeing fleeing ", None, None], strict=True))
)
def test_the_review_patterns_read_adversarial_text(text: str, inside: str | None) -> None:
    # only the last two words of a run of 'fleeing' end a subject; their speed is timed by make bench-patterns
    found = _INSIDE_SUBJECT.search(text)
    assert (found and found.group()) == inside and (found is None or found.end() == len(text))
    assert _AIRCRAFT_HEDGED.search(text) is None
    assert _AIRCRAFT_DID.search(text) is None
    assert _TRUCE_BROKEN.search(text) is None
