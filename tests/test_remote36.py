"""Remote violence the thirty-sixth session's helper engremote36 found missed, on articles written for the tests."""

from __future__ import annotations

from bench.adversarial import REMOTE36_TEXTS, REVIEW36_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.report_confidence import _STRIKES_ON
from tests.written import place_slugs, written


def test_strikes_on_a_place_counted_by_their_toll_are_an_air_strike(gazetteer: Gazetteer) -> None:
    # the generic "strikes" on a named place with a toll in the body: strikes told, not the word of a summary
    text = "Another 42 people, including 11 children, have been killed in strikes on Saraqeb, the monitor said."
    assert place_slugs(text, gazetteer) == [("air-strike", ["saraqib"])]
    # a generic "attack" counted so, with no side named, may sum up a battle: the toll does not vouch for it
    assert place_slugs("Another 42 people have been killed in attacks on Saraqeb, the monitor said.", gazetteer) == []


def test_strikes_on_adversarial_inputs_read_as_the_rule_reads_them() -> None:
    assert [bool(_STRIKES_ON.match(text)) for text in REMOTE36_TEXTS] == [False, False, False, True]


def test_strikes_on_a_day_are_not_strikes_on_a_place(gazetteer: Gazetteer) -> None:
    # (review36) "on Monday", "on 3 March" tell when the strikes fell, not what they hit: the generic word keeps its
    # 0.05 off; "on Saraqeb" before the day is still the place struck
    def trust(text: str) -> list[float]:
        return [claim.confidence for claim in written(text, gazetteer).claims]

    assert trust("Twelve people were killed in strikes on Monday in Saraqeb.") == [0.6]
    assert trust("Twelve people were killed in strikes on 3 March in Saraqeb.") == [0.6]
    assert trust("Twelve people were killed in strikes on Saraqeb on Monday.") == [0.65]
    assert trust("Twelve people were killed in strikes on Mayadin.") == [0.6]  # a town, not the month of May


def test_strikes_on_a_day_adversarial_inputs() -> None:
    assert [bool(_STRIKES_ON.match(text)) for text in REVIEW36_TEXTS] == [True, True, True]
