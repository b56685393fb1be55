"""Thirty-sixth session, helper deals36: a deal only proposed, rejected, talked about or undone is no truce made.
Texts written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import DEALS36_TEXTS, _matched, searched
from loaders.deals_unmade import _UNDONE_AFTER, _UNMADE_BEFORE
from loaders.gazetteer import Gazetteer
from tests.written import JUNE_12_2017, types_sides

_told = partial(types_sides, titled=True, published=JUNE_12_2017)


def _truces(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The ceasefires read in a written text."""
    return [e for e in _told(text, gazetteer) if e[0] == "ceasefire"]


def test_deal_proposed_rejected_or_wanted_is_no_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "On Tuesday the Kremlin proposed a deal that would see the militants leave the town of Madaya.",
        "On Tuesday the insurgents rejected an agreement allowing the fighters to withdraw from Daraya.",
        "The opposition refused a new evacuation deal for the town of Madaya on Tuesday.",
        "The regime wants an agreement that would see the gunmen leave Daraya.",
        "On Tuesday the jihadists turned down an accord between the regime and rebel factions in Daraya.",
    ):
        assert not _truces(text, gazetteer), text
    # the deal made stays a truce
    text = "On Tuesday the insurgents accepted an agreement allowing the fighters to withdraw from Daraya."
    assert _truces(text, gazetteer), text


def test_deal_talked_about_is_no_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "Officials talked about an evacuation deal for the town of Madaya on Tuesday.",
        "On Tuesday the two sides discussed an agreement between the regime and rebel factions in Daraya.",
    ):
        assert not _truces(text, gazetteer), text
    text = "On Tuesday the two sides reached an evacuation deal for the town of Madaya."
    assert _truces(text, gazetteer), text


def test_deal_undone_is_no_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "An evacuation deal for the town of Madaya fell through on Tuesday.",
        "Talks on an evacuation deal for the town of Madaya collapsed on Tuesday.",
        "On Tuesday an agreement allowing the fighters to withdraw from Daraya collapsed.",
        "A deal that would see the militants leave Madaya was rejected by the regime on Tuesday.",
    ):
        assert not _truces(text, gazetteer), text
    # a deal proposed earlier and made now: its proposing is told after it
    text = "On Tuesday the militants left Madaya under an evacuation deal proposed by the Kremlin."
    assert _truces(text, gazetteer), text


def test_adversarial_runs_hold_no_deal_unmade() -> None:
    # runs of verbs, determiners and modifiers with no deal noun after them, and words with no verb of undoing
    assert [searched(_UNMADE_BEFORE)(t) for t in DEALS36_TEXTS] == [None] * 7
    assert [_matched(_UNDONE_AFTER)(t) for t in DEALS36_TEXTS] == [None] * 7
