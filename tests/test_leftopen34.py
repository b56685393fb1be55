"""Thirty-fourth session (helper leftopen34): misreadings left open last session. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import DRIVEN34_TEXTS, FRONTED34_TEXTS, HARMED34_TEXTS, _matched, found, searched
from loaders.gazetteer import Gazetteer
from loaders.harmed_in import _HURT_IN
from loaders.places_of_events import _DRIVEN_OUT
from loaders.story_turns import _TIME_OPENING, OWN_DOER, _after_fronted_time
from loaders.told_apart import DAY_SHIFT
from tests.probed_news import told_with_attackers as _told

# --- "12 days earlier, a car bomb exploded": a new doer after a fronted time takes none from the sentence before ---

_REBELS = "Rebels shelled Aleppo on Monday. "


def test_a_car_bomb_days_earlier_is_not_the_rebels_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_REBELS + "12 days earlier, a car bomb exploded in Azaz, killing five people.", gazetteer)
    assert found == [
        ("shelling", ["aleppo-421202163"], ["syrian-rebels"]),
        ("remote-explosive", ["azaz-890449873"], []),
    ]


def test_a_bomber_a_week_before_is_not_the_rebels_told_before(gazetteer: Gazetteer) -> None:
    found = _told(_REBELS + "A week before a suicide bomber blew himself up in Azaz, killing three.", gazetteer)
    assert ("suicide-bombing", ["azaz-890449873"], []) in found
    assert found[0] == ("shelling", ["aleppo-421202163"], ["syrian-rebels"])


def test_a_car_bomb_on_a_weekday_is_not_the_jets_told_before(gazetteer: Gazetteer) -> None:
    found = _told("Government jets bombed Saraqib on Monday. On Sunday, a car bomb exploded in Idlib.", gazetteer)
    assert ("remote-explosive", ["idlib-890432567"], []) in found
    assert found[0][0] == "air-strike" and "syrian-arab-air-force" in found[0][2]


def test_a_pronoun_after_a_fronted_time_keeps_the_side(gazetteer: Gazetteer) -> None:
    found = _told(_REBELS + "Two days earlier, they shelled Azaz.", gazetteer)
    assert found == [
        ("shelling", ["aleppo-421202163"], ["syrian-rebels"]),
        ("shelling", ["azaz-890449873"], ["syrian-rebels"]),
    ]


def test_the_jets_after_a_fronted_day_keep_their_side(gazetteer: Gazetteer) -> None:
    found = _told("Government jets bombed Saraqib on Monday. On Sunday, the jets struck Idlib.", gazetteer)
    assert ("air-strike", ["idlib-890432567"], ["syrian-arab-air-force", "baathist-syria"]) in found


def test_fronted_time_reads_the_adversarial_inputs() -> None:
    assert [_matched(_TIME_OPENING)(t) for t in FRONTED34_TEXTS] == ["12 days earlier ", None, None, None]
    assert _matched(_TIME_OPENING)("12 days earlier, a car bomb") == "12 days earlier, "
    assert _matched(_TIME_OPENING)("Late on Friday night gunmen") == "Late on Friday night "
    assert OWN_DOER.match("On Sunday, a car bomb", _after_fronted_time("On Sunday, a car bomb", 0))
    assert _after_fronted_time("On the road to Azaz", 0) == 0


# --- "Fighting continued in Harasta": a sideless fight elsewhere takes no attacker from another place's attack ---

_DOUMA = "Rebels attacked army posts in Douma on Monday. "


def test_a_sideless_fight_elsewhere_takes_no_attacker(gazetteer: Gazetteer) -> None:
    found = _told(_DOUMA + "Fighting continued in Harasta on Tuesday.", gazetteer)
    assert found == [
        ("armed-clash", ["douma-890442375"], ["syrian-rebels"]),
        ("armed-clash", ["harasta-1125968475"], []),
    ]


def test_sideless_clashes_with_a_toll_elsewhere_take_no_attacker(gazetteer: Gazetteer) -> None:
    found = _told(_DOUMA + "Fierce clashes raged in Harasta, killing five fighters.", gazetteer)
    assert ("armed-clash", ["harasta-1125968475"], []) in found
    assert found[0] == ("armed-clash", ["douma-890442375"], ["syrian-rebels"])


def test_a_sideless_fight_told_before_takes_no_attacker(gazetteer: Gazetteer) -> None:
    found = _told("Clashes broke out in Harasta on Sunday. " + _DOUMA, gazetteer)
    assert found == [
        ("armed-clash", ["harasta-1125968475"], []),
        ("armed-clash", ["douma-890442375"], ["syrian-rebels"]),
    ]


def test_a_fight_at_the_attackers_place_still_takes_the_attacker(gazetteer: Gazetteer) -> None:
    found = _told(_DOUMA + "Fighting continued in Douma on Tuesday.", gazetteer)
    assert found == [
        ("armed-clash", ["douma-890442375"], ["syrian-rebels"]),
        ("armed-clash", ["douma-890442375"], ["syrian-rebels"]),
    ]


def test_a_fight_naming_its_sides_keeps_them(gazetteer: Gazetteer) -> None:
    found = _told(_DOUMA + "Fighting continued in Harasta on Tuesday between rebels and the army.", gazetteer)
    assert ("armed-clash", ["harasta-1125968475"], ["syrian-rebels"]) in found


# --- "pushed back IS militants from Kobani": the place men were driven out of is the fight's, not their home ---


def test_militants_pushed_back_from_a_town_place_the_fight(gazetteer: Gazetteer) -> None:
    found = _told("Kurdish fighters pushed back IS militants from Kobani on Monday.", gazetteer)
    assert found == [("non-state-actor-overtakes-territory", ["kobani-1360282145"], ["peoples-protection-units"])]


def test_militants_expelled_from_a_town_place_the_gain(gazetteer: Gazetteer) -> None:
    found = _told("The army expelled militants from Qusayr on Monday.", gazetteer)
    assert found == [("government-regains-territory", ["al-qusayr-421178435"], ["syrian-arab-army"])]


def test_fighters_from_a_town_still_come_from_it(gazetteer: Gazetteer) -> None:
    found = _told("Hundreds of fighters from Aleppo joined clashes with IS in Raqqa on Monday.", gazetteer)
    assert found and all(places == ["raqqa-421172833"] for _, places, _ in found)


def test_driven_out_reads_the_adversarial_inputs() -> None:
    assert [searched(_DRIVEN_OUT)(t) for t in DRIVEN34_TEXTS] == [None, None, None, None]
    assert searched(_DRIVEN_OUT)("they drove the IS ") == "drove the IS "


# --- "Madaya, which has been surrounded by government forces since July": a siege told with how long it has lasted ---


def test_a_town_surrounded_since_a_month_is_besieged(gazetteer: Gazetteer) -> None:
    text = "Madaya, which has been surrounded by government forces since July, is short of food."
    assert _told(text, gazetteer) == [("siege", ["madaya"], ["syrian-arab-army"])]


def test_forces_that_have_surrounded_a_town_since_a_month_besiege_it(gazetteer: Gazetteer) -> None:
    found = _told("Rebels have surrounded Kafraya since 2015.", gazetteer)
    assert found == [("siege", ["kafraya-1343348707"], ["syrian-rebels"])]


def test_a_town_surrounded_by_hills_since_ever_is_no_siege(gazetteer: Gazetteer) -> None:
    text = "Madaya has been surrounded by mountains since ancient times. Rebels shelled Idlib on Monday."
    assert _told(text, gazetteer) == [("shelling", ["idlib-890432567"], ["syrian-rebels"])]


# --- "People wounded in the air strike on Saraqeb were taken to Turkey": the strike named as what hurt them ---


def test_people_wounded_in_the_strike_on_a_town_tell_the_strike(gazetteer: Gazetteer) -> None:
    text = "People wounded in the air strike on Saraqeb were taken to Turkey for treatment."
    assert _told(text, gazetteer) == [("air-strike", ["saraqib-890449833"], [])]


def test_civilians_injured_in_the_shelling_of_a_town_tell_the_shelling(gazetteer: Gazetteer) -> None:
    text = "Civilians injured in the shelling of Douma were taken to Turkey."
    assert _told(text, gazetteer) == [("shelling", ["douma-890442375"], [])]


def test_people_wounded_in_the_fighting_tell_no_event(gazetteer: Gazetteer) -> None:
    text = "People wounded in the fighting were taken to Turkey for treatment. Rebels shelled Idlib on Monday."
    assert _told(text, gazetteer) == [("shelling", ["idlib-890432567"], ["syrian-rebels"])]


def test_the_hospital_town_is_no_place_of_the_strike(gazetteer: Gazetteer) -> None:
    text = (
        "People wounded in the air strike on Saraqeb were taken to hospitals in Idlib. Rebels shelled Hama on Monday."
    )
    found = _told(text, gazetteer)
    assert ("shelling", ["hama-421202161"], ["syrian-rebels"]) in found
    assert all("idlib-890432567" not in places for _, places, _ in found)


def test_harmed_in_reads_the_adversarial_inputs() -> None:
    assert [found(_HURT_IN)(t) for t in HARMED34_TEXTS] == [[], [], [], []]
    assert found(_HURT_IN)("killed by the air strike on Ariha") == ["killed by the air strike on "]


# --- "A month earlier, a car bomb exploded in Azaz": another day's bombing at the same town is another event ---

_BOMB = "A car bomb exploded in Azaz on Monday, killing five. "


def test_a_bombing_a_month_earlier_is_another_event(gazetteer: Gazetteer) -> None:
    found = _told(_BOMB + "A month earlier, a car bomb exploded in Azaz, killing two.", gazetteer)
    assert found == [("remote-explosive", ["azaz-890449873"], []), ("remote-explosive", ["azaz-890449873"], [])]


def test_a_bombing_twelve_days_earlier_is_another_event(gazetteer: Gazetteer) -> None:
    found = _told(_BOMB + "Twelve days earlier, a car bomb exploded in Azaz, killing two.", gazetteer)
    assert len(found) == 2


def test_the_toll_days_later_is_still_the_bombing(gazetteer: Gazetteer) -> None:
    found = _told(_BOMB + "Several days later, the death toll rose to nine.", gazetteer)
    assert found == [("remote-explosive", ["azaz-890449873"], [])]


def test_day_shift_reads_counted_months() -> None:
    assert _matched(DAY_SHIFT)("Several days before, rebels") == "Several days before"
    assert _matched(DAY_SHIFT)("A few weeks later the army") == "A few weeks later"
    assert _matched(DAY_SHIFT)("Several hundred fighters") is None


def test_an_undated_sideless_fight_elsewhere_stays_an_event(gazetteer: Gazetteer) -> None:
    found = _told(_DOUMA + "Fighting continued in Harasta.", gazetteer)
    assert found == [
        ("armed-clash", ["douma-890442375"], ["syrian-rebels"]),
        ("armed-clash", ["harasta-1125968475"], []),
    ]
