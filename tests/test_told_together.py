"""Events told together but distinct, and one event told twice (eighteenth session, helper merging2).

Every text here was written for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.figures import find_figures
from loaders.gapped_tolls import gapped_tolls
from loaders.gazetteer import Gazetteer
from loaders.model import Engagement
from tests.written import written


def _engagements(body: str, gazetteer: Gazetteer, published: date | None = None) -> tuple[Engagement, ...]:
    return written(body, gazetteer, published=published).engagements


def _short(key: str) -> str:
    return key.split("/")[-1].rsplit("-", 1)[0]


@pytest.mark.parametrize(
    "body",
    [
        "After establishing control over Tabqa, the Syrian army captured the village of Maskanah on Tuesday.",
        # FA-KES drops the commas: the main clause's subject closes the fronted clause
        "After establishing control over Tabqa the Syrian army captured the village of Maskanah on Tuesday.",
        "Having captured Tabqa the Syrian army seized the village of Maskanah.",
    ],
)
def test_a_fronted_clause_tells_a_capture_of_its_own(body: str, gazetteer: Gazetteer) -> None:
    found = _engagements(body, gazetteer)
    assert sorted(tuple(map(_short, e.places)) for e in found) == [("maskanah",), ("tabqa",)]
    # the fronted clause's doer is the main clause's subject
    assert all(e.attackers == ("actor/syrian-arab-army",) for e in found)


def test_a_fronted_clause_names_no_subject_after_a_preposition(gazetteer: Gazetteer) -> None:
    # "from Islamic State" is the fronted clause's own object: the subject is the SDF, named after it
    body = "After seizing Tabqa from Islamic State on Monday the Syrian Democratic Forces attacked Raqqa."
    taking = next(e for e in _engagements(body, gazetteer) if e.type == "non-state-actor-overtakes-territory")
    assert taking.attackers == ("actor/syrian-democratic-forces",) and taking.targets == ("actor/islamic-state",)


def test_a_fronted_clause_does_not_date_the_main_one(gazetteer: Gazetteer) -> None:
    body = "After seizing Tabqa on Monday, Kurdish-led forces attacked Islamic State fighters in Raqqa."
    clash = next(e for e in _engagements(body, gazetteer) if e.type == "armed-clash")
    assert clash.time is None


def test_a_fronted_battle_without_a_place_of_its_own_stays_one(gazetteer: Gazetteer) -> None:
    body = "After fierce clashes with Islamic State the Syrian army retook Palmyra on Sunday."
    assert [e.type for e in _engagements(body, gazetteer)] == ["government-regains-territory"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Air strikes killed 30 people this week in Raqqa province and at least 40 people in Idlib province.", 40),
        ("Monitors said 25 fighters were killed around the town of Manbij and another six outside Jarablus.", 6),
        ("Government jets killed 9 in Douma and 4 in Harasta.", 4),
    ],
)
def test_a_toll_with_its_verb_left_out_is_a_count(text: str, count: int, gazetteer: Gazetteer) -> None:
    assert [f.low for f in gapped_tolls(text, 0, find_figures(text))] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed 9 soldiers in Douma and 40 km away in Harasta clashes raged.",
        "Shelling killed 5 in Homs and wounded 20 in Hama.",  # the wounded have their own verb
        "Jets killed 9 in Douma and shelled Harasta.",
    ],
)
def test_no_count_is_read_where_no_verb_was_left_out(text: str) -> None:
    assert gapped_tolls(text, 0, find_figures(text)) == []


def test_one_trigger_with_two_places_and_two_tolls_is_two_reports(gazetteer: Gazetteer) -> None:
    body = "Air strikes killed 30 people this week in Raqqa province and at least 40 people in Idlib province."
    found = _engagements(body, gazetteer)
    assert sorted(tuple(map(_short, e.places)) for e in found) == [("idlib-governorate",), ("raqqa-governorate",)]


def test_a_retelling_is_not_dated_by_a_later_clause_about_another_deed(gazetteer: Gazetteer) -> None:
    # "on Friday" dates the pilot's killing in the "where" clause, not the bombardment told again
    body = (
        "Government shelling killed 31 people on Saturday in the town of Jayrud. The bombardment struck Jayrud where"
        " the army says rebels killed a captured pilot on Friday."
    )
    shelling = [e for e in _engagements(body, gazetteer) if e.type == "shelling"]
    assert len(shelling) == 1 and shelling[0].time is not None and shelling[0].time.expression == "on Saturday"


def test_a_retelling_dated_in_its_own_clause_keeps_the_date(gazetteer: Gazetteer) -> None:
    # no clause opens between the trigger and its time: the strike of Friday is another one
    body = (
        "Government shelling killed 31 people on Saturday in the town of Jayrud. The bombardment struck Jayrud on"
        " Friday where rebels hold the hills."
    )
    assert len([e for e in _engagements(body, gazetteer) if e.type == "shelling"]) == 2


def test_a_report_naming_no_place_on_the_day_of_an_earlier_one_is_that_one(gazetteer: Gazetteer) -> None:
    # "the August 21 gas attack" names its event by its day, however far back it was told
    body = (
        "Washington asked for strikes to punish Syrias government over an August 21 gas attack that killed hundreds"
        " of people in Syria. Russia and the United States met in Geneva. The United Nations sent inspectors to"
        " Damascus. Iran backed the talks in Tehran. Turkey hosted refugees in Gaziantep. Russia blamed the August 21"
        " gas attack on rebel forces."
    )
    found = _engagements(body, gazetteer, date(2013, 9, 20))
    assert len([e for e in found if e.type == "chemical-weapon"]) == 1


def test_a_report_at_a_place_of_its_own_on_the_same_day_stays_apart(gazetteer: Gazetteer) -> None:
    body = (
        "Warplanes struck Saraqib on August 21 killing nine. Talks went on in Geneva. Diplomats met again. Aid"
        " groups asked for access. Warplanes also struck Ariha on August 21 killing four."
    )
    assert len([e for e in _engagements(body, gazetteer, date(2013, 9, 20)) if e.type == "air-strike"]) == 2
