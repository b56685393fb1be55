"""Engagements of the air, of shelling and of chemical weapons that the rules missed (twenty-sixth session, helper
remote26; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import pytest

from bench.adversarial import AIR_FORCE26_TEXTS, BLAMED26_TEXTS, BLOWS26_TEXTS, SITES_HIT26_TEXTS
from loaders.blamed_after import _BLAMED_ON, _RELATIVE_ON_NOUN, _RESPONSIBLE
from loaders.blows_dealt import _DEALT, _SUFFERED
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.sites_hit import site_hit
from tests.written import types_sides as engagements

ARMY = "actor/syrian-arab-army"


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday a chemical attack blamed on government forces killed 20 people in Douma.",
        "Rescuers filmed the gas attack in Douma on Monday which the rebels said the Syrian army was responsible for.",
        "Doctors treated dozens after a chemical attack on Douma on Monday that was widely blamed on the Syrian army.",
    ],
)
def test_the_side_blamed_after_the_engagement_is_its_attacker(text: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert [e[0] for e in found] == ["chemical-weapon"]
    assert ARMY in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the blame of another clause is not this engagement's
        "A chemical attack hit Douma on Monday, and the opposition blamed on Tuesday the shortages on the Syrian army.",
        # whoever is named after the blame but not right after "on" is not the one blamed
        "A gas attack in Douma on Monday was blamed on what the Syrian army called foreign agents.",
    ],
)
def test_no_side_is_blamed_beyond_the_blame(text: str, gazetteer: Gazetteer) -> None:
    found = engagements(text, gazetteer)
    assert all(ARMY not in e[1] for e in found)


def test_the_blame_patterns_read_adversarial_text() -> None:
    # what each pattern makes of runs of its own words and of blanks; its speed is timed by make bench-patterns
    # no "on" after any "blamed": no blame read
    assert [_BLAMED_ON.match(t) for t in BLAMED26_TEXTS] == [None] * 6
    assert [bool(_RELATIVE_ON_NOUN.match(t)) for t in BLAMED26_TEXTS] == [False, False, True, False, False, False]
    assert [(m.start(), len(m.group())) if (m := _RESPONSIBLE.search(t)) else None for t in BLAMED26_TEXTS] == [
        None,
        None,
        None,
        (4943, 17),  # only the last "was responsible", at the text's end
        None,
        None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A clinic in the Sukkari district of Aleppo was hit on Sunday wounding two nurses.",
        "Two schools in Douma were hit overnight.",
        "A bakery in Saraqeb was also hit yesterday killing four people.",
    ],
)
def test_a_site_hit_in_the_passive_is_a_strike(text: str, gazetteer: Gazetteer) -> None:
    assert [e[0] for e in engagements(text, gazetteer)] == ["air-strike"]


def test_the_body_that_says_its_own_site_was_hit_is_the_one_hit(gazetteer: Gazetteer) -> None:
    text = "The White Helmets said on Sunday that one of their centres in Idlib was hit."
    assert engagements(text, gazetteer) == [("air-strike", (), ("actor/white-helmets",))]


@pytest.mark.parametrize(
    "text",
    [
        "The economy of Aleppo was hit hard by the war in 2013.",  # no site
        "The pilot was hit in Idlib on Sunday.",  # a person, not a site
        "A hospital in Aleppo was hit by a power cut on Sunday.",  # an agent after the verb: its own cause
        "A hospital in Aleppo was hit hard by shortages of fuel.",  # not a time, place or clause's end after it
        "The hospital said the man was hit in Idlib on Sunday.",  # the site is not the passive's subject
        "Markets in Aleppo were hit in the recession.",  # "in" and no place
    ],
)
def test_no_strike_without_a_site_hit_and_nothing_after(text: str, gazetteer: Gazetteer) -> None:
    assert [e for e in engagements(text, gazetteer) if e[0] == "air-strike"] == []


def test_a_site_hit_on_another_day_is_a_report_of_its_own(gazetteer: Gazetteer) -> None:
    # before the twenty-sixth session it added nothing (`tests/test_kills23.py`): not the strike told before, but a
    # strike of its own day and place
    found = extract(
        Article(
            "test",
            "t",
            "Russian jets struck Saraqib on Monday. A hospital was hit in Ariha a week ago, activists said.",
        ),
        gazetteer,
    )
    assert [[k.rsplit("/", 1)[1].rsplit("-", 1)[0] for k in e.places] for e in found.engagements] == [
        ["saraqib"],
        ["ariha"],
    ]


def test_the_site_reading_reads_adversarial_text() -> None:
    # a site before the last "was hit" or not, and the one bare "hit" the trigger finds (at the text's end); their
    # speed is timed by make bench-patterns
    assert [site_hit(t, len(t) - 3) for t in SITES_HIT26_TEXTS] == [True, False, False, True]
    assert [len(trigger_matches(t)) for t in SITES_HIT26_TEXTS] == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "The Air Force destroyed a Nusra Front base in Rastan on Monday.",
        "Planes destroyed two Nusra Front depots near Rastan on Monday.",
    ],
)
def test_the_air_arm_destroying_is_an_air_strike(text: str, gazetteer: Gazetteer) -> None:
    assert [e[0] for e in engagements(text, gazetteer)] == ["air-strike"]


def test_the_air_arm_backing_the_subject_strikes_nothing_of_its_own(gazetteer: Gazetteer) -> None:
    text = "Army units backed by the air force destroyed the vehicles of the Nusra Front in Hama on Monday."
    assert "air-strike" not in [e[0] for e in engagements(text, gazetteer)]


def test_the_air_arm_trigger_reads_adversarial_text() -> None:
    # every "air force destroyed" is a trigger and its verb; the backing air arm and the air arm with no act are none
    # (their speed is timed by make bench-patterns)
    found = [sorted({m.group(0) for m in trigger_matches(t)}) for t in AIR_FORCE26_TEXTS]
    assert found == [["air force", "destroyed"], [], []]


def test_the_side_that_dealt_the_blow_struck(gazetteer: Gazetteer) -> None:
    text = "On Monday Russian jets again dealt a painful blow to the militants in heavy airstrikes on Saraqeb."
    assert [(e[0], "actor/russian-aerospace-forces" in e[1]) for e in engagements(text, gazetteer)] == [
        ("air-strike", True)
    ]


def test_the_side_that_suffered_the_blow_was_hit(gazetteer: Gazetteer) -> None:
    text = "On Monday the Nusra Front suffered a heavy blow in airstrikes on its bases near Saraqeb."
    assert [(e[0], e[2]) for e in engagements(text, gazetteer)] == [("air-strike", ("actor/al-nusra-front",))]


def test_a_blow_with_no_strike_after_it_gives_no_side(gazetteer: Gazetteer) -> None:
    # the blow is a setback in words, and the strike after "and" is told apart from it
    text = "On Monday the Nusra Front suffered a heavy blow to its image and airstrikes hit Saraqeb."
    assert all("actor/al-nusra-front" not in e[2] for e in engagements(text, gazetteer))


def test_the_blow_patterns_read_adversarial_text() -> None:
    # only the whole phrase up to the strike matches, never runs of its words; speed by make bench-patterns
    assert [_DEALT.fullmatch(t) for t in BLOWS26_TEXTS] == [None] * 5
    assert [_SUFFERED.fullmatch(t) for t in BLOWS26_TEXTS] == [None] * 5
    assert _DEALT.fullmatch(" also dealt a heavy blow to the militants in ") is not None
