"""Thirty-fourth session (helper doubles34): one event read twice inside one article. Texts written for the tests."""

from __future__ import annotations

from datetime import date

from bench.adversarial import ANSWERED34_TEXTS, _matched, found, searched
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement
from loaders.reactions import _ANSWERED, _OPENS
from loaders.scenes import _BREAK
from tests.probed_news import told_with_attackers as _told


def _engagements(text: str, gazetteer: Gazetteer) -> list[Engagement]:
    return list(
        extract(Article("test", "t", "A report\n\n" + text, published=date(2017, 6, 12)), gazetteer).engagements
    )


# --- "in retaliation for", "in response to": the event answered is not the answering side's ---

_SHAYRAT = (
    "US warships fired 59 Tomahawk cruise missiles at the Shayrat air base near Homs on Friday in response to a "
    "chemical attack on the town of Khan Sheikhun. "
)


def test_the_attack_answered_takes_neither_the_answers_doer_nor_its_places(gazetteer: Gazetteer) -> None:
    told = _told(_SHAYRAT.replace("Sheikhun.", "Sheikhun on Tuesday."), gazetteer)
    missiles = [t for t in told if t[0] == "shelling"]
    assert missiles and "united-states" in missiles[0][2]  # the answer is still read, with its doer
    assert ("chemical-weapon", ["khan-shaykhun-1125778451"], []) in told
    assert [t for t in told if t[0] == "chemical-weapon"] == [("chemical-weapon", ["khan-shaykhun-1125778451"], [])]


def test_an_undated_attack_answered_is_not_the_answering_sides(gazetteer: Gazetteer) -> None:
    told = _told(
        "The US launched missile strikes on the Shayrat airfield in retaliation for the gas attack.", gazetteer
    )
    assert any(t == "shelling" and "united-states" in a for t, _, a in told)
    assert all("united-states" not in a for t, _, a in told if t == "chemical-weapon")


def test_the_attack_answered_joins_its_own_report_of_another_day(gazetteer: Gazetteer) -> None:
    text = _SHAYRAT + (
        "The chemical attack on Tuesday killed at least 86 people in the rebel-held town in Idlib province. "
        "Russia condemned the US missile strike."
    )
    found = _engagements(text, gazetteer)
    chemical = [e for e in found if e.type == "chemical-weapon"]
    assert len(chemical) == 1  # not a second one dated Friday, the day of the answer
    assert chemical[0].time is not None and chemical[0].time.earliest == date(2017, 6, 6)
    assert any(e.type == "shelling" and "actor/united-states" in e.attackers for e in found)


def test_a_side_retaliating_is_no_doer_of_the_attack_it_answers(gazetteer: Gazetteer) -> None:
    text = "Turkish artillery shelled YPG positions near Afrin in retaliation for a rocket attack on the town of Kilis."
    told = _told(text, gazetteer)
    assert any(t == "shelling" and "afrin" in p[0] and "turkish-armed-forces" in a for t, p, a in told)
    assert all("turkish-armed-forces" not in a for t, p, a in told if "kilis" in p)


def test_a_doer_the_answered_phrase_names_is_kept(gazetteer: Gazetteer) -> None:
    text = (
        "Turkish artillery shelled YPG positions near Afrin in retaliation for a rocket attack by the YPG on the town "
        "of Kilis."
    )
    told = _told(text, gazetteer)
    assert ("shelling", ["kilis"], ["peoples-protection-units"]) in told
    assert any(t == "shelling" and "turkish-armed-forces" in a for t, p, a in told if "kilis" not in p)


def test_a_fronted_answer_leaves_the_main_clauses_doer(gazetteer: Gazetteer) -> None:
    told = _told("In retaliation for the attack, Turkish jets struck YPG positions near Afrin on Sunday.", gazetteer)
    assert ("air-strike", ["afrin-890436241"], ["turkish-armed-forces", "turkey"]) in told


def test_the_answered_patterns_read_adversarial_text() -> None:
    # the phrase opens at most six words before the end (the trigger), none of them a preposition; blanks only
    # before the end are still its end
    read = [searched(_ANSWERED)(t) for t in ANSWERED34_TEXTS]
    assert read[:4] + read[5:] == [None] * 6
    assert (read[4] or "").strip() == "to avenge"
    assert [_matched(_OPENS)(t) for t in ANSWERED34_TEXTS] == [
        "in response to", "in retaliation for", None, None, "to avenge", None, "retaliated for"
    ]  # fmt: skip
    assert [len(found(_BREAK)(t)) for t in ANSWERED34_TEXTS] == [333, 238, 0, 0, 1, 0, 277]
    assert searched(_ANSWERED)("struck the base in response to a chemical ") == "in response to a chemical "
    assert searched(_ANSWERED)("to punish Assad for the chemical ") == "to punish Assad for the chemical "
    assert searched(_ANSWERED)("retaliated for the attack by ") is None


def test_the_answer_told_after_a_preposition_keeps_its_doer(gazetteer: Gazetteer) -> None:
    # "retaliated for the attack by shelling": the shelling is the answer, not the attack answered
    told = _told("The army retaliated for the attack by shelling rebel positions in Daraa.", gazetteer)
    assert ("shelling", ["daraa-421197257"], ["syrian-arab-army"]) in told
