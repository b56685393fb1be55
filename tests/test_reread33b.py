"""Thirty-third session's second review (reread33b): guards mended to do what their comments say. Texts written here."""

from __future__ import annotations

from functools import partial

import pytest
from detection import place_keys

from loaders.gazetteer import Gazetteer
from loaders.person_names import _NISBA_AFTER
from loaders.story_turns import _SEPARATE
from tests.probed_news import read_after_news
from tests.written import JUNE_12_2017, placed_attacker_slugs

RAQQA = "place/raqqa-421172833"


@pytest.mark.parametrize(
    "text",
    [
        # "jihadist" was a title the gate let through that the reading then ignored
        "French jihadist Abu Hajar urged his men to hold Raqqa.",
        # the nisba with a capital article, as many outlets write it
        "Abu Talha Al-Almani urged his men to hold Raqqa.",
        "A video showed Abu Hajar Al-Tunisi in Raqqa.",
    ],
)
def test_a_kunya_with_a_title_or_capital_nisba_is_a_man(gazetteer: Gazetteer, text: str) -> None:
    found = place_keys(gazetteer, text)
    assert RAQQA in found
    assert not any("abu" in key or "almani" in key or "tunisi" in key for key in found)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jihadist fighters attacked Abu Hajar on Monday.", "place/abu-hajar-1225958437"),
        ("Rebels shelled the village of Abu Talha Al-Gharbi in Aleppo countryside.", "place/local/abu-talha"),
    ],
)
def test_a_kunya_told_as_ground_keeps_its_place(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in place_keys(gazetteer, text)


def test_a_capital_article_reads_a_nisba_but_not_a_side() -> None:
    assert _NISBA_AFTER.match(" Al-Almani was") and _NISBA_AFTER.match(" El-Masri said")
    assert not _NISBA_AFTER.match(" Al-Gharbi village") and not _NISBA_AFTER.match(" Al-Shamali")


@pytest.mark.parametrize(
    "text",
    [
        "In a separate attack they shelled Tal Abyad.",
        "In a separate development its jets struck Ariha.",
        "In a separate raid, they stormed a checkpoint.",
    ],
)
def test_a_pronoun_after_separate_is_no_new_story(text: str) -> None:
    # the noun after "separate" may not be the pronoun that refers back to the subject before
    assert _SEPARATE.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "In a separate attack a car bomb killed five in Azaz.",
        "In a separate air strike, jets hit Ariha.",
        "Separately, a suicide bomber blew himself up at a checkpoint.",
        "In a separate incident on Tuesday, gunmen shot a farmer.",
    ],
)
def test_a_new_story_after_separate_is_still_read(text: str) -> None:
    assert _SEPARATE.match(text) is not None


_struck = partial(placed_attacker_slugs, titled=True, published=JUNE_12_2017)


@pytest.mark.parametrize(
    ("text", "place", "doer"),
    [
        # a past form after words of its own is the clause's verb, not under "without" or "not"
        ("Syrian warplanes without warning struck a market in Ariha on Monday.", "ariha", "syrian-arab-air-force"),
        ("Russian jets that had not flown for days struck Saraqib on Monday.", "saraqib", "russian-aerospace-forces"),
    ],
)
def test_aircraft_that_struck_after_a_negated_word_still_strike(
    gazetteer: Gazetteer, text: str, place: str, doer: str
) -> None:
    found = _struck(text, gazetteer)
    assert [e[0] for e in found] == ["air-strike"]
    assert place in found[0][1][0] and doer in found[0][2]


@pytest.mark.parametrize(
    "probe",
    [
        "Russian warplanes have not yet bombed Idlib.",
        "Russian jets flew over Idlib without striking.",
        "Syrian warplanes circled over Daraa but didn't drop any bombs.",
    ],
)
def test_aircraft_that_struck_nothing_still_strike_nothing(gazetteer: Gazetteer, probe: str) -> None:
    # the news before the probe is still read: the probe alone adds nothing
    assert read_after_news(probe, gazetteer) == [("air-strike", ["saraqib"])]


HAMA_CITY = "place/hama-421202161"


@pytest.mark.parametrize("text", ["Hamas co-founder Mahmoud Zahar spoke in Gaza.", "Hamas co-founders met in Gaza."])
def test_a_movements_hyphenated_member_is_no_towns(gazetteer: Gazetteer, text: str) -> None:
    # the tokenizer splits "co-founder" at its hyphen: the word after "Hamas" is read whole
    found = place_keys(gazetteer, text)
    assert "place/gaza-strip" in found and HAMA_CITY not in found


def test_a_towns_hyphenated_possession_is_still_its_own(gazetteer: Gazetteer) -> None:
    assert HAMA_CITY in place_keys(gazetteer, "Hamas co-operatives reopened on Monday.")
