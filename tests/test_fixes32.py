"""Thirty-second session (helper fixes32): misreadings found by written-sentence probes, fixed; every sentence is
written for the test (not taken from the corpus)."""

from __future__ import annotations

from bench.adversarial import NONE_DONE32_TEXTS, SUCCEEDED32_TEXTS, VERDICT32_TEXTS, searched
from loaders.denied_and_remarked import _NONE_AFTER, _PAST_VERB, _VERDICT_FOR
from loaders.gazetteer import Gazetteer
from loaders.repelled_attacks import _SUCCEEDED_IN
from tests.written import side_slugs as _told

# --- a defence told as a success: "succeeded in repelling" ---


def test_success_in_repelling_names_the_defender(gazetteer: Gazetteer) -> None:
    told = _told("Rebels succeeded in repelling an army assault on Daraa on Monday.", gazetteer)
    assert told == [("armed-clash", ["syrian-arab-army"], ["syrian-rebels"])]


def test_were_successful_in_repelling_names_the_defender(gazetteer: Gazetteer) -> None:
    told = _told("Kurdish fighters were successful in repelling an Islamic State attack on Kobani.", gazetteer)
    assert [(a, t) for _, a, t in told] == [(["islamic-state"], ["peoples-protection-units"])]


def test_success_of_another_side_is_not_the_defenders(gazetteer: Gazetteer) -> None:
    # the speaker before "said" is no defender: the side right before the success is
    told = _told("The army said rebels succeeded in repelling an Islamic State attack on Daraa.", gazetteer)
    assert [(a, t) for _, a, t in told] == [(["islamic-state"], ["syrian-rebels"])]
    assert _SUCCEEDED_IN.search("The army succeeded in taking the town ") is None  # "in" must close the text


def test_succeeded_in_adversarial_inputs() -> None:
    assert [searched(_SUCCEEDED_IN)(t) for t in SUCCEEDED32_TEXTS] == [None, None, None, None]


# --- "should" hedges as "would" and "could" do ---


def test_fighting_that_should_stop_is_no_clash(gazetteer: Gazetteer) -> None:
    told = _told(
        "Rebels clashed with the army in Daraa on Monday. "
        "Rebels later agreed with the army that fighting should stop in Daraa.",
        gazetteer,
    )
    assert told == [("armed-clash", ["syrian-rebels"], ["syrian-arab-army"])]


def test_fighting_that_should_end_is_no_clash(gazetteer: Gazetteer) -> None:
    told = _told("The two sides agreed that the fighting in Homs should end by Friday.", gazetteer)
    assert told == []


def test_should_in_another_clause_leaves_the_act(gazetteer: Gazetteer) -> None:
    told = _told("The army shelled Daraa on Monday, and rebels said talks should resume soon.", gazetteer)
    assert [(kind, a) for kind, a, _ in told] == [("shelling", ["syrian-arab-army"])]


# --- a past verb whose object is denied: "executed no prisoners" ---


def test_executed_no_prisoners_is_no_killing(gazetteer: Gazetteer) -> None:
    told = _told("The army shelled Daraa on Monday. The rebels said they executed no prisoners in Aleppo.", gazetteer)
    assert told == [("shelling", ["syrian-arab-army"], [])]


def test_shelled_nobody_is_no_shelling(gazetteer: Gazetteer) -> None:
    assert _told("Rebels said the army shelled nobody in Homs on Monday.", gazetteer) == []


def test_a_count_after_no_is_no_denial(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State fighters killed no fewer than 20 soldiers near Palmyra on Monday.", gazetteer)
    assert [(kind, a) for kind, a, _ in told] == [("armed-clash", ["islamic-state"])]


def test_none_done_adversarial_inputs() -> None:
    assert [_NONE_AFTER.match(t) is not None for t in NONE_DONE32_TEXTS] == [True, False, False, False]
    assert [_PAST_VERB.fullmatch(t) is not None for t in NONE_DONE32_TEXTS] == [False, False, True, False]


# --- a verdict about a past killing: "sentenced to death for the murder of" ---


def test_sentenced_for_a_murder_is_no_new_attack(gazetteer: Gazetteer) -> None:
    told = _told(
        "The army shelled Daraa on Monday. "
        "An Islamic State fighter was sentenced to death on Tuesday for the murder of civilians in Kobani.",
        gazetteer,
    )
    assert told == [("shelling", ["syrian-arab-army"], [])]


def test_convicted_over_a_murder_is_no_new_attack(gazetteer: Gazetteer) -> None:
    told = _told("A rebel commander was convicted on Monday over the murder of civilians in Kobani.", gazetteer)
    assert told == []


def test_a_past_verb_after_jailed_for_is_its_own_clause(gazetteer: Gazetteer) -> None:
    told = _told("Rebels jailed for years attacked an army checkpoint in Daraa on Monday.", gazetteer)
    assert [kind for kind, _, _ in told] == ["armed-clash"]


def test_verdict_adversarial_inputs() -> None:
    assert [searched(_VERDICT_FOR)(t) for t in VERDICT32_TEXTS] == [None, None, None, None]


# --- a killing far abroad with no side of the war named ---


def test_killing_in_berlin_with_no_side_is_no_event(gazetteer: Gazetteer) -> None:
    told = _told(
        "The army shelled Daraa on Monday. Gunmen killed three people in Berlin on Tuesday, police said.", gazetteer
    )
    assert told == [("shelling", ["syrian-arab-army"], [])]


def test_bombing_in_brussels_with_no_side_is_no_event(gazetteer: Gazetteer) -> None:
    assert _told("A bomb attack killed five people in Brussels on Tuesday.", gazetteer) == []


def test_bombing_in_a_neighbour_stays(gazetteer: Gazetteer) -> None:
    # Turkey and Iraq are countries of the war: their sideless bombings stay events
    told = _told("A suicide bomber killed 12 people in Istanbul on Tuesday.", gazetteer)
    assert [kind for kind, _, _ in told] == ["suicide-bombing"]


def test_attack_abroad_with_a_side_named_stays(gazetteer: Gazetteer) -> None:
    told = _told("Islamic State militants attacked a police station in Brussels on Tuesday.", gazetteer)
    assert [a for _, a, _ in told] == [["islamic-state"]]


# --- a charge or an arrest over a past killing ---


def test_charged_over_a_murder_is_no_new_attack(gazetteer: Gazetteer) -> None:
    told = _told(
        "The army shelled Daraa on Monday. A refugee was charged over a murder in Cologne on Friday, police said.",
        gazetteer,
    )
    assert told == [("shelling", ["syrian-arab-army"], [])]


def test_charging_towards_a_town_is_no_charge(gazetteer: Gazetteer) -> None:
    # "charged" as a verb of assault: what follows "of" is still an attack
    assert _VERDICT_FOR.search("Rebels charged towards the outskirts of Aleppo in an ") is None
    assert _VERDICT_FOR.search("A man was arrested in connection with the ") is not None
