"""Thirty-fourth session, helper reread34: a review of the session's first-round rules. Texts written for the tests."""

from __future__ import annotations

from bench.adversarial import (
    BLAMED_FOR34_TEXTS,
    BLANKS34_TEXTS,
    CLEARED_THINGS34_TEXTS,
    FRONTED_DATE34_TEXTS,
    HARMED_BARE34_TEXTS,
    STRUCK_DEAL34_TEXTS,
    _fullmatched,
    _matched,
    found,
    searched,
)
from loaders.aliases import tokenize
from loaders.blamed_after import _BLAMED_FOR_OTHER
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.harmed_in import _HURT_IN
from loaders.mention_context import _BLANKS, taken_or_bombarded
from loaders.story_turns import _TIME_OPENING
from loaders.truce_made import TRUCE_MADE
from tests.probed_news import told_with_attackers as _told
from tests.written import JUNE_12_2017, place_spans, side_and_place_slugs

# --- "cleared the streets of ISIS mines": the armed men own what is cleared, no ground is taken from them ---


def test_streets_cleared_of_the_militants_things_are_no_ground_taken(gazetteer: Gazetteer) -> None:
    for text in (
        "Army engineers cleared the streets of ISIS mines in Palmyra on Monday.",
        "Army engineers cleared the streets of terrorists' mines in Palmyra on Monday.",
        "Army engineers cleared the streets of the militants’ bombs in Palmyra on Monday.",
    ):
        found = side_and_place_slugs(text, gazetteer, published=JUNE_12_2017)
        assert not [e for e in found if e[0] == "government-regains-territory"], text


def test_ground_cleared_of_the_armed_men_themselves_is_still_taken(gazetteer: Gazetteer) -> None:
    text = "The army cleared Palmyra of IS fighters on Monday. Army engineers cleared the streets of ISIS mines."
    assert side_and_place_slugs(text, gazetteer, published=JUNE_12_2017) == [
        ("government-regains-territory", ["syrian-arab-army"], ["islamic-state"], ["palmyra"])
    ]


def test_cleared_of_their_things_reads_the_adversarial_inputs() -> None:
    # (each "cleared the town of ISIS" is followed by another "cleared", no thing of theirs: read as ground taken)
    assert [len(trigger_matches(text)) for text in CLEARED_THINGS34_TEXTS] == [200, 0, 0, 0]


# --- "Twelve days earlier, a car bomb ...": a fronted time spelt as the day shift spells it; "On June 3" ---

_JETS = "Russian jets struck Idlib on Monday. "


def test_a_car_bomb_after_a_spelt_count_of_days_takes_no_jets(gazetteer: Gazetteer) -> None:
    for opening in ("Twelve days earlier, ", "Earlier this week, ", "On June 3, ", "On 3 June "):
        found = _told(_JETS + opening + "a car bomb exploded in Azaz, killing five people.", gazetteer)
        assert found[0][0] == "air-strike" and "russian-aerospace-forces" in found[0][2], opening
        assert ("remote-explosive", ["azaz-890449873"], []) in found, opening


def test_jets_after_a_dated_day_still_take_the_jets_side(gazetteer: Gazetteer) -> None:
    found = _told(_JETS + "On June 3, jets bombed Azaz, killing five people.", gazetteer)
    assert [(kind, "russian-aerospace-forces" in attackers) for kind, _, attackers in found] == [
        ("air-strike", True),
        ("air-strike", True),
    ]


def test_fronted_dates_read_the_adversarial_inputs() -> None:
    assert [_matched(_TIME_OPENING)(t) for t in FRONTED_DATE34_TEXTS] == [None, None, "earlier this earlier ", None]
    assert _matched(_TIME_OPENING)("On June 3, a car bomb") == "On June 3, "
    assert _matched(_TIME_OPENING)("On June 3rd anniversary") is None


# --- "..., the army said, blaming Turkey for arming the rebels": blamed for another matter, no doer ---

_CAR_BOMB = "A car bomb killed eight people in Azaz on Monday, "


def test_a_side_blamed_for_its_backing_is_no_doer(gazetteer: Gazetteer) -> None:
    for blame in (
        "the army said, blaming Turkey for arming the rebels.",
        "the army said blaming Turkey for its support.",
    ):
        found = side_and_place_slugs(_CAR_BOMB + blame, gazetteer, published=JUNE_12_2017)
        assert found == [("remote-explosive", [], [], ["azaz"])], blame


def test_a_side_blamed_for_the_attack_is_still_its_doer(gazetteer: Gazetteer) -> None:
    found = side_and_place_slugs(
        _CAR_BOMB + "SANA said, blaming the Islamic State for the attack.", gazetteer, published=JUNE_12_2017
    )
    assert found == [("remote-explosive", ["islamic-state"], [], ["azaz"])]


def test_blamed_for_other_reads_the_adversarial_inputs() -> None:
    found = [_matched(_BLAMED_FOR_OTHER)(t) for t in BLAMED_FOR34_TEXTS]
    assert found == [None, None, " " * 4990 + "for arming", None]


# --- "shelled  Quseir": a respelt town after two blanks is read as after one, not across a line break ---


def test_a_respelt_town_after_two_blanks_is_read(gazetteer: Gazetteer) -> None:
    assert (
        [key for _, key in place_spans("Regime forces shelled  Quseir on Monday.", gazetteer)]
        == [key for _, key in place_spans("Regime forces shelled Quseir on Monday.", gazetteer)]
        != []
    )


def test_a_line_break_after_the_verb_is_no_object() -> None:
    text = "forces shelled\nQuseir and shelled \u00a0Hama"
    tokens = tokenize(text)
    assert [taken_or_bombarded(tokens, i, text) for i in (2, 5)] == [False, True]


def test_blanks_read_the_adversarial_inputs() -> None:
    assert [_fullmatched(_BLANKS)(t) is not None for t in BLANKS34_TEXTS] == [False, False, True]


# --- "Russian jets struck the ceasefire zone": a deal noun naming ground, or a truce told in a strike's passive ---


def test_a_strike_on_ground_named_by_a_truce_is_no_truce_made(gazetteer: Gazetteer) -> None:
    for text in (
        "Russian jets struck the ceasefire zone in Idlib on Monday.",
        "Russian jets struck the truce area in Idlib on Monday.",
        "Towns covered by the truce were struck by Russian jets in Idlib on Monday.",
        "The town covered by the ceasefire was struck by Russian jets in Idlib on Monday.",
    ):
        found = side_and_place_slugs(text, gazetteer, published=JUNE_12_2017)
        assert [kind for kind, *_ in found] == ["air-strike"], text


def test_a_truce_struck_is_still_made(gazetteer: Gazetteer) -> None:
    for text in (
        "A truce was struck on Monday between the army and rebels in Daraa.",
        "Russia and Turkey struck a ceasefire agreement for Idlib on Monday.",
        "A ceasefire struck by Russia and Turkey took effect in Idlib on Monday.",
    ):
        found = side_and_place_slugs(text, gazetteer, published=JUNE_12_2017)
        assert [kind for kind, *_ in found] == ["ceasefire"], text


def test_deal_struck_reads_the_adversarial_inputs() -> None:
    assert [searched(TRUCE_MADE)(t) for t in STRUCK_DEAL34_TEXTS] == [None, None, None]


# --- "People wounded in air strikes on Saraqeb": the strike that hurt people, told without a determiner ---


def test_a_strike_that_hurt_people_told_without_a_determiner_is_kept(gazetteer: Gazetteer) -> None:
    text = (
        "People wounded in air strikes on Saraqeb were taken to Turkey. Others wounded in clashes in Ariha were "
        "treated at home. Children wounded in air strikes were taken to hospitals in Idlib."
    )
    # the strike on Saraqeb only: the clashes name no bombardment, the last strike no place of its own
    assert side_and_place_slugs(text, gazetteer, published=JUNE_12_2017) == [("air-strike", [], [], ["saraqib"])]


def test_hurt_in_reads_the_bare_adversarial_inputs() -> None:
    assert [found(_HURT_IN)(t) for t in HARMED_BARE34_TEXTS] == [[], [], []]
