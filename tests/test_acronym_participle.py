"""A lower-case "fighting" after a name closed by its acronym in brackets describes the named body (seventeenth session,
`described_fighters._ACRONYM_BEFORE`)."""

from __future__ import annotations

from detection import detect

from loaders.gazetteer import Gazetteer


def test_fighting_after_a_bracketed_acronym_describes_the_body(gazetteer: Gazetteer) -> None:
    text = "The Syrian Democratic Forces (SDF) fighting against IS near Raqqa received new weapons this week."
    assert detect(text, gazetteer) == []
    # a sentence opened by a dateline's agency in brackets still tells its fighting
    told = "BEIRUT (AP) Fighting raged between rebels and the army in Aleppo on Monday."
    assert [d.type for d in detect(told, gazetteer)] == ["armed-clash"]
