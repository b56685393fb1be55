"""Thirtieth session (helper dup30): one event extracted twice. Texts written for the tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from tests.written import types as _types

# --- how often a strike comes is a condition, not one engagement ---


def test_shelling_said_to_be_daily_is_no_shelling_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "Regime forces dropped chlorine on the Zahra district of Aleppo on Monday. "
        "The city is witnessing fierce battles and the shelling is daily and intense."
    )
    assert "shelling" not in _types(text, gazetteer)
    assert "armed-clash" in _types(text, gazetteer)  # the battles the sentence tells still stand


def test_a_shelling_told_with_its_toll_still_stands(gazetteer: Gazetteer) -> None:
    text = "The shelling is reported to have killed four people in the Zahra district of Aleppo on Monday."
    assert _types(text, gazetteer) == ["shelling"]


def test_a_daily_toll_after_the_shelling_keeps_the_shelling(gazetteer: Gazetteer) -> None:
    text = "Regime shelling of Aleppo killed four people on Monday, the daily toll of the siege."
    assert "shelling" in _types(text, gazetteer)


def test_how_often_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import HOW_OFTEN30_TEXTS
    from loaders.summed_up import HOW_OFTEN_AFTER

    assert [bool(HOW_OFTEN_AFTER.search(t)) for t in HOW_OFTEN30_TEXTS] == [False] * 5
    assert HOW_OFTEN_AFTER.match(" is almost daily") is not None
    assert HOW_OFTEN_AFTER.match(" have been constant") is not None
    assert HOW_OFTEN_AFTER.match(" is deadly") is None


# --- a part of a group already named, as a passive's subject, retells what was done to them ---


def test_some_of_the_executed_troops_were_beheaded_retells_the_executions(gazetteer: Gazetteer) -> None:
    text = (
        "At least 85 Syrian army troops were killed as IS advanced on the Division 17 base in the province of Raqa "
        "a monitoring group said Saturday. The Observatory said more than 50 troops were summarily executed and 19 "
        'more were killed in a double suicide attack. "Some of the executed troops were beheaded and their heads put '
        'on display in Raqa city" he said.'
    )
    assert _types(text, gazetteer).count("attack-on-civilians") == 1


def test_some_men_were_beheaded_with_no_article_is_no_retelling(gazetteer: Gazetteer) -> None:
    text = (
        "IS fighters executed 20 soldiers at the Division 17 base near Raqqa on Thursday. "
        "Some men were beheaded in Aleppo city on Friday."
    )
    assert _types(text, gazetteer).count("attack-on-civilians") == 2


def test_part_of_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import PART_OF30_TEXTS
    from loaders.told_before import _DEFINITE_SUBJECT

    assert [bool(_DEFINITE_SUBJECT.search(t)) for t in PART_OF30_TEXTS] == [False] * 5
    assert _DEFINITE_SUBJECT.search('"Some of the executed troops were ') is not None
    assert _DEFINITE_SUBJECT.search("Some executed troops were ") is None


# --- the blow an offensive began with is the offensive's first act ---


def test_the_suicide_attack_an_offensive_began_with_is_no_bombing_of_its_own(gazetteer: Gazetteer) -> None:
    text = (
        "The Nusra Front offensive on the Zahra district of Aleppo began late Monday with a suicide attack followed "
        "by a ground offensive that led to the capture of several buildings."
    )
    assert "suicide-bombing" not in _types(text, gazetteer)


def test_a_suicide_bombing_as_an_offensive_began_still_stands(gazetteer: Gazetteer) -> None:
    text = "A suicide bomber blew himself up at an army checkpoint in Aleppo on Monday as the rebel offensive began."
    assert _types(text, gazetteer) == ["suicide-bombing"]


def test_a_bombing_after_the_offensive_began_in_another_sentence_still_stands(gazetteer: Gazetteer) -> None:
    text = "The rebel offensive began on Monday. A suicide bomber blew himself up at an army checkpoint in Aleppo."
    assert "suicide-bombing" in _types(text, gazetteer)


def test_opened_with_pattern_on_adversarial_inputs() -> None:
    from bench.adversarial import OPENED_WITH30_TEXTS
    from loaders.opening_blows import _OPENED_WITH

    assert [bool(_OPENED_WITH.search(t)) for t in OPENED_WITH30_TEXTS] == [False] * 5
    assert _OPENED_WITH.search("The assault began late Monday with a ") is not None
    assert _OPENED_WITH.search("The assault began on Monday and a ") is None
