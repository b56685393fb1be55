"""Thirty-fifth session, helper merges35: "Other shells" opening a sentence tell another engagement. Texts written."""

from __future__ import annotations

from bench.adversarial import OTHER35_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.other_munitions import _OPENS_ON_OTHER
from tests.written import JUNE_12_2017, types_places

_LEAD = "Rebels fired rocket shells on al-Midan neighborhood in Aleppo city on Monday killing three civilians. "


def _places(text: str, gazetteer: Gazetteer) -> list[tuple[str, tuple[str, ...]]]:
    return types_places(text, gazetteer, titled=True, published=JUNE_12_2017)


def test_other_shells_opening_a_sentence_are_another_shelling(gazetteer: Gazetteer) -> None:
    text = _LEAD + "Other rocket shells fired by the rebels on al-Ramouseh neighborhood injured two civilians."
    found = _places(text, gazetteer)
    assert [t for t, _ in found] == ["shelling", "shelling"], found
    assert not any("ramouseh" in p for p in found[0][1]), found


def test_the_same_shells_told_again_still_join(gazetteer: Gazetteer) -> None:
    text = _LEAD + "The rocket shells fired by the rebels on al-Midan neighborhood also damaged a school."
    assert [t for t, _ in _places(text, gazetteer)] == ["shelling"], _places(text, gazetteer)


def test_the_opening_other_only() -> None:
    assert _OPENS_ON_OTHER.fullmatch("Other rocket ")
    assert _OPENS_ON_OTHER.fullmatch("other ")
    assert not _OPENS_ON_OTHER.fullmatch("The other side's ")
    assert not _OPENS_ON_OTHER.fullmatch("Among other ")
    for text in OTHER35_TEXTS:
        assert _OPENS_ON_OTHER.fullmatch(text) is None, text[:20]
