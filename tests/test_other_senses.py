"""This session's trigger words in their other senses tell no engagement (seventeenth session, helper review;
`loaders/other_senses.py`, `sentence_roles._CAME_UNDER`)."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("other", "event"),
    [
        (
            "A detainee hanged himself in his cell in Homs on Monday.",
            "Islamic State militants hanged two men in Raqqa on Monday.",
        ),
        (
            "Villagers slaughtered sheep in Idlib for the Eid holiday.",
            "Islamic State militants slaughtered 30 villagers in Raqqa on Monday.",
        ),
        (
            "The deal provides for the liberation of prisoners held by the Syrian government.",
            "The liberation of Palmyra by the Syrian army was hailed in Damascus.",
        ),
        (
            "The final decision on the talks fell to Russia and Iran.",
            "The town of Morek fell to Syrian rebels on Monday.",
        ),
        (
            "The Syrian government came under fire from the UN for blocking aid to Douma.",
            "The Syrian army came under fire from rebels in Douma on Monday.",
        ),
        (
            "Syrian rebels came under fire from rights groups over a video filmed in Aleppo.",
            "Syrian rebels came under heavy fire from the Syrian army near Aleppo on Monday.",
        ),
        (
            "Syrian rebels opened fire on the UN statement on Douma.",
            "Syrian rebels opened fire on a checkpoint in Douma on Monday.",
        ),
        (
            "The price of bread in Douma rose to 50 Syrian pounds.",
            "The Syrian army pounds rebel positions in Douma.",
        ),
    ],
)
def test_a_word_in_its_other_sense_tells_no_engagement(other: str, event: str, gazetteer: Gazetteer) -> None:
    assert detect(other, gazetteer) == []
    assert detect(event, gazetteer) != []


def test_what_came_under_ends_before_a_clause_of_its_own(gazetteer: Gazetteer) -> None:
    # "came under pressure after clashes with": the clash has its own sides, the subject is no target of it
    (d,) = detect("Syrian rebels came under pressure after clashes with Islamic State fighters in Daraa.", gazetteer)
    assert (d.attackers, d.targets) == (("actor/syrian-rebels",), ("actor/islamic-state",))


@pytest.mark.parametrize(
    "text",
    [
        "Regime jets struck Douma four times on Monday.",
        "Rebels shelled the Hamidiyeh district in Homs at least three times overnight.",
    ],
)
def test_a_count_of_times_within_one_day_tells_that_days_attacks(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) != []


def test_a_datelines_agency_is_no_acronym_closing_a_name(gazetteer: Gazetteer) -> None:
    # FA-KES lower-cases some sentence openings: "(AFP) fighting" opens the report, it names no body
    assert detect("BEIRUT (AFP) fighting raged in Aleppo between rebels and the army on Monday.", gazetteer) != []
    named = "The Syrian Democratic Forces (SDF) fighting Islamic State in Raqqa are backed by the US."
    assert detect(named, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighters left Daraya which fell to Syrian government forces last year.",
        "The province almost completely fell to Islamic State fighters in 2014.",
    ],
)
def test_ground_may_fall_after_a_relative_pronoun_or_adverbs(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] != []


def test_besieged_after_a_verb_of_war_and_and_is_a_siege(gazetteer: Gazetteer) -> None:
    # "advanced and besieged areas": the two verbs share their subject; "aid to two besieged towns" describes them
    text = "Syrian government forces advanced and besieged areas east of Damascus on Monday."
    assert [d.type for d in detect(text, gazetteer)] == ["siege"]
