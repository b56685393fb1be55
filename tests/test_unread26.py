"""Villages a count announces and then names, set off by a dash or a colon (`loaders/set_off_places.py`); the lead
after a run of linked headlines (`loaders/boilerplate.py`, `RELATED_LEAD`)."""

from __future__ import annotations

import datetime

import pytest

from bench.adversarial import COUNTED_TEXTS, LEAD_TEXTS
from loaders.boilerplate import RELATED_LEAD
from loaders.gazetteer import Gazetteer
from loaders.set_off_places import COUNTED, counted_lists
from loaders.text import sentences
from tests.written import written


def _places(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Each place mention's text -> its key."""
    extraction = written(text, gazetteer, published=datetime.date(2016, 6, 1), identifier="unread26")
    return {text[m.span.start : m.span.end]: m.key for m in extraction.mentions if m.kind == "place"}


def test_names_after_a_dash_are_places(gazetteer: Gazetteer) -> None:
    text = "Insurgents seized three villages west of Hama from the army - Tal Malah Zalin and Jubbayn - after clashes."
    assert _places(text, gazetteer).get("Zalin", "").startswith("place/")


def test_a_counted_list_is_read_through_its_article(gazetteer: Gazetteer) -> None:
    text = "Government forces recaptured four villages - Rasm al-Abed and Tel Sabeen - near Aleppo."
    assert "Rasm al-Abed" in _places(text, gazetteer)


def test_a_colon_sets_the_list_off_too() -> None:
    text = "The army said it had retaken two towns: Kafr Sajna and Hish."
    assert [text[s.start : s.end] for s, _ in counted_lists(text)] == ["Kafr Sajna", "Hish"]


@pytest.mark.parametrize(
    "text",
    [
        "Two villages - one of them near Idlib - were shelled by Russia and Turkey on Monday.",  # an aside, no list
        "The group hit three villages - Turkish and Kurdish fighters then clashed.",  # the run goes on into a clause
        "He said two towns were shelled: Reuters and AFP reported the news.",  # no closing dash or full stop
        "Rebels took several villages - Hama said nothing.",  # one name, no "and"
        "The villages - Kafr Sajna and Hish - were quiet.",  # no count announces them
    ],
)
def test_no_list_is_read(text: str) -> None:
    assert list(counted_lists(text)) == []


def test_outlets_after_a_colon_are_no_places(gazetteer: Gazetteer) -> None:
    places = _places("He said two towns were shelled: Reuters and AFP reported the news.", gazetteer)
    assert "Reuters" not in places and "AFP" not in places


def test_the_pattern_reads_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what the pattern and the reader make of the inputs
    assert [len(list(COUNTED.finditer(t))) for t in COUNTED_TEXTS] == [0, 416, 178, 0]
    assert [list(counted_lists(t)) for t in COUNTED_TEXTS] == [[], [], [], []]


# The story's lead after a run of linked headlines (`boilerplate.RELATED_LEAD`, cut in `text._split_line`).
_HEADLINES = (
    "Shelling kills 4 in Homs Sat 2 May 2015 Print Tweet Views 37 Related "
    "Rebels seize hill near Hama Jordan opens crossing"
)


def test_the_lead_after_linked_headlines_is_no_furniture() -> None:
    body = f"{_HEADLINES} At least 9 people were killed on Friday when a shell hit a market in Idlib the monitor said."
    read = [(body[s.span.start : s.span.end], s.boilerplate) for s in sentences(body)]
    assert (
        "At least 9 people were killed on Friday when a shell hit a market in Idlib the monitor said.",
        False,
    ) in read


def test_a_headline_with_no_auxiliary_stays_furniture() -> None:
    body = f"{_HEADLINES} At least 20 killed in Aleppo clashes Turkey shells Kurdish posts."
    assert all(s.boilerplate for s in sentences(body) if "Related" in body[s.span.start : s.span.end])
    assert RELATED_LEAD.search(body) is None


def test_a_lead_is_cut_only_after_linked_headlines() -> None:
    body = "Reports from Homs came in late At least 9 people were killed on Friday the monitor said."
    assert len(sentences(body)) == 1


def test_the_lead_pattern_reads_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py)
    assert [RELATED_LEAD.search(t) is not None for t in LEAD_TEXTS] == [False, False, True, False]
