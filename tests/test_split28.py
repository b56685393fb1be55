"""Tests of split28's rule: fighting a truce bore on is no battle of its own."""

from __future__ import annotations

from bench.adversarial import IMPACT28_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.trigger_guards import _NOT_HAPPENING
from tests.written import written

_GAZ = Gazetteer.load()


def _types(body: str) -> list[str]:
    return sorted(e.type for e in written(body, _GAZ).engagements)


def test_fighting_a_truce_bore_on_is_no_battle() -> None:
    body = "A truce in Homs brokered by the United Nations on Monday has had little effect on the fighting."
    assert _types(body) == ["ceasefire"]


def test_impact_on_fighting_in_a_plural() -> None:
    body = "The ceasefire in Homs agreed by Russia and Turkey on Monday has had limited impacts on fighting there."
    assert _types(body) == ["ceasefire"]


def test_fighting_that_has_an_impact_is_still_a_battle() -> None:
    assert _types("Fighting in Homs on Monday had a heavy impact on the city a monitor said.") == ["armed-clash"]


def test_impact_on_civilians_leaves_the_clashes() -> None:
    body = "The war's impact on civilians grew as clashes in Homs killed 12 soldiers on Monday."
    assert "armed-clash" in _types(body)


def test_the_guard_reads_adversarial_text() -> None:
    assert [bool(searched(_NOT_HAPPENING)(t)) for t in IMPACT28_TEXTS] == [True, False, False, True]
