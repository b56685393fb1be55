"""Over-reach of this session's second-round place and actor rules (twentieth session, helper review9): a singular
"area" before "most notably", a front named for a body or for two places' ends, a side alone in a list, a country
paired with a state after a locative or before "back" as an adverb. Every text is made up for the test."""

from __future__ import annotations

from loaders.place_lists import list_places


def listed(text: str) -> list[str]:
    """The names `list_places` reads in a text."""
    return [text[s.start : s.end] for s, _ in list_places(text)]


def test_most_notably_after_a_singular_area_lists_no_places() -> None:
    assert listed("Commanders in the area, most notably Abu Omar Haddad and Zaher Kanaan, met on Monday.") == []
    assert listed("Units in the region, especially Liwa Nasr and Katibat Saif, moved on Monday.") == []
    assert listed("Jets hit several towns, most notably Sarmin and Ariha, on Monday.") == ["Sarmin", "Ariha"]
