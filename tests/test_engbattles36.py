"""Thirty-sixth session, helper engbattles36: ground engagements missed. Texts written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import _DEAL_BY_TERMS, ENGBATTLES36_TEXTS, REVIEW36_DEAL_TEXTS, found, searched
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.sieges_held import _UNDER_SINCE
from tests.written import JUNE_12_2017, side_and_place_slugs

_told = partial(side_and_place_slugs, titled=True, published=JUNE_12_2017)

# --- "agreed a deal that would see fighters leave": a deal told by its terms is a truce ---


def test_deal_told_by_fighters_leaving(gazetteer: Gazetteer) -> None:
    for text, place in (
        ("On Sunday the rebels and the government agreed a deal that would see fighters leave Madaya.", "madaya"),
        ("The army and leaders in Daraya reached an agreement allowing the rebels to leave on Sunday.", "darayya"),
    ):
        found_ = _told(text, gazetteer)
        assert [e for e in found_ if e[0] == "ceasefire" and place in e[3]], (text, found_)


def test_deal_on_aid_or_civilians_is_no_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "On Sunday the government and local leaders agreed a deal allowing aid to enter the town of Madaya.",
        "On Sunday the army and local leaders in Daraya reached an agreement allowing civilians to leave the town.",
    ):
        assert not [e for e in _told(text, gazetteer) if e[0] == "ceasefire"], text


def test_deal_for_the_kin_of_fighters_is_no_truce(gazetteer: Gazetteer) -> None:
    # (review36) the families of rebels leaving are civilians leaving; rebels and their families leaving are not
    text = "On Sunday officials reached a deal allowing the families of rebels to leave Madaya."
    assert not [e for e in _told(text, gazetteer) if e[0] == "ceasefire"], text
    text = "On Sunday officials reached a deal allowing families and rebels to leave Madaya."
    assert [e for e in _told(text, gazetteer) if e[0] == "ceasefire"], text


# --- "have been under siege for years": one siege's length, not deeds summed up ---


def test_under_siege_for_years(gazetteer: Gazetteer) -> None:
    for text, place in (
        ("The towns of Fuaa and Kafraya have been under siege for years.", "kafraya"),
        ("The town of Madaya has been under a government blockade for years.", "madaya"),
    ):
        found_ = _told(text, gazetteer)
        assert [e for e in found_ if e[0] == "siege" and place in e[3]], (text, found_)


def test_besieged_or_shelled_for_years_stays_a_habit(gazetteer: Gazetteer) -> None:
    for text in (
        "Government forces have besieged the town of Madaya for years.",
        "Government forces have shelled the town of Douma for years.",
    ):
        assert not _told(text, gazetteer), text


def test_adversarial_inputs_of_engbattles36() -> None:
    assert [found(_DEAL_BY_TERMS)(t) for t in ENGBATTLES36_TEXTS] == [[]] * 5
    assert [searched(_UNDER_SINCE)(t) for t in ENGBATTLES36_TEXTS] == [None] * 5
    assert [len(trigger_matches(t)) for t in ENGBATTLES36_TEXTS] == [0, 0, 238, 0, 0]


def test_adversarial_inputs_of_the_kin_guard() -> None:
    assert [found(_DEAL_BY_TERMS)(t) for t in REVIEW36_DEAL_TEXTS] == [[], []]
