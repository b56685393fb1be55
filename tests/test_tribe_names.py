"""A name the article gives a tribe or a clan is no local place, unless a land noun follows it
(`loaders.tribe_names`; twentieth session, helper places7, the land-noun form twenty-first session, helper
outplace7). Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import CAPITALISED_RUN
from loaders.gazetteer import Gazetteer
from loaders.tribe_names import TRIBE_NAMED
from tests.written import place_spans as _place_spans


def test_a_tribes_name_alone_is_no_place(gazetteer: Gazetteer) -> None:
    text = "Elders of the al-Baggara tribe met in Deir Ezzor. Militants later shot twelve men in al-Baggara."
    assert all(key != "place/local/al-baggara" for _, key in _place_spans(text, gazetteer))


def test_a_tribes_name_before_a_land_noun_stays_a_place(gazetteer: Gazetteer) -> None:
    text = "Elders of the al-Baggara tribe met in Deir Ezzor. Militants later stormed the al-Baggara area."
    assert ("al-Baggara", "place/local/al-baggara") in _place_spans(text, gazetteer)


def test_near_misses_keep_their_places(gazetteer: Gazetteer) -> None:
    # no tribe named: a name after "in" is a place as before
    assert ("al-Baggara", "place/local/al-baggara") in _place_spans(
        "Militants shot twelve men in al-Baggara.", gazetteer
    )
    # "tribal" after no name
    assert ("al-Baggara", "place/local/al-baggara") in _place_spans(
        "Tribal elders met in al-Baggara on Monday.", gazetteer
    )
    # a town the tables know keeps its link though a clan bears its name
    assert ("Douma", "place/douma-890442375") in _place_spans(
        "The Douma clan mourned its dead. Jets bombed Douma on Monday.", gazetteer
    )
    # another local place of the article is not the tribe's
    spans = _place_spans("Elders of the al-Baggara tribe met. Militants shot twelve men in al-Kuraim.", gazetteer)
    assert any(text == "al-Kuraim" for text, _ in spans)
    # another tribe's name is not this one's
    spans = _place_spans("The Shammar tribe fled. Militants shot twelve men in al-Baggara.", gazetteer)
    assert ("al-Baggara", "place/local/al-baggara") in spans


def test_the_tribe_pattern_reads_a_long_capitalised_run() -> None:
    # only the last capitalised word before "tribe" names it; its speed is timed by make bench-patterns
    assert [m.group() for m in TRIBE_NAMED.finditer(CAPITALISED_RUN[0])] == ["Aa tribe"]
