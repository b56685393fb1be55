"""Thirty-fourth session, helper fixes34b: this session's rules in comma-less text, and misreadings. Texts written."""

from __future__ import annotations

from functools import partial

from bench.adversarial import (
    GUNMEN34B_TEXTS,
    LAUNCHED34B_TEXTS,
    MAIN_VERB34B_TEXTS,
    NAMING34B_TEXTS,
    _fullmatched,
    _matched,
    searched,
)
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _LAUNCHED_AT_END, _NAMING_CLAUSE
from loaders.reactions import _MAIN_VERB_AFTER
from loaders.unnamed_gunmen import _ARMED_POST_AFTER, _ATTACK_VERB, _GUNMEN_BEFORE
from tests.written import JUNE_12_2017, side_slugs

_told = partial(side_slugs, titled=True, published=JUNE_12_2017)

# --- "Clashes broke out in Deir ez-Zor between A and B": a hyphenated place name before "between" ---


def test_sides_after_a_hyphenated_place_before_between(gazetteer: Gazetteer) -> None:
    for text in (
        "Clashes broke out in Deir ez-Zor between the army and Islamic State fighters.",
        "Clashes broke out in al-Bab between the army and Islamic State fighters.",
        "Clashes erupted in Ras al-Ain between Turkish-backed rebels and the SDF.",
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if e[0] == "armed-clash" and e[1] and e[2]], (text, found)


def test_between_far_after_the_trigger_names_no_sides(gazetteer: Gazetteer) -> None:
    # hyphenated words count toward the verb's short reach: "between" six words on tells of something else (talks)
    text = "Clashes broke out in Deir ez-Zor on Monday weeks after the stalled al-Bab talks between the army and IS."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "armed-clash"], found
    assert not [e for e in found if e[1] or e[2]], found


# --- "The YPG which Turkey calls a terrorist group fired rockets at Kilis": a relative clause with its commas gone ---


def test_side_before_a_comma_less_relative_clause_fires(gazetteer: Gazetteer) -> None:
    for text in (
        "The YPG which Turkey calls a terrorist group fired rockets at Kilis on Monday.",
        "Jaish al-Islam which Russia calls a terrorist group fired mortar shells at Damascus on Monday.",
    ):
        found = _told(text, gazetteer)
        assert [
            e for e in found if e[0] == "shelling" and e[1] in (["peoples-protection-units"], ["jaysh-al-islam"])
        ], (
            text,
            found,
        )


def test_side_before_a_relative_clause_is_no_doer_of_a_noun_it_only_speaks_of(gazetteer: Gazetteer) -> None:
    text = (
        "The YPG which Turkey calls a terrorist group condemned a rocket attack on Kilis on Monday. "
        "Rebels shelled Afrin on Monday."
    )
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "shelling" and e[1] == ["syrian-rebels"]], found
    assert not [e for e in found if "peoples-protection-units" in e[1]], found


def test_launching_verb_pattern_on_adversarial_runs() -> None:
    assert [searched(_LAUNCHED_AT_END)(t) for t in LAUNCHED34B_TEXTS] == [None, None, None]
    assert _LAUNCHED_AT_END.search(" which Turkey calls a terrorist group fired rockets ") is not None


# --- "In retaliation for a rocket attack on Kilis Turkish jets bombed YPG": no comma ends the answered phrase ---


def test_answering_side_is_no_target_of_the_answered_attack_without_a_comma(gazetteer: Gazetteer) -> None:
    for text, side, foe in (
        (
            "In retaliation for a rocket attack on Kilis Turkish jets bombed YPG positions in Afrin on Monday.",
            "turkish-armed-forces",
            "peoples-protection-units",
        ),
        (
            "In response to the rebel shelling of Aleppo Russian warplanes struck rebel positions in Idlib on Monday.",
            "russian-aerospace-forces",
            "syrian-rebels",
        ),
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if side in e[1] and foe in e[2]], (text, found)
        assert not [e for e in found if side in e[2]], (text, found)


def test_side_the_answered_phrase_names_stays_its_doer(gazetteer: Gazetteer) -> None:
    # a side inside the phrase with no striking verb after it opens no answering clause
    text = "In retaliation for a rocket attack by the YPG on Kilis Turkish jets bombed Afrin on Monday."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "air-strike" and "turkish-armed-forces" in e[1]], found
    assert [e for e in found if e[1] == ["peoples-protection-units"]], found


def test_main_verb_pattern_on_adversarial_runs() -> None:
    assert [_matched(_MAIN_VERB_AFTER)(t) for t in MAIN_VERB34B_TEXTS] == [None, None, None]


# --- "Local deals have been struck in Daraa between the army and rebels": the plural perfect of a deal made ---


def test_deals_in_the_plural_perfect_between_sides_are_a_truce(gazetteer: Gazetteer) -> None:
    for text in (
        "Local deals have been struck in Daraa between the army and rebels on Monday.",
        "Local agreements have been struck in Homs between the army and rebels on Monday.",
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if e[0] == "ceasefire"], (text, found)
        assert not [e for e in found if e[0] == "armed-clash"], (text, found)


def test_jets_that_have_struck_between_two_towns_still_strike(gazetteer: Gazetteer) -> None:
    text = "Russian jets have struck rebel positions in Daraa between Nawa and Inkhil on Monday."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "air-strike" and "russian-aerospace-forces" in e[1]], found
    assert not [e for e in found if e[0] == "ceasefire"], found


# --- "Gunmen attacked a checkpoint in Idlib on Tuesday": unnamed armed men attacking an armed post ---


def test_unnamed_gunmen_attacking_a_post_or_patrol_is_a_clash_with_no_side(gazetteer: Gazetteer) -> None:
    for text in (
        "Gunmen attacked a checkpoint in Idlib on Tuesday.",
        "Unidentified gunmen stormed a military post near Tafas on Tuesday.",
        "Armed men attacked a patrol in Jisr al-Shughur on Tuesday.",
    ):
        found = _told(text, gazetteer)
        assert found == [("armed-clash", [], [])], (text, found)


def test_gunmen_attacking_a_bus_or_village_is_left_alone(gazetteer: Gazetteer) -> None:
    # violence against civilians or a clash: the words do not tell, and no side is named; the real shelling stays
    text = (
        "Gunmen attacked a bus in Idlib on Tuesday. Armed men stormed a village near Hama on Tuesday. "
        "Rebels shelled Homs on Tuesday."
    )
    found = _told(text, gazetteer)
    assert found == [("shelling", ["syrian-rebels"], [])], found


def test_gunmen_patterns_on_adversarial_runs() -> None:
    assert [searched(_GUNMEN_BEFORE)(t) for t in GUNMEN34B_TEXTS][3:] == [None, None]
    assert [_fullmatched(_ATTACK_VERB)(t) for t in GUNMEN34B_TEXTS] == [None] * 5
    assert [_matched(_ARMED_POST_AFTER)(t) for t in GUNMEN34B_TEXTS] == [None] * 5


# --- "The YPG which Turkey considers an offshoot of the PKK shelled Kilis": the side a naming clause ends on ---


def test_side_named_last_in_a_comma_less_naming_clause_is_no_doer(gazetteer: Gazetteer) -> None:
    for text in (
        "The YPG which Turkey considers an offshoot of the PKK shelled Kilis on Monday.",
        "The YPG which Ankara considers a terrorist group linked to the PKK shelled Kilis on Monday.",
    ):
        found = _told(text, gazetteer)
        assert [e for e in found if e[0] == "shelling" and e[1] == ["peoples-protection-units"]], (text, found)
        assert not [e for e in found if "kurdistan-workers-party" in e[1]], (text, found)


def test_naming_verb_outside_a_relative_clause_leaves_the_doer(gazetteer: Gazetteer) -> None:
    # no "which" / "who": the side right before the trigger is its subject
    text = "Turkey considers the YPG an offshoot of the PKK. The PKK shelled Kilis on Monday."
    found = _told(text, gazetteer)
    assert [e for e in found if e[0] == "shelling" and e[1] == ["kurdistan-workers-party"]], found


def test_naming_clause_pattern_on_adversarial_runs() -> None:
    assert [_matched(_NAMING_CLAUSE)(t) for t in NAMING34B_TEXTS] == [None, None, None]
