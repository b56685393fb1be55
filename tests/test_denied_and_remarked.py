"""Triggers that tell no engagement of their own: aircraft whose verb is negated, a told engagement only remarked on,
and "came under fire" from a rights body or for what one did (eighteenth session, helper outprec3;
`loaders/denied_and_remarked.py`, `loaders/other_senses.py`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.mark.parametrize(
    ("denied", "done"),
    [
        (
            "The ministry said on Monday that Russian planes had not carried out air strikes on Saraqib.",
            "The ministry said on Monday that Russian planes had carried out air strikes on Saraqib.",
        ),
        ("Officials insisted that regime jets did not bomb the town of Saraqib.", "Regime jets bombed Saraqib."),
        ("Turkish warplanes never struck the town of Afrin, Ankara said.", "Turkish warplanes struck Afrin."),
        ("Russian long-range bombers didnt hit Raqqa on Friday.", "Russian long-range bombers hit Raqqa on Friday."),
    ],
)
def test_aircraft_whose_own_verb_is_negated_strike_nothing(denied: str, done: str, gazetteer: Gazetteer) -> None:
    assert detect(denied, gazetteer) == []
    assert [d.type for d in detect(done, gazetteer)] == ["air-strike"]


def test_a_negation_in_a_relative_clause_of_the_aircraft_is_not_the_strikes(gazetteer: Gazetteer) -> None:
    text = "Regime helicopters that had not been seen before dropped barrel bombs on Saraqib on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The increased fighting has raised concerns for the civilians still in Aleppo.",
        "The explosions in Homs reflected the changing fortunes of the war.",
        "The bombing of the Old City on Monday underscored the danger to aid workers.",
        "The heavy clashes around Saraqib highlighted how fragile the truce was.",
    ],
)
def test_an_engagement_only_remarked_on_is_not_told_again(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_a_remark_adds_no_engagement_beside_the_report(gazetteer: Gazetteer) -> None:
    body = (
        "Rebels attacked the town of Saraqib on Monday. "
        "The renewed fighting has raised fears for the families still in Aleppo."
    )
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert [sorted(e.places) for e in found] == [["place/saraqib-890449833"]]


@pytest.mark.parametrize(
    "text",
    [
        "The fighting in Saraqib killed 12 people on Monday.",
        "The attack on Saraqib by Islamic State militants on Monday left ten dead.",
    ],
)
def test_a_definite_engagement_that_does_something_is_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []


@pytest.mark.parametrize(
    ("words", "shots"),
    [
        (
            "The coalition came under fire from Human Rights Watch over an incident near Raqqa last month.",
            "The coalition came under fire from Islamic State fighters near Raqqa on Monday.",
        ),
        (
            "The Syrian government came under fire for failing to let aid into Douma.",
            "Syrian troops came under fire for hours near Douma on Monday.",
        ),
        (
            "The US-led coalition came under fire from Amnesty International over civilian deaths in Mosul.",
            "A Turkish convoy came under fire from Kurdish fighters near Afrin on Monday.",
        ),
    ],
)
def test_fire_from_a_rights_body_or_for_a_deed_is_words(words: str, shots: str, gazetteer: Gazetteer) -> None:
    assert detect(words, gazetteer) == []
    assert detect(shots, gazetteer) != []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting has intensified in Aleppo between the army and rebels since mid-2012.",
        "Fighting between the army and rebels has intensified in Aleppo since 2012.",
        "Fighting has intensified in Aleppo split between the army in the west and rebels in the east since mid-2012.",
    ],
)
def test_fighting_grown_since_long_ago_is_the_wars_course(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops and Russian warplanes have intensified attacks on rebel-held areas of Idlib since April 21.",
        "Fighting between the army and rebels has intensified in Aleppo since Sunday.",
    ],
)
def test_fighting_grown_since_a_day_or_told_with_an_object_is_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []


@pytest.mark.parametrize(
    "text",
    [
        "The bombardment came as a new round of talks opened in the Kazakh capital Astana.",
        "The attack came amid negotiations in Geneva on a new truce.",
        "The air strikes in Idlib come at a time when aid groups in Turkey are running short of funds.",
        "The shelling comes as Douma faces a growing humanitarian crisis.",
    ],
)
def test_an_engagement_set_beside_a_backdrop_is_not_told_again(text: str, gazetteer: Gazetteer) -> None:
    """Twenty-first session (helper outprec6): "The X came as/amid ..." takes up an engagement told before."""
    assert detect(text, gazetteer) == []


def test_a_backdrop_lends_no_place_to_the_engagement_told_before(gazetteer: Gazetteer) -> None:
    body = (
        "Regime shelling killed eight people in Douma on Tuesday. "
        "The bombardment came as a new round of peace talks opened in the Kazakh capital Astana."
    )
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert [e.type for e in found] == ["shelling"]
    assert all("place/astana" not in e.places for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # not a definite head: the sentence tells the engagement for the first time
        "A car bomb came as a shock to residents of Homs when it killed five people on Monday.",
        "Jets struck Saraqib on Monday as talks came to an end in Geneva.",
        # "came after", "came under": not a backdrop
        "The fighting in Saraqib came after rebels attacked an army checkpoint on Monday.",
        "The rebels came under heavy shelling in Saraqib on Monday.",
        # the definite head is not the subject of "came"
        "The army shelled Saraqib on Monday as reinforcements came during the night.",
        # a long capitalised run before the verb
        "The Attack On The Old City Of Homs By Government Forces Killed Ten People On Monday.",
    ],
)
def test_near_misses_of_the_backdrop_still_tell_an_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []
