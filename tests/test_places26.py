"""Places26's rules: a capital's own countryside ("Aleppo and its countryside", `own_countryside`), a capital as the
party of talks or sides (`mention_context`), an outlet's launch in its blurb (`boilerplate`): sentences written for
these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from bench.adversarial import LAUNCHED_TEXTS, OWN_COUNTRYSIDE_TEXTS
from loaders.boilerplate import _LAUNCHED, is_boilerplate
from loaders.gazetteer import Gazetteer
from loaders.own_countryside import OWN_COUNTRYSIDE

ALEPPO_CITY = "place/aleppo-421202163"
ALEPPO_LAND = "place/aleppo-governorate-85678359"
HAMA_CITY = "place/hama-421202161"
HAMA_LAND = "place/hama-governorate-85678363"
RIF_DIMASHQ = "place/rif-dimashq-governorate-85678391"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Aleppo and its countryside have been shelled for a week.", {ALEPPO_CITY, ALEPPO_LAND}),
        ("Shells fell on Damascus and its countryside on Monday.", {RIF_DIMASHQ}),
        ("Rockets hit Damascus, its countryside and Homs.", {RIF_DIMASHQ}),
        ("The army advanced in Aleppo and its northern and western countryside.", {ALEPPO_LAND}),
        ("Hama city and its countryside saw heavy fighting.", {HAMA_CITY, HAMA_LAND}),
    ],
)
def test_a_capitals_own_countryside_is_its_governorate(gazetteer: Gazetteer, text: str, keys: set[str]) -> None:
    assert keys <= place_keys(gazetteer, text)


def test_the_capital_before_its_countryside_stays_the_city(gazetteer: Gazetteer) -> None:
    # the governorate the countryside names does not turn the bare capital elsewhere into the province
    text = "Jets struck Hama and its countryside on Monday. Hama has been calm since then."
    assert {HAMA_CITY, HAMA_LAND} <= place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Damascus and its allies met in Moscow.",  # no countryside
        "Turkey and its countryside were calm.",  # the gazetteer has no such governorate
        "The people of Aleppo love the countryside.",  # no pronoun taking the name back
        "Aleppo said its countryside was calm.",  # a verb between: the city speaks
    ],
)
def test_no_governorate_without_the_capitals_own_countryside(gazetteer: Gazetteer, text: str) -> None:
    assert ALEPPO_LAND not in place_keys(gazetteer, text) and RIF_DIMASHQ not in place_keys(gazetteer, text)


def test_own_countryside_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [OWN_COUNTRYSIDE.match(text, 2) for text in OWN_COUNTRYSIDE_TEXTS] == [None] * 4


DAMASCUS = "place/damascus-421202165"


@pytest.mark.parametrize(
    "text",
    [
        "Anti-Damascus militants attacked Saraqib on Monday.",
        "The pro-Damascus forces entered Aleppo on Monday.",
        "UN experts were in discussions with Damascus on Monday.",
        "Washington cut its ties with Damascus in 2012.",
        "The envoy held talks with Damascus and the opposition.",
    ],
)
def test_a_capital_for_or_against_which_one_is_or_with_which_one_talks_is_no_place(
    gazetteer: Gazetteer, text: str
) -> None:
    assert DAMASCUS not in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Damascus ended on Monday.",  # where the talks were held
        "Rebels held talks with residents in Damascus.",  # the party is the residents
        "The anti-aircraft guns fired from Damascus.",  # the prefix is another word's
        "Fighters moved from Damascus to Aleppo.",
    ],
)
def test_the_capital_stays_a_place_where_it_is_where(gazetteer: Gazetteer, text: str) -> None:
    assert DAMASCUS in place_keys(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Launched in London in 1978 the paper has established itself as a voice of the region.",
        "Launched in Abu Dhabi in 2008 the channel broadcasts in three languages.",
    ],
)
def test_an_outlets_launch_is_furniture(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Launched in Idlib on Monday the offensive reached Saraqib.",  # no year: an operation's start
        "The campaign was launched in Aleppo in 2016 by the army.",  # not the sentence's opening
        "Army Offensive Launched in Hama",  # a headline in title case
    ],
)
def test_a_launch_in_the_war_is_reporting(text: str) -> None:
    assert not is_boilerplate(text)


def test_launched_on_adversarial_text() -> None:
    # their speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert [_LAUNCHED.match(text) for text in LAUNCHED_TEXTS] == [None] * 4


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Haddad speaks during a cabinet meeting in Paris March 3 2015.",
        "The envoy attends a meeting on the truce in Geneva, February 9, 2016.",
    ],
)
def test_a_photographed_speaker_closed_by_its_date_is_a_caption(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy attends a meeting on the truce in Geneva on Tuesday.",  # no date closing it
        "The president spoke during a cabinet meeting in Paris March 3 2015.",  # a past tense
        "He said the army shelled the town in Idlib and that the envoy speaks in Geneva March 3 2015.",  # far in
    ],
)
def test_reporting_with_a_date_is_no_caption(text: str) -> None:
    assert not is_boilerplate(text)
