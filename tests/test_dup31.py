"""Thirty-first session (helper dup31): one event extracted twice. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import CREDIT31_TEXTS
from loaders.boilerplate import PHOTO_CREDIT
from loaders.text import sentences


def _read(text: str) -> list[tuple[bool, str]]:
    return [(s.boilerplate, text[s.span.start : s.span.end]) for s in sentences(text)]


# --- a wire photo's credit with its year, and the linked headline after it, are furniture ---


def test_a_credit_with_its_year_and_a_linked_headline_are_furniture() -> None:
    text = (
        "The army said its units had reached the river. AFP 2019 JOHN DOE Soldier Dies of Wounds in Eastern Syria - "
        "CENTCOM The coalition said it had carried out six airstrikes on militants near Raqqa on Monday."
    )
    assert _read(text) == [
        (False, "The army said its units had reached the river."),
        (True, "AFP 2019 JOHN DOE Soldier Dies of Wounds in Eastern Syria - CENTCOM"),
        (False, "The coalition said it had carried out six airstrikes on militants near Raqqa on Monday."),
    ]


def test_a_wire_and_a_year_in_the_text_are_no_credit() -> None:
    text = "AFP 2018 figures show the toll rose. Reuters 2017 reporting found Raqqa was hit."
    assert all(not furniture for furniture, _ in _read(text))
    assert PHOTO_CREDIT.search(text) is None


def test_a_dash_in_the_text_still_ends_nothing() -> None:
    text = "Clashes broke out in Aleppo - the monitor said - and the army shelled Homs."
    assert _read(text) == [(False, text)]


def test_credit_adversarial_inputs_read_as_expected() -> None:
    found = [[m.group() for m in PHOTO_CREDIT.finditer(text)] for text in CREDIT31_TEXTS]
    assert found == [[], [], ["AFP 2018 DELIL SOULEIMAN"], []]
