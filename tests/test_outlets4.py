"""Other outlets' English, the classes a third sample left (twenty-second session, helper outlets4): a dateline opening
a paragraph, people killed by a side with no word of fighting, "between A and its allies against B", a suicide bomber
as the subject of a kill verb. The texts are written for the tests."""

from __future__ import annotations

import re

import pytest
from detection import Read, read_engagements

from bench.adversarial import OUTLETS4_TEXTS
from loaders.between_sides import _BEFORE_SIDE, _ONE_SIDE_THEN_AGAINST, _UNNAMED_SIDE
from loaders.gazetteer import Gazetteer
from loaders.killed_people import _BOMBER_SUBJECT, _PEOPLE_AFTER, _PEOPLE_BEFORE, killed_by_suicide_bomber
from loaders.paragraph_datelines import PARAGRAPH_DATELINE
from loaders.text import sentences
from tests.written import written


def _places(body: str, gazetteer: Gazetteer) -> set[str]:
    """The slugs of the article's place mentions."""
    x = written(body, gazetteer)
    return {re.sub(r"-\d+$", "", m.key.split("/")[-1]) for m in x.mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        (
            "Drone strike\n\nERBIL (Kurdistan 24) – A Turkish drone killed two fighters near Tal Tamr.",
            "ERBIL (Kurdistan 24) –",
        ),
        ("Shelling\n\nDAMASCUS, Syria (AP) — Syrian troops shelled the town of Douma.", "DAMASCUS, Syria (AP) —"),
        ("Raid\n\nBeirut, Aug 5 (Reuters) - Syrian warplanes bombed the town of Saraqeb.", "Beirut, Aug 5 (Reuters) -"),
        ("Air strikes kill 15\n\nBEIRUT: Air strikes killed more than a dozen civilians in Nawa.", "BEIRUT:"),
        ("Homs (Qasioun) - A child died when the regime shelled the town of Talbiseh.", "Homs (Qasioun) -"),
    ],
)
def test_another_outlets_dateline_opening_a_paragraph_is_furniture(body: str, dateline: str) -> None:
    texts = [(s.span.text(body), s.boilerplate) for s in sentences(body)]
    assert (dateline, True) in texts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the dateline's city is where the reporter filed from, not where the strike fell
            "Air strikes kill 15\n\nBEIRUT: Air strikes on Tuesday killed more than a dozen civilians in the town of"
            " Nawa, a war monitor said.",
            [("air-strike", ["nawa"], [], [])],
        ),
        (
            "Shelling\n\nDAMASCUS, Syria (AP) — Syrian troops shelled the town of Douma on Monday.",
            [("shelling", ["douma"], ["syrian-arab-army"], [])],
        ),
    ],
)
def test_a_datelines_city_is_no_place_of_the_event(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


def test_a_datelines_city_stays_a_place_of_the_article(gazetteer: Gazetteer) -> None:
    # as a wire's dateline does in FA-KES ("BEIRUT (Sputnik)"), whose annotation counts it
    body = "Shelling\n\nDAMASCUS, Syria (AP) — Syrian troops shelled the town of Douma on Monday."
    assert {"damascus", "douma"} <= _places(body, gazetteer)


@pytest.mark.parametrize(
    "body",
    [
        "Free Syrian Army (FSA) - Rebels attacked a checkpoint in the town of Saraqeb.",  # a name and its acronym
        "The Free Syrian Army (FSA) – a rebel group – attacked a checkpoint in the town of Saraqeb.",
        "SDF: Rebels attacked a checkpoint in the town of Saraqeb.",  # a group, no city
        "Rebels attacked the town of Saraqeb. BEIRUT: the capital is calm.",  # not at a paragraph's start
        "Rebels attacked Saraqeb (Idlib) - a town in the north - on Monday.",  # a place glossed, mid-line
        "BEIRUT:",  # nothing after it
        "The Syrian Observatory (SOHR) – Rebels attacked a checkpoint in the town of Saraqeb.",  # a name, no city
    ],
)
def test_no_dateline_is_read_elsewhere(body: str) -> None:
    assert all(not s.boilerplate for s in sentences(body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # shot dead, a count of people: no fighting told
            "Regime forces shot dead five people in the city of Hama on Sunday, the Observatory said.",
            [("attack-on-civilians", ["hama"], ["syrian-arab-army"], [])],
        ),
        (
            "Regime forces shot and killed nine men in the village of Kafr Nabl on Monday.",
            [("attack-on-civilians", ["kafr-nabl"], ["syrian-arab-army"], [])],
        ),
        (  # the source after a comma ends the victims' phrase: "the monitoring group" fought nobody
            "In the central province of Hama, regime forces shot dead five people, the monitoring group said.",
            [("attack-on-civilians", ["hama-governorate"], ["syrian-arab-army"], [])],
        ),
        (  # the passive: the count before the verb
            "Five people were shot dead by regime forces in the city of Hama on Sunday.",
            [("attack-on-civilians", ["hama"], ["syrian-arab-army"], [])],
        ),
    ],
)
def test_people_killed_by_a_side_with_no_fighting_are_civilians(
    body: str, expected: Read, gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a fight told: the kill verb is the clash's toll
            "Regime forces killed five people and wounded others in clashes with rebels in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], ["syrian-rebels"])],
        ),
        (  # the people named as fighters
            "Regime forces killed five people, all of them rebel fighters, in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], [])],
        ),
        (  # men of an army
            "Rebels killed 12 men of the regime army in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-rebels"], ["syrian-arab-army"])],
        ),
        (  # men of an armed group
            "Rebels killed nine men from an armed group in the town of Hama.",
            [("armed-clash", ["hama"], ["syrian-rebels"], [])],
        ),
        (  # soldiers, not people
            "Regime forces killed five soldiers who had defected in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], [])],
        ),
        (  # no count: a charge, not a report ("for years" here, thirty-second session, made it no engagement at all:
            # a deed done for years, `practices_named.years_after`; the day-less "last week" keeps the reading tested)
            "The rebels said the regime had killed people in Harasta last week.",
            [("armed-clash", ["harasta"], ["baathist-syria"], [])],
        ),
    ],
)
def test_people_named_as_fighters_or_in_a_fight_are_not_civilians(
    body: str, expected: Read, gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Fierce fighting raged between the regime forces and Hezbollah against Jabhat al-Nusra in the town of"
            " Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army", "hezbollah"], ["al-nusra-front"])],
        ),
        (  # fighters no table names after "against": the allies still one side
            "Clashes broke out between the regime forces and Hezbollah against the Islamic factions in the town of"
            " Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army", "hezbollah"], [])],
        ),
        (  # allies joined after a phrase of loyalty
            "Clashes broke out between the regime forces and militiamen loyal to them and Hezbollah against the"
            " Islamic State in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army", "hezbollah"], ["islamic-state"])],
        ),
    ],
)
def test_against_parts_the_sides_of_a_fight_told_between(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # no "against": "and" parts the sides as before
            "Clashes broke out between the regime forces and Hezbollah in the town of Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], ["hezbollah"])],
        ),
        (  # "against" opening no side: "and" still parts them
            "Clashes broke out between the regime forces and rebels against the backdrop of the talks in the town of"
            " Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], ["syrian-rebels"])],
        ),
        (
            "Clashes broke out between the regime forces and rebels against the wishes of Russia in the town of"
            " Harasta.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], ["syrian-rebels"])],
        ),
        (  # "against" in a relative clause tells another fight
            "Clashes broke out between the regime forces and rebels in Harasta, which fought against IS last year.",
            [("armed-clash", ["harasta"], ["syrian-arab-army"], ["syrian-rebels"])],
        ),
    ],
)
def test_against_outside_the_between_phrase_parts_nothing(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # told as background after "since ... when": the kill verb's subject is the bomber
            "Violence has escalated in Jobar since February 9 when a Jordanian suicide bomber from the jihadist"
            " Islamic State of Iraq and the Levant killed 32 government forces.",
            [("suicide-bombing", ["jobar"], ["islamic-state"], ["syrian-arab-army"])],
        ),
    ],
)
def test_a_suicide_bomber_as_subject_is_a_suicide_bombing(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "bomber"),
    [
        ("Violence rose when a suicide bomber from IS killed", True),
        ("Five suicide bombers were killed", False),  # the bombers killed
        ("After a suicide bomber blew himself up, troops killed", False),  # a comma: another clause
        ("The army said a suicide bomber had been stopped before troops killed", False),
        ("a suicide bomber was arrested while soldiers killed", False),
        ("IS sent suicide bombers, and the army killed", False),
    ],
)
def test_the_bomber_is_the_subject_only_in_its_own_clause(text: str, bomber: bool) -> None:
    assert killed_by_suicide_bomber(text, len(text) - len("killed")) is bomber


@pytest.mark.parametrize(
    ("pattern", "counts"),
    [
        (PARAGRAPH_DATELINE, [0, 0, 0, 0, 0, 0]),
        (_PEOPLE_AFTER, [0, 0, 0, 293, 0, 0]),  # " five people" after "were": each count of people
        (_PEOPLE_BEFORE, [0, 0, 0, 0, 0, 0]),  # read up to the kill verb only: never at a text's end here
        (_BOMBER_SUBJECT, [0, 0, 0, 0, 1, 0]),  # the last bomber, at the text's end
    ],
)
def test_outlets4_patterns_read_adversarial_text(pattern: re.Pattern[str], counts: list[int]) -> None:
    # every match over the whole text, as bench/adversarial.py times it (make bench-patterns)
    assert [len(list(pattern.finditer(text))) for text in OUTLETS4_TEXTS] == counts


def test_between_against_pattern_reads_adversarial_text() -> None:
    # matched once, right after "between", as find_roles reads it (timed so by make bench-patterns): no "against"
    assert [_ONE_SIDE_THEN_AGAINST.match(text) for text in OUTLETS4_TEXTS] == [None] * 6
    assert [_BEFORE_SIDE.match(text).group() for text in OUTLETS4_TEXTS] == [""] * 6  # no "the" opens any of them
    assert [_UNNAMED_SIDE.match(text) for text in OUTLETS4_TEXTS] == [None] * 6
