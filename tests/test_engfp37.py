"""Thirty-seventh session, helper engfp37: false engagements of the wording (a truce refused though announced, a
strike that is a stoppage of work, a strike named as what someone gains by, one told only in reports denied). Texts
written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import ENGFP37_TEXTS, GAINED37_TEXTS, REPORTS37_TEXTS, _matched, searched
from loaders.deals_unmade import _TRUCE_WORD
from loaders.denied_and_remarked import _REPORT_DENIED
from loaders.gazetteer import Gazetteer
from loaders.other_senses import _STOPPAGE_KEPT, _STRIKERS_AFTER
from loaders.who_benefits import _GAINED_BY
from tests.written import JUNE_12_2017, types_sides

_told = partial(types_sides, titled=True, published=JUNE_12_2017)


def _types(text: str, gazetteer: Gazetteer) -> list[str]:
    """The type of each engagement read in a written text."""
    return [e[0] for e in _told(text, gazetteer)]


def test_truce_refused_though_announced_is_no_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "On Tuesday the insurgents in Aleppo rejected a truce announced by the Kremlin.",
        "The opposition factions turned down a three-day ceasefire declared by the regime in Daraa on Tuesday.",
        "On Tuesday the rebels refused a humanitarian truce announced by Moscow for eastern Aleppo.",
    ):
        assert "ceasefire" not in _types(text, gazetteer), text
    # the truce accepted, or announced with no refusal, is still made
    for text in (
        "On Tuesday the insurgents in Aleppo accepted a truce announced by the Kremlin.",
        "On Tuesday the Kremlin announced a truce in Aleppo.",
    ):
        assert "ceasefire" in _types(text, gazetteer), text


def test_strike_of_work_is_no_attack(gazetteer: Gazetteer) -> None:
    for text in (
        "On Tuesday the teachers of Raqqa went on a strike over their unpaid wages.",
        "The shopkeepers of Daraa staged a three-day strike on Tuesday.",
        "A strike by the bakery workers of Homs entered its second day on Tuesday.",
        "Shops in Daraa stayed shut on Tuesday during a strike called by local activists.",
        "Traders in Suwayda closed their shops on Tuesday in a strike in protest at the arrests.",
    ):
        assert not _told(text, gazetteer), text
    # the strike launched, or one by aircraft, is an attack
    for text in (
        "On Tuesday Russian jets launched a strike on the town of Saraqeb.",
        "A strike by Russian jets hit the town of Saraqeb on Tuesday.",
    ):
        assert "air-strike" in _types(text, gazetteer), text


def test_adversarial_runs_hold_no_strike_of_work() -> None:
    # the runs are cut mid-phrase, so only the run of "went on" ends in a verb of keeping; no strikers follow any run
    kept = [searched(_STOPPAGE_KEPT)(t) for t in ENGFP37_TEXTS]
    assert kept == [None, "went on ", None, None, None, None, None]
    assert [_matched(_STRIKERS_AFTER)(t) for t in ENGFP37_TEXTS] == [None] * 7
    assert [_matched(_TRUCE_WORD)(t) for t in ENGFP37_TEXTS] == [None] * 7  # "cease" alone is no truce word


def test_strikes_someone_gains_by_are_judged_not_told(gazetteer: Gazetteer) -> None:
    for text in (
        "On Tuesday an analyst said the regime was the main beneficiary of the coalition air strikes on Raqqa.",
        "On Tuesday the Kurds were said to have profited from Russian air strikes on the rebels in Aleppo.",
    ):
        assert "air-strike" not in _types(text, gazetteer), text
    # the strikes told, and a side's gains (its ground), stay
    text = "On Tuesday Russian air strikes on the rebels in Aleppo killed 20 people."
    assert "air-strike" in _types(text, gazetteer), text


def test_adversarial_runs_hold_no_gain_with_a_trigger() -> None:
    # each run ends in its phrase ("beneficiary of the", cut mid-word) or holds no "from"
    found = [searched(_GAINED_BY)(t) is not None for t in GAINED37_TEXTS]
    assert found == [False, False, False, False]


def test_reports_denied_tell_no_engagement(gazetteer: Gazetteer) -> None:
    for text in (
        "On Tuesday the Kremlin rejected claims that its warplanes had bombed a bakery in Saraqeb.",
        "On Tuesday the Pentagon denied reports of a coalition air strike on a school in Raqqa.",
        "On Tuesday the army dismissed reports that the insurgents had captured the town of Morek.",
    ):
        assert not _told(text, gazetteer), text
    # a toll after it keeps the act, whoever did it
    text = "On Tuesday the Kremlin rejected claims that its jets had bombed a bakery in Saraqeb that killed 12 people."
    assert "air-strike" in _types(text, gazetteer), text


def test_adversarial_runs_hold_no_report_denied_before_a_trigger() -> None:
    # a run of "denied the reports that" cut mid-word, of modifiers ending in a word, of "rejected" with no report
    assert [searched(_REPORT_DENIED)(t) for t in REPORTS37_TEXTS] == [None] * 4
