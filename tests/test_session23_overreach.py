"""Near misses of the twenty-third session's engagement rules, found in review (helper review23e): what a guard must
not drop (a blast heard that killed, a feared air force's bombs, "in what was the heaviest bombardment", a span of the
war in another clause, a cycle of clashes that broke out, a list of places taken "and captured them") and what a
trigger must not read ("the rocket programme launched by Iran", "gas cylinder prices fell", "an assassination plot",
"were hit in the recession", a denial of "continued to shell"). The texts are written for the tests."""

from __future__ import annotations

import pytest
from detection import detected_types, engagement_kinds

from bench.adversarial import REVIEW23E_TEXTS
from loaders.captives_taken import _NAMES_LISTED
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.heard_only import _JOINED_HARM, _RELATIVE_HARM
from loaders.spoken_of import _WHAT_BEFORE
from loaders.summed_up import _BROKE_OUT, _OTHER_CLAUSE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Witnesses heard a huge blast that destroyed a bakery in Idlib on Monday.", "remote-explosive"),
        ("Activists heard an explosion at the army checkpoint in Homs which killed six soldiers.", "remote-explosive"),
        ("A loud explosion was heard and killed seven people in Jableh on Sunday.", "remote-explosive"),
        ("Residents said they heard a massive blast which also wounded nine people in Azaz.", "remote-explosive"),
    ],
)
def test_a_blast_heard_that_did_harm_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard in Homs and residents fled to the south on Monday.",
        "Residents heard explosions which they said came from the Mezzeh airbase.",
        "Explosions were heard near the airport in Damascus, which was hit by jets last month.",
        "A blast was heard in Hama that residents said came from a quarry.",
        "Loud explosions were heard across Latakia as the army held drills, and no one was hurt.",
        "Explosions could be heard in Hama, and residents hid in basements.",
    ],
)
def test_a_blast_only_heard_stays_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert "remote-explosive" not in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("At least 40 people were killed in what was the heaviest bombardment in weeks in eastern Ghouta.", "shelling"),
        (
            "Twelve people were killed in Idlib on Tuesday in what was the deadliest air strike on the city.",
            "air-strike",
        ),
        ("Nine died in Douma in what activists said was the worst shelling in months.", "shelling"),
    ],
)
def test_in_what_was_the_heaviest_is_the_engagement_told(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "It was the heaviest bombardment in months.",
        "This is the largest explosion the town has known.",
        "It was the deadliest attack on the town.",
        "Residents asked what had caused it, and said it was the worst shelling yet.",
        "What followed marked their biggest offensive in years.",
    ],
)
def test_a_superlative_predicate_without_what_stays_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Syria's feared air force bombs Aleppo, killing 20.", "air-strike"),
        ("Assad's feared barrel bombs killed 20 people in Aleppo on Tuesday.", "air-strike"),
        ("A much feared assault on the town of Morek began on Sunday as troops stormed it.", "armed-clash"),
    ],
)
def test_a_feared_weapon_or_side_that_struck_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Residents feared air strikes on Idlib.",
        "The villagers of Kafr Nabl fear more barrel bombs.",
        "Aid workers most feared a ground assault on the town.",
        "Families in Douma dread a new offensive.",
        "Parents said they feared further attacks on schools.",
    ],
)
def test_attacks_only_feared_stay_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Warplanes bombed the last hospital to stay open throughout the war in Aleppo on Sunday.", "air-strike"),
        ("Rebels attacked the army base at Kuweires, which had held out throughout the conflict.", "armed-clash"),
    ],
)
def test_a_span_of_the_war_in_another_clause_leaves_the_trigger(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The regime has bombed hospitals throughout the war.",
        "Government forces have shelled Douma throughout the conflict.",
        "Jets struck the city's markets over the course of the war.",
        "Rebels attacked army convoys on the road throughout the war.",
        "IS has executed prisoners in Raqqa throughout the conflict.",
    ],
)
def test_the_whole_war_as_the_triggers_span_still_sums_up(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The latest cycle of clashes broke out in Qamishli on Tuesday between Kurdish forces and regime militia.",
        "A new cycle of fighting erupted in Aleppo on Tuesday, killing 20 people.",
    ],
)
def test_a_cycle_of_fighting_that_broke_out_is_one_round(text: str, gazetteer: Gazetteer) -> None:
    assert "armed-clash" in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides are locked in a cycle of tit-for-tat attacks.",
        "The town is caught in a spiral of attacks and reprisals.",
        "A cycle of clashes has marked the region for years.",
        "Observers warned of a cycle of fighting that could break out again.",
        "A spiral of attacks followed the killing of the sheikh.",
    ],
)
def test_a_cycle_that_did_not_break_out_stays_a_pattern(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters surrounded Tal Abyad and Suluk and captured them on Monday.",
        "The soldiers withdrew from Morek and Kafr Zita and rebels captured them.",
        "Rebels besieged Kuweires, Nubl and Zahraa for months before they captured them.",
    ],
)
def test_places_listed_are_what_them_points_to(text: str, gazetteer: Gazetteer) -> None:
    assert any("territory" in kind for kind in detected_types(text, gazetteer))


@pytest.mark.parametrize(
    "text",
    [
        "IS executed 10 soldiers after they captured them near Palmyra.",
        "Rebels killed two pilots in Idlib when they captured them.",
        "The army shot the gunmen as troops seized them in Homs.",
        "IS beheaded the journalists after militants captured them in Raqqa.",
        "Kurdish fighters freed the hostages in Hasakeh before IS seized them again.",
    ],
)
def test_people_taken_by_a_pronoun_stay_no_ground(text: str, gazetteer: Gazetteer) -> None:
    assert not any("territory" in kind for kind in detected_types(text, gazetteer))


@pytest.mark.parametrize(
    "text",
    [
        "The rocket programme launched by Iran in 2010 was criticised in Damascus.",
        "Gas cylinder prices fell in Aleppo last month.",
        "The missile defence system fired by Russian crews in Latakia was tested on Monday.",
        "The government launched a drive to distribute gas cylinders in Aleppo.",
        "Rocket fuel imports fell in Tartus after the sanctions.",
    ],
)
def test_a_munition_that_modifies_another_noun_never_flew(text: str, gazetteer: Gazetteer) -> None:
    assert "shelling" not in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Two missiles launched by the regime landed on the town of Ariha on Tuesday.",
        "A rocket fired from regime positions fell on a school in Daraa.",
        "A rocket reportedly fell on a house in Azaz on Monday.",
        "Regime forces launched an explosive cylinder at Douma on Monday.",
        "Three projectiles that landed in the old city of Aleppo wounded two children.",
    ],
)
def test_a_munition_at_the_head_of_its_phrase_still_flies(text: str, gazetteer: Gazetteer) -> None:
    assert "shelling" in detected_types(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels foiled an assassination plot against the mayor of Daraa on Monday.",
        "Police in Damascus arrested an assassination squad on Friday.",
    ],
)
def test_an_assassination_plot_or_squad_is_no_killing(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) in ([], ["arrests"])


def test_an_assassination_done_is_still_a_killing(gazetteer: Gazetteer) -> None:
    assert detected_types("IS militants assassinated a rebel commander in Daraa on Monday.", gazetteer) != []


def test_things_hit_in_no_place_add_no_report(gazetteer: Gazetteer) -> None:
    body = "Russian warplanes bombed Ariha on Monday. Markets in Aleppo were hit in the recession as well."
    assert len(engagement_kinds(body, gazetteer)) == 1


def test_things_hit_in_a_place_still_continue_the_bombardment(gazetteer: Gazetteer) -> None:
    body = "Russian warplanes bombed IS positions in Raqqa on Monday. IS depots were also hit in the city of Hasakeh."
    assert len(engagement_kinds(body, gazetteer)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The army denied it had continued to shell the town of Douma.",
        "Rebels denied that they had begun to storm the village of Mhardeh.",
    ],
)
def test_a_denial_reaches_through_a_verb_of_going_on(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army continued to shell Douma on Tuesday, killing four civilians.",
        "Despite the denials, troops continued to shell Douma on Tuesday.",
        "Rebels, who had not expected resistance, went on to storm the village of Mhardeh.",
    ],
)
def test_a_going_on_not_denied_is_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) != []


def test_the_review_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_RELATIVE_HARM.match(t) is not None for t in REVIEW23E_TEXTS] == [False] * 6
    assert [_JOINED_HARM.match(t) is not None for t in REVIEW23E_TEXTS] == [False] * 6
    assert [_WHAT_BEFORE.search(t) is not None for t in REVIEW23E_TEXTS] == [False, False, True, False, False, False]
    assert [_NAMES_LISTED.search(t) is not None for t in REVIEW23E_TEXTS] == [False, True, False, False, False, False]
    assert [_OTHER_CLAUSE.search(t) is not None for t in REVIEW23E_TEXTS] == [True, False, False, False, False, False]
    assert [_BROKE_OUT.match(t) is not None for t in REVIEW23E_TEXTS] == [False] * 6
    # a run of munitions that modify one another: none is the head of a phrase in flight
    assert len(trigger_matches(REVIEW23E_TEXTS[-1])) == 0
