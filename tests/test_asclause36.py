"""Thirty-sixth session, helper asclause36: campaigns pressed in "as" clauses. Texts written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import _CAMPAIGN_PRESSED, ASCLAUSE36_TEXTS, found
from loaders.gazetteer import Gazetteer
from tests.written import JUNE_12_2017, side_and_place_slugs

_told = partial(side_and_place_slugs, titled=True, published=JUNE_12_2017)

# --- "as regime forces pressed a campaign against rebels": the fighting of those days ---


def test_campaign_pressed_against_armed_men_is_a_clash(gazetteer: Gazetteer) -> None:
    for text in (
        "A mortar round hit a school in Damascus on Sunday as regime forces pressed a campaign against rebels near the "
        "city.",
        "Shells fell on central Damascus on Sunday as government troops step up a campaign to crush insurgents in the "
        "eastern suburbs.",
    ):
        found_ = _told(text, gazetteer)
        assert [e for e in found_ if e[0] == "armed-clash" and "damascus" in e[3]], (text, found_)


def test_campaign_of_no_armed_foe_is_no_clash(gazetteer: Gazetteer) -> None:
    for text in (
        "Shops closed in Damascus on Sunday as the party stepped up a campaign against the new tax.",
        "Shops closed in Damascus on Sunday as the ministry pressed its media campaign against rebels.",
    ):
        assert not [e for e in _told(text, gazetteer) if e[0] == "armed-clash"], text


def test_campaign_pressed_regex_on_adversarial_texts() -> None:
    for text in ASCLAUSE36_TEXTS:
        assert found(_CAMPAIGN_PRESSED)(text) == []


# --- "as troops step up their assault on rebels": an escalation on a named foe is news, not backdrop ---


def test_escalation_on_armed_foe_in_an_as_clause_is_told(gazetteer: Gazetteer) -> None:
    for text in (
        "Aid groups appealed for a truce on Sunday as government troops step up their assault on rebels in Douma.",
        "The council met on Sunday as the army intensifies its offensive against militants in Douma.",
    ):
        found_ = _told(text, gazetteer)
        assert [e for e in found_ if "douma" in e[3]], (text, found_)


def test_carrying_on_or_no_foe_in_an_as_clause_stays_backdrop(gazetteer: Gazetteer) -> None:
    for text in (
        "Aid groups appealed for a truce on Sunday as government troops continue their assault on rebels in Douma.",
        "Aid groups appealed for a truce on Sunday as government troops step up their shelling of Douma.",
    ):
        assert _told(text, gazetteer) == [], text
