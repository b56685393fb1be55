"""Thirty-sixth session (helper roles36): engagements found with the right type but no side, the doer named by blame
in a sentence near. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import ACCUSED36_TEXTS, PITTED36_TEXTS, TAKING_PART36_TEXTS, _group
from loaders.accused_doers import _ACT, _ACTIVE, _CHEMICAL, _OF_AFTER, _PASSIVE
from loaders.gazetteer import Gazetteer
from loaders.pitted_sides import _PITTING
from loaders.taking_part import _TAKING_PART
from tests.written import side_and_place_slugs


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the accused named after the verb, the act gas
        (
            "A gas attack killed 20 people in Douma on Wednesday. The opposition accused government forces of gassing "
            "hundreds of people.",
            [("chemical-weapon", ["syrian-arab-army"], [], ["douma"])],
        ),
        # the accused's name ending in a word the mention leaves out, the act "the attack"
        (
            "Shells hit the market of Saraqib on Monday and killed nine people. Local activists accused the Syrian "
            "army units of carrying out the attack.",
            [("shelling", ["syrian-arab-army"], [], ["saraqib"])],
        ),
        # the passive, the blame told after the strike, at its place
        (
            "On Thursday air strikes on villages in the north of Hama province left 40 people choking. Days earlier "
            "regime forces were accused of using chemical weapons in Hama province.",
            [("air-strike", ["syrian-arab-army"], [], ["hama-governorate"])],
        ),
    ],
)
def test_the_side_blamed_for_an_act_told_near_is_its_doer(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert side_and_place_slugs(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        # blamed for no strike
        "A car bomb killed 12 people in Azaz on Monday. The opposition accused the government of war crimes.",
        # blamed for a strike, but the blame is four sentences away
        "A car bomb killed 12 people in Azaz on Monday. The city was calm on Tuesday. Shops opened. Schools opened. "
        "The opposition accused the government of carrying out the attack.",
    ],
)
def test_a_blame_for_no_strike_or_far_away_names_no_doer(body: str, gazetteer: Gazetteer) -> None:
    assert [attackers for _, attackers, _, _ in side_and_place_slugs(body, gazetteer)] == [[]]


def test_the_patterns_on_their_adversarial_inputs() -> None:
    # no act after "of", no attack noun after the determiners, no mention's name before "of": nothing is read but
    # the passive itself at the start of its own run, and the verb that closes the run of "accused "
    assert [_group(_PASSIVE.match(text)) for text in ACCUSED36_TEXTS] == [None, "were accused of ", None, None]
    assert [_group(_CHEMICAL.match(text)) for text in ACCUSED36_TEXTS] == [None] * len(ACCUSED36_TEXTS)
    assert [_group(_ACT.match(text)) for text in ACCUSED36_TEXTS] == [None] * len(ACCUSED36_TEXTS)
    assert [_group(_OF_AFTER.match(text)) for text in ACCUSED36_TEXTS] == [None] * len(ACCUSED36_TEXTS)
    assert [_group(_ACTIVE.search(text)) for text in ACCUSED36_TEXTS] == ["accused ", None, None, None]
    # each reads its own phrase
    assert _PASSIVE.match(" loyal to the president were accused of ") is not None
    assert _CHEMICAL.match('using "toxic substances"') is not None
    assert _ACT.match("carrying out Mondays attack") is not None
    assert _OF_AFTER.match(" units of ") is not None


# --- a side taking part in a fight fights it ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the side and "its rivals", an adverb before the verb
        (
            "Islamic State and its rivals also engaged in fierce clashes near Azaz on Monday.",
            [("armed-clash", ["islamic-state"], [], ["azaz"])],
        ),
        # the foe after "with" stays the target
        (
            "Rebels engaged in heavy fighting with Islamic State near Azaz on Monday.",
            [("armed-clash", ["syrian-rebels"], ["islamic-state"], ["azaz"])],
        ),
        # "locked in", in the passive's form
        (
            "Islamic State fighters were locked in fierce clashes near Azaz on Monday.",
            [("armed-clash", ["islamic-state"], [], ["azaz"])],
        ),
        # killed in the clashes: the dead, no side fighting
        (
            "Three Islamic State fighters were killed in fierce clashes near Azaz on Monday.",
            [("armed-clash", [], ["islamic-state"], ["azaz"])],
        ),
    ],
)
def test_a_side_engaged_in_a_fight_fights_it(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert side_and_place_slugs(body, gazetteer) == expected


def test_the_taking_part_pattern_on_its_adversarial_inputs() -> None:
    # no verb of taking part, too many words after "in", blanks: nothing is read
    assert [_group(_TAKING_PART.search(text)) for text in TAKING_PART36_TEXTS] == [None, None, None]
    assert _TAKING_PART.search(" and its rivals also engaged in fierce ") is not None
    assert _TAKING_PART.search(" were killed in fierce ") is None


# --- a fight pitting one side against another (written-sentence probe) ---


@pytest.mark.parametrize(
    "body",
    [
        "Clashes erupted in Douma on Friday pitting Jaysh al-Islam against Faylaq al-Rahman.",
        "Fierce fighting pitted Jaysh al-Islam against Faylaq al-Rahman in Douma on Friday.",
    ],
)
def test_a_fight_pitting_two_sides_names_both(body: str, gazetteer: Gazetteer) -> None:
    assert side_and_place_slugs(body, gazetteer) == [
        ("armed-clash", ["jaysh-al-islam"], ["faylaq-al-rahman"], ["douma"])
    ]


def test_the_pitting_pattern_on_its_adversarial_inputs() -> None:
    # no "pit" after the words: nothing is read
    assert [_group(_PITTING.match(text)) for text in PITTED36_TEXTS] == [None, None, None]
    assert (
        _group(_PITTING.match(" erupted in Douma on Friday pitting the ")) == " erupted in Douma on Friday pitting the "
    )
    assert _PITTING.match(" erupted and the army pitted ") is None
