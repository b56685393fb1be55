"""Thirty-second session (helper gaps32): common phrasings of war news found misread; every sentence is written for
the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    AGREED_WITH32_TEXTS,
    ASIDE32_TEXTS,
    BASES_COUNTED32_TEXTS,
    BLOCKADED32_TEXTS,
    REPEL_DONE32_TEXTS,
    WHOSE_TROOPS32_TEXTS,
)
from loaders.actor_references import _WHOSE_TROOPS
from loaders.engagement_triggers import trigger_matches
from loaders.extract import extract
from loaders.figures import _PASSIVE_KILL
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.repelled_attacks import TRIED_TO_REPEL
from loaders.truce_parties import _AGREED_WITH, _BEFORE_AGREED
from tests.written import side_and_place_slugs as _told


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Kurdish fighters managed to repel an IS attack on Kobani on Friday.",
            ("armed-clash", ["islamic-state"], ["peoples-protection-units"], ["kobani"]),
        ),
        (
            "Government forces were able to repel an attack by Nusra Front militants on Hama airport on Tuesday.",
            ("armed-clash", ["al-nusra-front"], ["syrian-arab-army"], ["hama"]),
        ),
        (
            "The Syrian army managed to repel a rebel offensive in Aleppo on Sunday.",
            ("armed-clash", ["syrian-rebels"], ["syrian-arab-army"], ["aleppo"]),
        ),
    ],
)
def test_a_defence_told_done_reports_the_attack(
    text: str, told: tuple[str, list[str], list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "The army vowed to repel any IS attack on Palmyra.",
        "Kurdish fighters were preparing to repel an expected IS attack on Kobani.",
        "The army will try to repel a rebel offensive in Aleppo.",
    ],
)
def test_a_defence_only_intended_stays_hedged(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []
    # the same frame told done is read (not vacuous)
    assert _told("The army managed to repel an IS attack on Palmyra on Monday.", gazetteer)[0][0] == "armed-clash"


def test_repel_done_pattern_on_adversarial_inputs() -> None:
    # only the runs of "was able to repel the" end in a determiner, as the attack's noun phrase must begin
    assert [len(TRIED_TO_REPEL.findall(t)) for t in REPEL_DONE32_TEXTS] == [0, 0, 227, 0]


def _figures(text: str, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """Each figure's kind and bounds."""
    x = extract(Article("test", "t", text), gazetteer)
    return [(f.kind, f.low, f.high) for c in x.claims for f in c.figures]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Three soldiers, one of them an officer, were killed in an IS attack on Palmyra on Monday.",
            ("fatalities", 3, 3),
        ),
        ("Five rebels, two of them commanders, were killed in air strikes on Idlib on Sunday.", ("fatalities", 5, 5)),
        ("Four soldiers, all of them conscripts, were wounded in shelling on Hama on Monday.", ("wounded", 4, 4)),
    ],
)
def test_a_count_with_an_aside_in_commas_is_the_toll(
    text: str, figure: tuple[str, int, int], gazetteer: Gazetteer
) -> None:
    assert _figures(text, gazetteer) == [figure]


def test_an_aside_that_is_a_clause_of_its_own_counts_only_its_own() -> None:
    # "one of them was killed": one dead, not the three captured
    told = [
        m.group() for m in _PASSIVE_KILL.finditer("Rebels captured three soldiers, one of them was killed in Hama.")
    ]
    assert told == ["one of them was killed"]
    # the aside read as such where it is one (not vacuous)
    assert [m.group() for m in _PASSIVE_KILL.finditer("Three soldiers, one of them an officer, were killed.")] == [
        "Three soldiers, one of them an officer, were killed"
    ]


def test_aside_pattern_on_adversarial_inputs() -> None:
    # no run reaches a verb of death
    assert [len(_PASSIVE_KILL.findall(t)) for t in ASIDE32_TEXTS] == [0, 0, 0, 0]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Turkey denied that its troops had set up a base near Manbij on Monday.",
            ("headquarters-or-base-established", ["turkey"], [], ["manbij"]),
        ),
        (
            "Turkey said its troops shelled YPG positions near Afrin on Monday.",
            ("shelling", ["turkey"], ["peoples-protection-units"], ["afrin"]),
        ),
        (
            "Russia said its troops had set up a base near Palmyra on Monday.",
            ("headquarters-or-base-established", ["russia"], [], ["palmyra"]),
        ),
    ],
)
def test_troops_after_a_possessive_are_its_owners_not_the_home_army(
    text: str, told: tuple[str, list[str], list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Troops stormed Daraya on Monday.", ("armed-clash", ["syrian-arab-army"], [], ["darayya"])),
        (
            "The Syrian army said its troops recaptured the town of Palmyra from IS on Sunday.",
            ("government-regains-territory", ["syrian-arab-army"], ["islamic-state"], ["palmyra"]),
        ),
    ],
)
def test_bare_troops_and_the_armys_own_stay_the_army(
    text: str, told: tuple[str, list[str], list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


def test_whose_troops_pattern_on_adversarial_inputs() -> None:
    # only the run of "its own" ends in a possessive; "its" glued together and "Iran-" with no "backed" name no owner
    found = [bool(_WHOSE_TROOPS.search(t)) for t in WHOSE_TROOPS32_TEXTS]
    assert found == [True, False, False, False, False]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Rebels in Daraya agreed with the army to stop fighting on Monday.", ["syrian-rebels", "syrian-arab-army"]),
        (
            "Kurdish fighters agreed with government forces to stop fighting in Hasakeh on Tuesday.",
            ["peoples-protection-units", "syrian-arab-army"],
        ),
        ("Rebels in Daraya agreed to stop fighting on Monday.", ["syrian-rebels"]),
    ],
)
def test_a_truce_agreed_with_the_other_side_names_both(text: str, parties: list[str], gazetteer: Gazetteer) -> None:
    told = _told(text, gazetteer)
    assert [(t[0], t[1]) for t in told] == [("ceasefire", parties)]


def test_a_refusal_to_agree_with_the_other_side_is_no_truce(gazetteer: Gazetteer) -> None:
    assert _told("Rebels in Daraya refused to agree with the army to stop fighting on Monday.", gazetteer) == []
    # the agreement itself is read (not vacuous)
    assert _told("Rebels in Daraya agreed with the army to stop fighting on Monday.", gazetteer)[0][0] == "ceasefire"


def test_agreed_with_patterns_on_adversarial_inputs() -> None:
    # no run reaches a halt of fighting; only the runs of "agreed with" open the side agreed with; nothing ends in a
    # subject's gap
    assert [len(trigger_matches(t)) for t in AGREED_WITH32_TEXTS] == [0, 0, 0, 0, 0]
    assert [len(_AGREED_WITH.findall(t)) for t in AGREED_WITH32_TEXTS] == [416, 238, 0, 0, 1]
    assert [bool(_BEFORE_AGREED.fullmatch(t)) for t in AGREED_WITH32_TEXTS] == [False] * 5


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Government forces blockaded the rebel-held town of Madaya on Monday.",
            ("siege", ["syrian-arab-army"], ["syrian-rebels"], ["madaya"]),
        ),
        (
            "The town of Madaya was blockaded by government forces on Monday.",
            ("siege", ["syrian-arab-army"], [], ["madaya"]),
        ),
    ],
)
def test_blockaded_is_a_verb_of_siege(
    text: str, told: tuple[str, list[str], list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the blockaded town of Madaya were starving on Monday.",
        "The United States has blockaded Iranian oil shipments since May.",
    ],
)
def test_blockaded_as_an_attribute_or_a_habit_is_no_siege_told(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []
    # the verb with a side and a place is read (not vacuous)
    assert _told("Government forces blockaded Madaya on Monday.", gazetteer)[0][0] == "siege"


def test_blockaded_trigger_on_adversarial_inputs() -> None:
    # each "blockaded" is a trigger, an economic one is not; the glued run and the blanks match nothing
    assert [len(trigger_matches(t)) for t in BLOCKADED32_TEXTS] == [500, 0, 0, 0]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Turkish troops established 12 observation points in Idlib province on Monday.",
            ("headquarters-or-base-established", ["turkish-armed-forces"], [], ["idlib-governorate"]),
        ),
        (
            "Turkish troops set up three military bases near Afrin on Monday.",
            ("headquarters-or-base-established", ["turkish-armed-forces"], [], ["afrin"]),
        ),
        (
            "Russia established two bases near Palmyra on Monday.",
            ("headquarters-or-base-established", ["russia"], [], ["palmyra"]),
        ),
    ],
)
def test_bases_set_up_by_count(
    text: str, told: tuple[str, list[str], list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert _told(text, gazetteer) == [told]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops plan to establish 12 observation points in Idlib province.",
        "The army established 12 checkpoints in Daraa on Monday.",
    ],
)
def test_bases_only_planned_or_no_base_counted_are_none(text: str, gazetteer: Gazetteer) -> None:
    assert _told(text, gazetteer) == []
    # the counted bases set up are read (not vacuous)
    told = _told("Turkish troops established 12 observation points in Idlib province on Monday.", gazetteer)
    assert told[0][0] == "headquarters-or-base-established"


def test_bases_counted_on_adversarial_inputs() -> None:
    # only the run with a base noun after the count is a trigger each time
    assert [len(trigger_matches(t)) for t in BASES_COUNTED32_TEXTS] == [0, 0, 200, 0]
