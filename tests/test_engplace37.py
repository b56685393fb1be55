"""Places read by the thirty-seventh session's rules (helper engplace37): sentences written for these tests, never
copied from a corpus."""

from __future__ import annotations

from written import place_slugs, place_spans

from bench.adversarial import LOCAL_REPEATS37_TEXTS, STRIKE_RETOLD37_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.local_repeats import _GOES_ON, _PEOPLE_AFTER, _WORD_BEFORE
from loaders.strikes_retold import _THE_STRIKE_ON

_QUARTER_AGAIN = (
    "A car bomb went off in the Qusoor neighbourhood of Homs on Monday. Homs Qusoor neighbourhood is home to many"
    " Alawites. The district was also hit on May 3 when four people were killed in a car bomb attack."
)


def test_a_quarter_named_again_after_its_city_is_the_quarter(gazetteer: Gazetteer) -> None:
    assert [t for t, _ in place_spans(_QUARTER_AGAIN, gazetteer)].count("Qusoor") == 2
    # "the district" then refers back to the quarter named last, not to the city
    assert place_slugs(_QUARTER_AGAIN, gazetteer)[-1] == ("remote-explosive", ["qusoor"])


def test_a_name_the_text_also_gives_a_tribe_is_not_read_bare(gazetteer: Gazetteer) -> None:
    text = (
        "Militants stormed the Bani Khazal area on Monday. Elders of the Bani Khazal tribe fled."
        " Bani Khazal leaders said they would fight."
    )
    assert [t for t, _ in place_spans(text, gazetteer)].count("Bani Khazal") == 1


def test_local_repeat_patterns_on_adversarial_texts() -> None:
    assert [bool(_GOES_ON.search(t)) for t in LOCAL_REPEATS37_TEXTS] == [True, True, True, False, True]
    assert [bool(_WORD_BEFORE.search(t)) for t in LOCAL_REPEATS37_TEXTS] == [True, True, True, False, True]
    assert [bool(_PEOPLE_AFTER.search(t)) for t in LOCAL_REPEATS37_TEXTS] == [False] * 5


_STRIKE_RETOLD = (
    "Eleven civilians were killed in a suspected coalition air strike on Monday near Raqqa an activist group said."
    " The group said at least 30 people were injured in the strike on Heneyda and that the toll may rise."
)


def test_the_strike_on_a_place_after_an_air_strike_adds_its_place(gazetteer: Gazetteer) -> None:
    assert place_slugs(_STRIKE_RETOLD, gazetteer) == [("air-strike", ["raqqa", "hunaydah"])]


def test_the_strike_pattern_on_adversarial_texts() -> None:
    assert [bool(_THE_STRIKE_ON.search(t)) for t in STRIKE_RETOLD37_TEXTS] == [False] * 3
