"""Who acts in an engagement when the text names a side by a common noun (seventeenth session)."""

from __future__ import annotations

import pytest
from sides_check import SAA

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import written

REBELS = "actor/syrian-rebels"


def linked(body: str, gazetteer: Gazetteer, word: str) -> list[str]:
    """The actor keys read at each mention whose text is `word`."""
    x = written(body, gazetteer)
    return [m.key for m in x.mentions if body[m.span.start : m.span.end] == word]


@pytest.mark.parametrize(
    "body",
    [
        "The opposition shelled Hama on Friday.",
        "Syrian troops fought rebels near Homs on Monday. The opposition has stormed army posts in Hama on Tuesday.",
    ],
)
def test_the_opposition_doing_an_armed_act_is_the_rebels(body: str, gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", body), gazetteer)
    hama = [e for e in x.engagements if any(p.startswith("place/hama") for p in e.places)]
    assert [e.attackers for e in hama] == [(REBELS,)]


def test_the_opposition_that_speaks_stays_unlinked(gazetteer: Gazetteer) -> None:
    assert linked("The opposition said jets bombed Hama on Friday.", gazetteer, "opposition") == []


@pytest.mark.parametrize(
    "body",
    [
        "The military pounded Douma with rockets on Friday.",
        "Two boys died in Douma on Friday when a shell fired by the military hit their house.",
        "Rebels shelled Douma on Friday, the military said.",
    ],
)
def test_the_military_is_the_articles_army(body: str, gazetteer: Gazetteer) -> None:
    assert linked(body, gazetteer, "military") == [SAA]


@pytest.mark.parametrize(
    "body",
    [
        "Rebels shelled the military airport near Douma on Friday.",
        "The military council of Douma said rebels shelled the town.",
        "Jets hit the military-run prison in Douma on Friday.",
    ],
)
def test_military_before_its_noun_is_no_army(body: str, gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", body), gazetteer)
    assert not [m for m in x.mentions if body[m.span.start : m.span.end].startswith("military")]


@pytest.mark.parametrize(
    "body",
    [
        "The raid on Idlib on Friday was carried out by Turkish or Russian jets.",
        "Either Turkish or Russian warplanes bombed Idlib on Friday.",
    ],
)
def test_a_doer_left_open_between_two_names_both(body: str, gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", body), gazetteer)
    (strike,) = x.engagements
    assert "actor/russia" in strike.attackers
    assert "actor/turkey" in strike.attackers


@pytest.mark.parametrize(
    "body",
    [
        "Troops pushed into Palmyra on Friday, killing Nusra Front fighters whose posts came under heavy shelling.",
        "The army advanced near Hama on Friday against Nusra Front militants whose positions received direct strikes.",
    ],
)
def test_whose_things_were_hit_is_no_attacker(body: str, gazetteer: Gazetteer) -> None:
    x = extract(Article("test", "t", body), gazetteer)
    assert x.engagements
    for e in x.engagements:
        assert "actor/al-nusra-front" not in e.attackers
    assert any("actor/al-nusra-front" in e.targets for e in x.engagements)


def test_at_the_hands_of_names_the_agent_of_a_passive(gazetteer: Gazetteer) -> None:
    body = "Three Syrian soldiers were killed near Hama at the hands of the Nusra Front on Friday."
    x = extract(Article("test", "t", body), gazetteer)
    assert [e.attackers for e in x.engagements] == [("actor/al-nusra-front",)]


def test_a_sentence_opening_on_its_forces_passes_the_subject_on(gazetteer: Gazetteer) -> None:
    body = (
        "The Nusra Front has for months been advancing towards Hama. Its forces last month seized an airport near Homs "
        "from ISIS. They continue to battle for the town of Rastan with clashes ongoing on Saturday, a monitor said."
    )
    x = extract(Article("test", "t", body), gazetteer)
    rastan = [e for e in x.engagements if any(p.startswith("place/al-rastan") for p in e.places)]
    assert [e.attackers for e in rastan] == [("actor/al-nusra-front",)]
