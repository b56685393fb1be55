"""A bombing campaign is flown: an air strike, not a planted bomb (thirtieth session, helper remote30;
docs/extraction.md, "Engagements")."""

from __future__ import annotations

from bench.adversarial import CAMPAIGN30_TEXTS, _group
from loaders.gazetteer import Gazetteer
from loaders.sentence_triggers import _CAMPAIGN
from tests.written import types_places as types


def test_a_bombing_campaign_is_an_air_strike(gazetteer: Gazetteer) -> None:
    text = "At least 40 people were killed on Monday in the bombing campaign on Douma a monitor said."
    assert [t for t, _ in types(text, gazetteer)] == ["air-strike"]


def test_a_bombing_with_no_campaign_stays_a_planted_bomb(gazetteer: Gazetteer) -> None:
    text = "At least 40 people were killed on Monday in a bombing at a market in Douma a monitor said."
    assert [t for t, _ in types(text, gazetteer)] == ["remote-explosive"]


def test_the_campaign_pattern_on_adversarial_runs_finds_no_campaign() -> None:
    assert [_group(_CAMPAIGN.match(text)) for text in CAMPAIGN30_TEXTS] == [None] * 3
