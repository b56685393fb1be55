"""Remote violence the thirty-seventh session's helper engremote37 found missed, on articles written for the tests."""

from __future__ import annotations

from bench.adversarial import REMOTE37_MORE_TEXTS, REMOTE37_OWNER_TEXTS
from loaders.continued_tolls import _MORE_DEAD
from loaders.gazetteer import Gazetteer
from loaders.lost_possessives import _LOST_POSSESSIVE, lost_possessive
from tests.written import place_slugs

_TOLL_THEN_PARTS = (
    "Warplanes struck the city of Idlib on Monday, killing four people. The monitor said at least nine people were "
    "killed on Tuesday in the town of Binnish. Six of them died in shelling on the towns main square."
)


def test_a_possessive_with_its_apostrophe_lost_refers_back_to_the_town(gazetteer: Gazetteer) -> None:
    # "the towns main square" is the town's: the shelling is in Binnish, not joined to the strike on Idlib
    assert place_slugs(_TOLL_THEN_PARTS, gazetteer) == [("air-strike", ["idlib"]), ("shelling", ["binnish"])]
    text = "Nine were killed on Tuesday in the city of Idlib. Rockets fell on the citys western parts, killing two."
    assert place_slugs(text, gazetteer) == [("shelling", ["idlib"])]


def test_the_plural_is_not_read_as_a_possessive() -> None:
    assert lost_possessive("Rebels took the towns of Binnish and Taftanaz.") is None
    assert lost_possessive("The villages were taken on Monday.") is None
    assert lost_possessive("Shelling hit the towns market on Monday.") == "town"
    assert lost_possessive("The citys residents fled.") == "city"


def test_more_dead_counted_after_a_report_are_at_its_place(gazetteer: Gazetteer) -> None:
    text = "Jets bombed the town of Binnish on Tuesday, killing six people. Another two were killed in artillery fire."
    assert place_slugs(text, gazetteer) == [("air-strike", ["binnish"]), ("shelling", ["binnish"])]
    # a place of its own is its place
    text = "Jets bombed the town of Binnish on Tuesday, killing six. Two more were killed in artillery fire on Saraqeb."
    assert place_slugs(text, gazetteer) == [("air-strike", ["binnish"]), ("shelling", ["saraqib"])]


def test_adversarial_inputs_read_as_the_rules_read_them() -> None:
    assert [lost_possessive(text) for text in REMOTE37_OWNER_TEXTS] == [None, None, None]
    assert [_LOST_POSSESSIVE.search(text) for text in REMOTE37_OWNER_TEXTS] == [None, None, None]
    assert [_MORE_DEAD.match(text) for text in REMOTE37_MORE_TEXTS] == [None, None, None]
