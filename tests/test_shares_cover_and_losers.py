"""A share of the country taken, an ally's strikes as the cover of an offensive, and the state named as the loser of
ground (twenty-first session, helper outprec6; `conquests_summed._SHARE_AFTER`, `trigger_guards._UNDER_COVER`,
`engagement_types._FROM_THE_STATE`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Backed by Russian air power the government has regained control of 55 percent of the country.",
        "Rebels captured nearly 40 percent of Syria in the first years of the war.",
        "Islamic State militants seized about half of the territory in the east.",
    ],
)
def test_a_share_of_the_country_taken_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # a share of one town or district is one taking
        "The army regained control of 55 percent of the town of Darayya on Monday.",
        "Troops captured 60 percent of eastern Aleppo on Sunday.",
        # a share told of something else
        "Rebels seized the town of Morek on Monday where 40 percent of the homes were destroyed.",
        "The army recaptured Palmyra on Sunday and said half of the country was now safe.",
        "Islamic State seized Palmyra in May and now holds half of Syria according to the monitor.",
    ],
)
def test_near_misses_of_a_share_still_tell_a_taking(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] != []


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters advanced on Tabqa under the cover of U.S.-led coalition airstrikes.",
        "Rebels advanced on Jarablus under the cover of Turkish artillery.",
    ],
)
def test_an_allys_strikes_as_cover_are_no_engagement_of_their_own(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Under cover of darkness rebels attacked an army checkpoint in Daraa.", "armed-clash"),
        ("Under the cover of night jets bombed Idlib on Monday.", "air-strike"),
        ("Coalition airstrikes hit Tabqa on Monday as fighters advanced under cover of darkness.", "air-strike"),
        ("Troops advanced under cover of heavy fog and clashed with IS near Palmyra.", "armed-clash"),
        ("Jets struck the town of Tabqa on Monday, the coalition said of the strikes.", "air-strike"),
    ],
)
def test_near_misses_of_cover_still_tell_their_engagement(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in [d.type for d in detect(text, gazetteer)]


def test_ground_seized_from_the_regime_is_overtaken_by_a_non_state_side(gazetteer: Gazetteer) -> None:
    text = (
        "The UN said it would probe reports opposition fighters committed a massacre against troops loyal to Assad "
        "in Khan al-Assal after seizing the town from the regime last week."
    )
    assert [d.type for d in detect(text, gazetteer)] == ["non-state-actor-overtakes-territory"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army said troops in Morek recaptured the base from rebels with help from the regime air force.",
         "government-regains-territory"),
        ("Reports said rebels killed soldiers near Morek after capturing the base from IS on Monday.",
         "non-state-actor-overtakes-territory"),
        ("Syrian troops recaptured the town of Morek from rebels on Monday.", "government-regains-territory"),
        ("The army retook Morek on Monday the regime said.", "government-regains-territory"),
        ("Government forces recaptured Palmyra from IS fighters sent from the army of the caliphate.",
         "government-regains-territory"),
    ],
)  # fmt: skip
def test_near_misses_of_the_loser_keep_their_type(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched air strikes in support of the Damascus regime in September allowing troops to advance.",
        "The regime has been gaining ground since Russia launched air strikes in support of its forces last year.",
        "Moscow launched airstrikes in support of President Assads government in late 2015.",
    ],
)
def test_strikes_launched_in_an_allys_support_by_month_or_year_are_a_campaign(text: str, gazetteer: Gazetteer) -> None:
    """Twenty-first session (helper outprec6; `summed_up.campaign_launched`)."""
    assert detect(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # a day told: one strike
        "Coalition jets launched air strikes in support of Kurdish fighters near Manbij on Monday.",
        # a place told after the ally: strikes there
        "Russia launched air strikes in support of the army near Palmyra in March and said 40 militants died.",
        # no ally's support: strikes on a place
        "Russian jets launched air strikes on Idlib in September killing 20 people.",
        # not launched: carried out
        "Russian jets carried out air strikes in support of the army in March killing 20 people in Palmyra.",
        # the launch is of another thing
        "Rebels launched an offensive in Hama in support of their allies in 2015 and jets struck Morek.",
    ],
)
def test_near_misses_of_a_launched_campaign_still_tell_a_strike(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []
