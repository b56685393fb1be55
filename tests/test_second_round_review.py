"""The review of the seventeenth session's second-round rules (eighteenth session, helper review2): sentences written
for the review, where a rule reached beyond what it meant."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article

_STRIKE = "Regime warplanes struck Idlib on Thursday. "


@pytest.mark.parametrize(
    "after",
    [
        # a running total or a count summed over days: no report of the strike told before
        "More than 3,000 civilians have been killed in Aleppo.",
        "Thousands of people have been killed in Aleppo.",
        "A total of 56 people were killed in Aleppo during the week.",
        # no one dead
        "No one was killed in Saraqib.",
        # a killer of its own, named after "by"
        "Four rebels were killed in Saraqib by a sniper.",
    ],
)
def test_a_summed_count_none_dead_or_another_killer_is_no_toll_told_after(after: str, gazetteer: Gazetteer) -> None:
    assert len(extract(Article("test", "t", _STRIKE + after), gazetteer).engagements) == 1


def test_the_days_dead_at_another_town_stay_a_toll_told_after(gazetteer: Gazetteer) -> None:
    body = _STRIKE + "Four civilians were killed in Saraqib, the monitor said."
    assert len(extract(Article("test", "t", body), gazetteer).engagements) == 2


@pytest.mark.parametrize(
    "shot",
    [
        # the critic's or the text's word is a modifier of what was shot at: real fire
        "Regime troops opened fire on a law enforcement patrol in Daraa.",
        "Regime troops opened fire on the talks venue in Daraa.",
        "A rebel convoy came under fire from the UN compound near Daraa.",
    ],
)
def test_fire_at_what_a_text_or_critic_word_modifies_is_fire(shot: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(shot, gazetteer)] == ["armed-clash"]


def test_fire_at_a_text_told_on_is_still_words(gazetteer: Gazetteer) -> None:
    assert detect("Regime troops opened fire on the deal signed in Daraa.", gazetteer) == []


@pytest.mark.parametrize(
    "text", ["Shelling hit Damascus southern countryside.", "Shelling hit Damascuss eastern countryside."]
)
def test_a_side_of_a_curated_countryside_is_that_countryside(text: str, gazetteer: Gazetteer) -> None:
    # "Damascus countryside" is Rif Dimashq (curated), so is its southern side; "Hama northern countryside" stays Hama's
    assert [m.key for m in gazetteer.find(text) if m.kind == "place"] == ["place/rif-dimashq-governorate-85678391"]
    hama = [m.key for m in gazetteer.find("Shelling hit Hama northern countryside.") if m.kind == "place"]
    assert hama == ["place/hama-governorate-85678363"]


@pytest.mark.parametrize(
    "acted",
    [
        # a clause of its own after the support: its trigger is an engagement
        "The regime has been backed by Russia while US air strikes hit Raqqa.",
        "The regime was backed by Iran when air strikes hit Douma.",
        # the trigger is a verb: a past without "-ed", a present with its object
        "The regime has been backed by Russia and its warplanes struck Douma on Monday.",
        "Rebels who are backed by Turkey attack the town of Manbij.",
    ],
)
def test_an_act_told_after_a_standing_support_is_an_engagement(acted: str, gazetteer: Gazetteer) -> None:
    assert len(detect(acted, gazetteer)) == 1


def test_the_means_of_a_standing_support_stay_no_engagement(gazetteer: Gazetteer) -> None:
    assert detect("The army has been backed by Russian air strikes and artillery shelling in Palmyra.", gazetteer) == []


@pytest.mark.parametrize(
    "named",
    [
        # a freeze only named, rejected, proposed or ended, like a halt or a ceasefire: no truce made
        "Rebels rejected a freeze on fighting in Aleppo.",
        "Russia proposed a freeze on fighting in Aleppo.",
        "The army announced the end of the freeze on fighting in Aleppo.",
    ],
)
def test_a_freeze_named_but_not_made_is_no_truce(named: str, gazetteer: Gazetteer) -> None:
    assert detect(named, gazetteer) == []
    made = "Russia and Turkey agreed a freeze on fighting in Aleppo."
    assert [d.type for d in detect(made, gazetteer)] == ["ceasefire"]


@pytest.mark.parametrize(
    "planted",
    ["The bombing that hit Tartus and Jableh killed 100 people.", "The bombing that struck Qamishli killed 40."],
)
def test_a_bombing_that_hit_a_town_says_nothing_of_how(planted: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(planted, gazetteer)] == ["remote-explosive"]
    pounded = "The bombing that pounded Raqqa killed 12 people."
    assert [d.type for d in detect(pounded, gazetteer)] == ["air-strike"]
