"""Rules from a sixth recall sample: engagements read on FA-KES articles outside the gold set (nineteenth session,
helper outrecall6). The texts are written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from detection import engagement_kinds
from strike_places import strike_places

from loaders.figures import find_figures
from loaders.gapped_tolls import gapped_tolls
from loaders.gazetteer import Gazetteer

# the date of every article of these tests
DAY = date(2016, 3, 7)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Air raids killed 14 people in the town of Kafr Nabl and another 8 people including three women in Ariha.", 8),
        ("Jets killed 11 in Douma and 6 among them two children near Harasta.", 6),
        ("Shells killed 5 people mostly civilians in Homs and another 3 most of them soldiers in Hama.", 3),
    ],
)
def test_a_gapped_toll_may_say_who_its_dead_were_before_its_place(text: str, count: int) -> None:
    assert [f.low for f in gapped_tolls(text, 0, find_figures(text))] == [count]


def test_two_places_counted_apart_after_a_lead_are_two_strikes(gazetteer: Gazetteer) -> None:
    # the lead's dead counted town by town: each town is a strike of its own (ACLED codes an event a place), not joined
    # to the lead, which stays beside them as the annotation codes it (thirty-sixth session, joins36: the first town
    # had joined the lead in its province)
    body = (
        "Government air strikes killed at least 21 people in Idlib province a monitor said on Monday. The air raids on"
        " Sunday evening killed"
        " 12 people including four children in the town of Maarrat al-Numan and another 9 people among them two women"
        " in the town of Kafr Nabl the monitor said."
    )
    assert strike_places(body, gazetteer, DAY) == [["idlib-governorate"], ["maarrat-al-numan"], ["kafr-nabl"]]


def test_a_lead_in_the_country_is_the_first_place_its_dead_are_counted_at(gazetteer: Gazetteer) -> None:
    # the sentence after the lead names no trigger but counts the dead at two towns: a strike a town, and the lead
    # (placed only in northern Syria) no third strike beside them
    body = (
        "At least 40 Islamic State fighters were killed in air strikes by the US-led coalition overnight in northern"
        " Syria a monitor said on Sunday. The monitor said 28 militants were killed around the town of Tal Abyad and"
        " another 12 near the town of Jarablus."
    )
    assert strike_places(body, gazetteer, DAY) == [["tell-abyad"], ["jarabulus"]]


def test_reports_at_two_towns_told_in_two_sentences_leave_the_lead_standing(gazetteer: Gazetteer) -> None:
    # not one sentence counting the lead's dead: two reports of their own, and the lead sums them up
    body = (
        "At least 40 Islamic State fighters were killed in air strikes by the US-led coalition overnight in northern"
        " Syria a monitor said on Sunday. Coalition jets struck the town of Tal Abyad killing 28 militants. Jets also"
        " struck the town of Jarablus killing 12."
    )
    assert len(strike_places(body, gazetteer, DAY)) == 3


@pytest.mark.parametrize(
    "body",
    [
        "Government troops won back the village of Tal Rifaat north of Aleppo on Sunday.",
        "The army is winning back the town of Talbiseh from rebel fighters.",
    ],
)
def test_ground_won_back_is_ground_retaken(body: str, gazetteer: Gazetteer) -> None:
    assert [t for t, _, _ in engagement_kinds(body, gazetteer)] == ["government-regains-territory"]


def test_winning_back_support_is_no_ground(gazetteer: Gazetteer) -> None:
    assert (
        engagement_kinds("The government in Damascus won back the support of tribal leaders in Homs.", gazetteer) == []
    )


@pytest.mark.parametrize(
    ("body", "targets"),
    [
        # the taker left out, the loser named after "from": the verb of taking back says the state's side took it,
        # and since the twenty-fourth session (engprec24) the type names the army its taker
        ("The town of Tadef near al-Bab was recaptured from Islamic State on Sunday.", ["islamic-state"]),
        ("Two villages near Tal Rifaat were liberated from the control of the terrorists on Monday.", []),
    ],
)
def test_ground_taken_back_from_a_named_side_is_told_with_the_army_as_taker(
    body: str, targets: list[str], gazetteer: Gazetteer
) -> None:
    assert engagement_kinds(body, gazetteer) == [("government-regains-territory", ["syrian-arab-army"], targets)]


def test_ground_taken_back_from_nobody_named_stays_untold(gazetteer: Gazetteer) -> None:
    # neither taker nor loser: nothing says which sides fought for it
    assert engagement_kinds("The town of Tadef near al-Bab was recaptured on Sunday.", gazetteer) == []


def test_a_predicted_battle_is_none(gazetteer: Gazetteer) -> None:
    body = "The minister said on Monday that the army would soon enter Idlib but predicted a tough battle for the city."
    assert engagement_kinds(body, gazetteer) == []


@pytest.mark.parametrize(
    "second",
    [
        "Last Monday regime forces attacked Maarrat al-Numan another rebel-held town in Idlib province with barrel"
        " bombs.",
        "On Monday regime forces attacked Maarrat al-Numan, a different town in Idlib province, with barrel bombs.",
    ],
)
def test_a_place_set_in_apposition_as_another_is_another_strike(second: str, gazetteer: Gazetteer) -> None:
    # "another town" says the place is not the one told before: a strike of its own, though both lie in the province
    first = "The rebel-held district of Sevre in Idlib province was hit by regime barrel bombs on Monday killing five. "
    assert len(strike_places(first + second, gazetteer, DAY)) == 2
