"""The review of the eighteenth session's first-round rules (eighteenth session, helper review3): sentences written for
the review, where a rule reached beyond what it meant."""

from __future__ import annotations

import re
from datetime import date

import pytest

from loaders.extract import extract
from loaders.figures import find_figures
from loaders.gazetteer import Gazetteer
from loaders.grown_since import grown_since
from loaders.model import Article
from loaders.timex import find_time
from tests.written import written

_PUBLISHED = date(2016, 5, 10)  # a Tuesday


def _times(body: str, gazetteer: Gazetteer) -> dict[str, str | None]:
    """Each engagement's type and the expression that dates it."""
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).engagements
    return {e.type: e.time.expression if e.time else None for e in found}


def test_two_main_clause_scenes_after_a_fronted_clause_share_their_time(gazetteer: Gazetteer) -> None:
    body = "After failing to reach a deal, regime jets bombed Idlib and rebels shelled Aleppo on Monday."
    assert _times(body, gazetteer) == {"air-strike": "on Monday", "shelling": "on Monday"}


def test_a_time_across_the_fronted_clause_still_dates_only_its_own_side(gazetteer: Gazetteer) -> None:
    times = _times("After seizing Tabqa from IS the SDF attacked Raqqa on Monday.", gazetteer)
    assert times["armed-clash"] == "on Monday"
    assert times["non-state-actor-overtakes-territory"] is None


def test_a_day_owning_the_news_dates_it_before_the_day_it_was_told() -> None:
    when = find_time("Sunday's air strike killed 20 people in Idlib, the monitor said on Wednesday.", 0, _PUBLISHED)
    assert when is not None and when.expression == "Sunday"


def _engagements(body: str, gazetteer: Gazetteer) -> int:
    """How many engagements the article yields."""
    return len(written(body, gazetteer, published=_PUBLISHED).engagements)


@pytest.mark.parametrize(
    "body",
    [
        # the "since" of a clause of its own
        "Clashes between the army and rebels have raged in the Manshiyeh district of Daraa on Monday, which rebels "
        "have held since 2013.",
        # a comparison with the past
        "Clashes between the army and rebels have raged in Daraa on Monday, the heaviest since 2012.",
    ],
)
def test_a_since_of_another_clause_or_a_comparison_leaves_the_fighting_told(body: str, gazetteer: Gazetteer) -> None:
    assert _engagements(body, gazetteer) == 1


def test_fighting_grown_since_a_year_is_still_the_wars_course(gazetteer: Gazetteer) -> None:
    body = "Fighting between the army and rebels has intensified in the west of Aleppo since mid-2012."
    assert _engagements(body, gazetteer) == 0


def test_never_describing_the_aircrafts_object_denies_no_strike(gazetteer: Gazetteer) -> None:
    body = "Russian warplanes struck villages never held by IS near Palmyra on Monday."
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).engagements
    assert [e.attackers for e in found] == [("actor/russian-aerospace-forces", "actor/russia")]


def test_aircraft_that_never_struck_still_strike_nothing(gazetteer: Gazetteer) -> None:
    assert _engagements("Russian planes never struck Idlib, the ministry said.", gazetteer) == 0


_STRIKE = "Regime warplanes struck Idlib on Thursday. "


@pytest.mark.parametrize(
    "after",
    [
        # a moment, not a period
        "Four civilians were killed in Saraqib during the night.",
        # a "since" of a clause of its own
        "Four civilians were killed in Saraqib, which has been held by rebels since 2012.",
        # what the bombardment left, after "by": no killer of its own
        "Four civilians were killed in Saraqib by shrapnel.",
    ],
)
def test_the_days_dead_told_with_a_moment_a_clause_or_shrapnel_stay_a_toll_told_after(
    after: str, gazetteer: Gazetteer
) -> None:
    assert _engagements(_STRIKE + after, gazetteer) == 2


def test_the_dead_of_a_period_are_still_summed(gazetteer: Gazetteer) -> None:
    assert _engagements(_STRIKE + "Four civilians were killed in Saraqib during the past week.", gazetteer) == 1


def test_a_when_clause_dates_the_retelling_it_happens_with(gazetteer: Gazetteer) -> None:
    body = (
        "IS fighters attacked the town of Kobani. The assault started when militants killed three guards at the gate "
        "of Kobani on Friday."
    )
    assert _times(body, gazetteer) == {"armed-clash": "on Friday"}


def test_a_passive_fronted_clause_lends_the_main_subject_no_deed(gazetteer: Gazetteer) -> None:
    body = "After being shelled for weeks in Daraya, rebels agreed to leave the town."
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).engagements
    assert not any("actor/syrian-rebels" in e.attackers for e in found)


def _places(body: str, gazetteer: Gazetteer) -> dict[str, str]:
    """Each place mention's text and the key it was linked to."""
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).mentions
    return {body[m.span.start : m.span.end]: m.key for m in found if m.kind == "place"}


def test_quarters_placed_in_a_city_after_them_are_that_citys_not_one_named_before(gazetteer: Gazetteer) -> None:
    body = (
        "After clashes in Aleppo, the army shelled the neighbourhoods of Qadam, Tadamon, al-Midan and Yarmouk in "
        "Damascus."
    )
    alone = "The army shelled the neighbourhoods of Qadam, Tadamon, al-Midan and Yarmouk in Damascus."
    assert _places(body, gazetteer)["al-Midan"] == _places(alone, gazetteer)["al-Midan"]
    assert not _places(body, gazetteer)["al-Midan"].startswith("place/local/")


def test_a_trigger_before_a_relative_clause_is_not_the_subject_of_its_grown_verb() -> None:
    text = "Regime air strikes on Daraa where fighting has raged since 2012 killed ten civilians on Monday."
    strikes = re.search("air strikes", text)
    fighting = re.search("fighting", text)
    assert strikes is not None and fighting is not None
    assert not grown_since(text, strikes)
    assert grown_since(text, fighting)


def test_aircraft_that_not_only_struck_are_not_denied(gazetteer: Gazetteer) -> None:
    body = "Russian jets have not only bombed IS positions in Raqqa but also struck rebels in Idlib on Monday."
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).engagements
    assert any("actor/russia" in e.attackers for e in found)


def test_a_verb_not_only_done_is_told(gazetteer: Gazetteer) -> None:
    body = "Russian jets have not only bombed IS positions in Raqqa but also struck rebels in Idlib on Monday."
    found = extract(Article("test", "t", body, published=_PUBLISHED), gazetteer).engagements
    assert any("actor/islamic-state" in e.targets for e in found)


def test_not_one_person_named_by_a_singular_noun_counts_none() -> None:
    assert find_figures("The shells fell on the market but not one citizen was injured.") == []
    assert [f.low for f in find_figures("The shells fell on the market and one citizen was injured.")] == [1]


def test_not_one_soldier_killed_counts_none() -> None:
    assert find_figures("The shells fell on the base but not one soldier was killed.") == []
