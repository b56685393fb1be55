"""Over-reach of this session's second-round place and actor rules (twentieth session, helper review9): a singular
"area" before "most notably", a front named for a body or for two places' ends, a side alone in a list, a country
paired with a state after a locative or before "back" as an adverb. Every text is made up for the test."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from bench.adversarial import MORE_DEAD_TEXTS, REVIEW9_TEXTS
from loaders import place_lists
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.paired_states import _STATE_VERB, _WORD_BEFORE
from loaders.place_lists import _FRONT, _HEAD, list_places
from loaders.told_before import _MORE_DEAD
from loaders.unarmed_fights import _NOT_A_FOE
from tests.written import mention_keys as mentions


def listed(text: str) -> list[str]:
    """The names `list_places` reads in a text."""
    return [text[s.start : s.end] for s, _ in list_places(text)]


def test_most_notably_after_a_singular_area_lists_no_places() -> None:
    assert listed("Commanders in the area, most notably Abu Omar Haddad and Zaher Kanaan, met on Monday.") == []
    assert listed("Units in the region, especially Liwa Nasr and Katibat Saif, moved on Monday.") == []
    assert listed("Jets hit several towns, most notably Sarmin and Ariha, on Monday.") == ["Sarmin", "Ariha"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic front attacked army posts on Monday.",
        "Fighters of the Revolutionary front attacked army posts on Monday.",
        "Clashes raged on the Khanser-Ithriyeh axis on Monday.",
        "Officials of the Tehran-Damascus axis met on Monday.",
    ],
)
def test_a_front_named_for_a_body_or_two_ends_names_no_place(text: str) -> None:
    assert listed(text) == []


def test_a_front_between_two_known_towns_keeps_both_towns(gazetteer: Gazetteer) -> None:
    places = mentions("Clashes raged on the Homs-Hama front on Monday.", gazetteer, "place")
    assert set(places) == {"Homs", "Hama"}
    assert listed("Clashes raged on the Salah-Eddin front on Monday.") == ["Salah-Eddin"]


def test_a_side_alone_in_a_list_is_no_place() -> None:
    assert listed("Jets pounded Western and Eastern Ghouta towns on Monday.") == ["Eastern Ghouta"]


def test_a_compass_point_alone_in_a_list_is_no_place() -> None:
    assert listed("Jets struck East and West Aleppo neighbourhoods on Monday.") == ["West Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah is part of the Iranian-backed axis on Monday.",
        "Rebels held the Turkish-backed front on Monday.",
        "Rebels shelled Kurdish-held and Arab villages on Monday.",
    ],
)
def test_a_name_hyphenated_to_a_participle_is_no_place(text: str) -> None:
    assert listed(text) == []


def test_a_list_holding_a_bodys_word_lists_no_places(gazetteer: Gazetteer) -> None:
    assert listed("Both sides shelled Government and Opposition areas on Monday.") == []
    assert "Opposition" not in mentions("Both sides shelled Government and Opposition areas.", gazetteer, "place")
    assert listed("Jets struck Kafr Hamra and Ibbin villages on Monday.") == ["Kafr Hamra", "Ibbin"]


@pytest.mark.parametrize(
    "text",
    [
        "Families who fled to Russia and China back in 2012 came home on Monday.",
        "Exports from Russia and China support the economy, officials said on Monday.",
        "Weapons made in Russia and China back the army, officials said on Monday.",
    ],
)
def test_a_country_beside_a_state_after_a_locative_or_before_an_adverb_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    assert "China" in mentions(text, gazetteer, "place")


def test_a_country_beside_a_state_as_subject_still_acts(gazetteer: Gazetteer) -> None:
    assert "China" in mentions("Russia and China vetoed the resolution on Monday.", gazetteer, "actor")


@pytest.mark.parametrize(
    ("text", "before"),
    list(
        zip(
            REVIEW9_TEXTS,
            [
                {"Aa-Bb ": 33},
                {"Alpha ": 6, "Beta ": 6, "Gamma ": 5},
                {"and ": 49},
                {"area ": 11, "area the ": 11},
                {"have ": 9, "also ": 9, "also  ": 9},
                {"from ": 11, "from the ": 11},
            ],
            strict=True,
        )
    ),
)
def test_the_new_patterns_read_adversarial_text(text: str, before: dict[str, int]) -> None:
    # no list, head, front or state verb in any of them; the words before every 50th offset are the text's own words.
    # Their speed on these is timed by make bench-patterns (bench/adversarial.py)
    two_ends = [m.group() for m in place_lists._TWO_ENDS.finditer(text)]
    assert two_ends == (["Aa-B"] * 833 if text.startswith("Aa-Bb") else [])
    assert not list(_HEAD.finditer(text)) and not list(_FRONT.finditer(text))
    assert not any(_STATE_VERB.match(text, at) for at in range(len(text)))
    words = [_WORD_BEFORE.search(text, max(0, at - 30), at) for at in range(0, len(text), 50)]
    assert Counter(m.group() for m in words if m) == before


def test_more_dead_reads_any_count_of_the_project() -> None:
    assert _MORE_DEAD.search("Twenty more civilians were killed in an air strike on the town")
    assert _MORE_DEAD.search("A further 14 fighters were killed in shelling on the town")
    assert not _MORE_DEAD.search("Twenty more civilians were wounded in an air strike on the town")


@pytest.mark.parametrize("text", MORE_DEAD_TEXTS)
def test_more_dead_reads_no_toll_in_adversarial_text(text: str) -> None:
    # its speed on these is timed by make bench-patterns (bench/adversarial.py)
    assert _MORE_DEAD.search(text) is None


def test_fire_from_a_side_is_a_foes_gunfire(gazetteer: Gazetteer) -> None:
    body = "Kurdish fighters were battling fire from IS positions near Kobani on Monday."
    found = extract(Article("test", "t", body, published=date(2016, 3, 7)), gazetteer)
    assert [e.type for e in found.engagements] == ["armed-clash"]
    assert _NOT_A_FOE.match(" fires from the shelling")
