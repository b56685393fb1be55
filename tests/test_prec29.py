"""The twenty-ninth session's precision guards (helper prec29; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

import pytest
from detection import detect

from bench.adversarial import BACKDROP_TEXTS, DATED_BACK_TEXTS, _middle
from loaders.denied_and_remarked import _BACKDROP_VERB
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.past_deeds import dated_back


@pytest.mark.parametrize(
    "text",
    [
        "The air strikes come a week after the minister announced a wider campaign in Syria.",
        "The attack came two days after talks opened in Geneva.",
        "The shelling came shortly after the delegation left Damascus.",
        "The bombing came just before the Security Council met in New York.",
    ],
)
def test_an_engagement_set_after_another_happening_is_not_told_again(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_the_backdrop_after_a_report_adds_no_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "Regime aircraft bombed the town of Saraqib on Monday. "
        "The air strikes came a day after the opposition walked out of talks in Geneva."
    )
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert [sorted(e.places) for e in found] == [["place/saraqib-890449833"]]


@pytest.mark.parametrize(
    "text",
    [
        # the engagement's own verb, not "came": told
        "The attack on Saraqib killed ten people two days after talks opened in Geneva.",
        # no definite head: a new engagement that came after something
        "Rebels shelled Saraqib after talks opened in Geneva.",
        # the head tells where: a new engagement (tests/test_engagements.py reads both scenes of such a sentence)
        "The attack on Saraqib came two days after talks opened in Geneva.",
        # what came after is the engagement itself, after "after": it is not the head
        "The talks came two days after regime aircraft bombed Saraqib.",
    ],
)
def test_an_engagement_that_is_told_after_came_is_kept(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []


@pytest.mark.parametrize(("text", "read"), list(zip(BACKDROP_TEXTS, [None, None, None, None], strict=True)))
def test_the_backdrop_verb_reads_adversarial_text(text: str, read: str | None) -> None:
    assert _group(_BACKDROP_VERB.match(text)) == read


def _group(match: re.Match[str] | None) -> str | None:
    """The matched text, or None."""
    return None if match is None else match.group()


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families returned to Saraqib after the offensive two years ago.",
        "Aid workers said the hospital in Aleppo had been rebuilt since the battle for the city last year.",
        "Many of the residents of Homs left during the long siege of the old city in 2014.",
    ],
)
def test_a_past_engagement_named_as_a_time_is_not_told(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # last night, not last year: news
        "Rebels said the battle for Aleppo last night killed 20 fighters.",
        # no time of its own: the battle is the report's
        "Regime aircraft bombed Saraqib during the battle for the town on Monday.",
        # a year back, but told by its own verb, not named as a time
        "Regime forces shelled Saraqib in 2014 and again on Monday.",
    ],
)
def test_an_engagement_not_named_as_a_past_time_is_kept(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []


def test_dated_back_reads_adversarial_text() -> None:
    assert [dated_back(t, _middle(t)) for t in DATED_BACK_TEXTS] == [False] * 4
