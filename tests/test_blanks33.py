"""Thirty-third session, helper blanks33: the checks of a few patterns hold across any run of blanks."""

from __future__ import annotations

import re

import pytest
from detection import place_keys
from probed_news import told_with_attackers

from loaders.anniversaries import remembered
from loaders.gazetteer import Gazetteer
from loaders.place_mentions import _located_names

IDLIB = {"place/idlib-890432567", "place/idlib-governorate-85678373"}


@pytest.mark.parametrize(
    "text",
    [
        "It was the first attack to  hit Sarakeb since 2012, in Idlib.",
        "Rebels tried to \t capture Sarakeb last year, in Idlib.",
        "The army vowed to\n\nseize Sarakeb in Idlib.",
    ],
)
def test_an_aim_after_to_and_many_blanks_is_no_new_place(gazetteer: Gazetteer, text: str) -> None:
    found_keys = place_keys(gazetteer, text)
    assert "place/idlib-890432567" in found_keys
    assert found_keys <= IDLIB


def test_a_verb_of_striking_after_blanks_but_no_to_still_takes_its_object(gazetteer: Gazetteer) -> None:
    assert "place/saraqib-890449833" in place_keys(gazetteer, "Air strikes  hit Sarakeb in Idlib province on Monday.")
    text = "jets struck Sarakeb, and tried to   hit Binnish, and onto  hit Kafrnabl"
    assert [text[s:e] for s, e in _located_names(text)] == ["Sarakeb", "Kafrnabl"]


@pytest.mark.parametrize(
    ("text", "place", "attacker"),
    [
        ("Kafraya which is  surrounded by rebel fighters has run out of bread.", "kafraya-1343348707", "syrian-rebels"),
        ("Madaya, which was   surrounded by government forces, is starving.", "madaya", "syrian-arab-army"),
    ],
)
def test_the_passive_surrounded_after_two_or_three_blanks_is_a_siege(
    gazetteer: Gazetteer, text: str, place: str, attacker: str
) -> None:
    assert told_with_attackers(text, gazetteer) == [("siege", [place], [attacker])]


def test_surrounded_after_blanks_is_still_no_siege_of_a_plane_nor_an_active_one_after_be(gazetteer: Gazetteer) -> None:
    assert told_with_attackers("The plane was  surrounded by troops at the airport.", gazetteer) == []
    assert told_with_attackers("Aleppo will be  surrounded the rebels said.", gazetteer) == []
    # (the active reading is kept)
    active = told_with_attackers("IS militants surrounded the town of Kobani on Monday.", gazetteer)
    assert active == [("siege", ["kobani-1360282145"], ["islamic-state"])]


_REMARKED = "Officials remarked exactly ten years since Western-backed Syrian Democratic Forces fighters stormed Tabqa."
_MARKED = "The town marked exactly ten years since Western-backed Syrian Democratic Forces fighters stormed Tabqa."


def test_a_word_the_window_cuts_is_not_read_whole() -> None:
    # "remarked" begins just before the 80 characters looked back over; the search must not see "marked"
    trigger = re.search("stormed", _REMARKED)
    assert trigger is not None and trigger.start() - _REMARKED.index("marked") == 80
    assert not remembered(_REMARKED, trigger)


def test_the_whole_word_at_the_window_edge_is_still_read() -> None:
    trigger = re.search("stormed", _MARKED)
    assert trigger is not None and trigger.start() - _MARKED.index("marked") == 80
    assert remembered(_MARKED, trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Commander Abu Hajar urged his men to hold Raqqa.",
        "Leader Abu Hajar urged his men to hold Raqqa.",
        "The rebels' commander\nAbu Hajar urged his men to hold Raqqa.",
    ],
)
def test_a_capitalised_title_or_one_across_a_line_break_makes_a_kunya_a_man(gazetteer: Gazetteer, text: str) -> None:
    found = place_keys(gazetteer, text)
    assert "place/raqqa-421172833" in found
    assert not any("abu" in key for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in Abu Hajar continued on Monday near Raqqa.",
        "Chief among the targets was Abu Hajar, near Raqqa.",
    ],
)
def test_a_kunya_without_a_title_right_before_it_is_still_a_village(gazetteer: Gazetteer, text: str) -> None:
    assert {"place/local/abu-hajar", "place/raqqa-421172833"} <= place_keys(gazetteer, text)
