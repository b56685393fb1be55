"""Place misreadings written-sentence probes found (thirty-third session, helper placegaps33): sentences written for
these tests, never copied from a corpus."""

from __future__ import annotations

import pytest
from detection import place_keys

from loaders.aliases import tokenize
from loaders.bare_possessives import place_owns_what_follows
from loaders.gazetteer import Gazetteer

HAMA_GOVERNORATE = "place/hama-governorate-85678363"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hamas fighters fired rockets from Gaza on Monday.", "place/gaza-strip"),
        ("Hamas and Fatah signed a reconciliation deal in Cairo.", "place/cairo"),
        ("A senior official of Hamas, the movement that rules Gaza, met Turkish envoys.", "place/gaza-strip"),
        ("Hamas leader Ismail Haniyeh met officials in Cairo.", "place/cairo"),
        ("The talks in Cairo included a Hamas delegation.", "place/cairo"),
        ("Israel struck targets in Gaza after a rocket attack it blamed on Hamas.", "place/gaza-strip"),
    ],
)
def test_hamas_owning_no_thing_of_a_town_is_no_hama(gazetteer: Gazetteer, text: str, kept: str) -> None:
    # a possessive without its apostrophe is followed by what it owns: never punctuation, "and" with a plain name or
    # a movement's members and leaders, which a town does not have
    found = place_keys(gazetteer, text)
    assert kept in found
    assert not any(key.startswith("place/hama") for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Hamas countryside on Monday.",
        "Rebels advanced in Hamas northern countryside on Monday.",
        "Warplanes pounded Homs and Hamas countryside on Monday.",
        "Air strikes hit Idlibs and Hamas countryside, the monitor said.",
        "Regime forces shelled Latamneh in Hamas eastern countryside.",
    ],
)
def test_hamas_before_what_a_town_owns_is_still_hama(gazetteer: Gazetteer, text: str) -> None:
    assert HAMA_GOVERNORATE in place_keys(gazetteer, text)


def test_a_place_possessive_reads_the_word_after_it() -> None:
    text = "Hamas and Fatah; Hamas fighters; Hamas residents; Idlibs and Hamas; Hamas."
    tokens = tokenize(text)
    ends = [i + 1 for i, token in enumerate(tokens) if token.surface in ("Hamas", "Idlibs")]
    assert [place_owns_what_follows(tokens, end, text) for end in ends] == [False, False, True, True, False, False]
