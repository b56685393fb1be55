"""Violence against civilians read on sentences written for the test (thirty-second session, helper vac32, each a
written-sentence probe): unnamed gunmen killing or taking the unarmed, a killing by an air arm, the unarmed attacked,
and victims tallied over years (`unnamed_doers`, `engagements._killing_type`, `unarmed_ambushed`, `tallied_attacks`)."""

from __future__ import annotations

import re

import pytest
from detection import engagement_kinds, read_engagements

from bench.adversarial import VAC32_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.tallied_attacks import _IN_A_YEAR, _VICTIMS_TALLY, tallied
from loaders.unnamed_doers import _BY_UNNAMED, _COUNTED, UNNAMED_KILLERS, killed_by_unnamed


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead a doctor in the town of Saraqib on Monday, activists said.",
        "Pro-government militiamen killed 15 civilians in the village of al-Bayda on Thursday.",
        "Armed men killed three people in the town of Kafr Nabl on Monday, a monitor said.",
        "Masked men shot dead two shepherds near Saraqib on Monday, residents said.",
    ],
)
def test_unnamed_gunmen_killing_the_unarmed_is_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _, _ in engagement_kinds("A report\n\n" + text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        # fighters killed by men no one names: a side of a battle untold, nothing read
        "Gunmen killed five soldiers near Saraqib on Monday.",
        # the gunmen are the dead, not the killers
        "Thirty gunmen killed in the town of Saraqib were buried on Monday.",
        "The gunmen were killed by the army in Saraqib on Monday.",
    ],
)
def test_unnamed_gunmen_killing_fighters_or_killed_tell_no_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert "attack-on-civilians" not in [kind for kind, _, _ in engagement_kinds("A report\n\n" + text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped a doctor in the city of Idlib on Monday, a local official said.",
        "Three aid workers were kidnapped by unidentified gunmen near Azaz on Thursday, their charity said.",
        "Two priests were abducted by masked men in the town of Qusayr on Sunday.",
    ],
)
def test_an_abduction_by_unnamed_gunmen_is_read_with_no_side(text: str, gazetteer: Gazetteer) -> None:
    assert engagement_kinds("A report\n\n" + text, gazetteer) == [("abduction", [], [])]


def test_an_abduction_with_no_doer_is_still_not_read(gazetteer: Gazetteer) -> None:
    # nobody told taking them: an abduction still needs its doer (the family's appeal is no event)
    body = "A report\n\nThe family of a journalist kidnapped in Syria in 2012 appealed on Tuesday for his release."
    assert engagement_kinds(body, gazetteer) == []
    # the rule's negative beside a positive: the gunmen's kidnapping is read, the appeal's is not
    both = body + " Gunmen kidnapped a doctor in the city of Idlib on Monday."
    assert engagement_kinds(both, gazetteer) == [("abduction", [], [])]


def test_civilians_killed_by_an_air_force_is_an_air_strike(gazetteer: Gazetteer) -> None:
    read = read_engagements("Dozens of civilians were killed by the Russian Air Force in Raqqa on Monday.", gazetteer)
    assert [(kind, places) for kind, places, _, _ in read] == [("air-strike", ["raqqa"])]
    # the army on the ground keeps its attack on civilians
    read = read_engagements("The Syrian army killed 12 civilians in Raqqa on Monday.", gazetteer)
    assert [kind for kind, _, _, _ in read] == ["attack-on-civilians"]


def test_the_unarmed_attacked_is_an_attack_on_civilians(gazetteer: Gazetteer) -> None:
    body = "A report\n\nRebels attacked a bus carrying pilgrims near Damascus on Monday, killing 12 people."
    assert engagement_kinds(body, gazetteer) == [("attack-on-civilians", ["syrian-rebels"], [])]
    # an armed post attacked is a clash
    body = "A report\n\nRebels attacked an army checkpoint near Damascus on Monday."
    assert [kind for kind, _, _ in engagement_kinds(body, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters stormed the village of Mabouja on Tuesday and killed 40 civilians.",
        "Islamic State fighters attacked the village of Mabouja on Tuesday, killing 40 civilians.",
        "Rebels raided the village of Aqrab at dawn and executed nine villagers, activists said.",
    ],
)
def test_a_raid_whose_only_dead_are_the_unarmed_is_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _, _ in engagement_kinds("A report\n\n" + text, gazetteer)] == ["attack-on-civilians"]


@pytest.mark.parametrize(
    "text",
    [
        # an armed post attacked, or fighters among the dead: a clash
        "Rebels attacked army positions near Hama on Tuesday, killing five civilians.",
        "Rebels stormed the town of Mhardeh on Tuesday, killing 40 civilians and three soldiers.",
    ],
)
def test_a_raid_on_the_armed_stays_a_clash(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _, _ in engagement_kinds("A report\n\n" + text, gazetteer)] == ["armed-clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State executed thousands of people in Syria between 2014 and 2017, a United Nations report said.",
        "Islamic State has executed more than 4,000 people in Syria since 2014, the Observatory said on Wednesday.",
        "Islamic State has executed 3,000 people over the past two years, activists said on Wednesday.",
        "Islamic State has kidnapped hundreds of Yazidi women this year, activists said on Tuesday.",
    ],
)
def test_victims_tallied_over_years_tell_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert engagement_kinds("A report\n\n" + text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # one year's killing may be one event of that year
        "Islamic State executed 300 men in the town of al-Mayadin in 2014, activists said.",
        # a day's toll measured against years
        "Islamic State executed 30 people in Raqqa on Monday, the deadliest day since 2014, the Observatory said.",
    ],
)
def test_victims_of_one_day_or_one_year_keep_their_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert [kind for kind, _, _ in engagement_kinds("A report\n\n" + text, gazetteer)] == ["attack-on-civilians"]


def test_killed_by_unnamed_reads_the_subject_right_before_the_verb() -> None:
    text = "the gunmen reportedly killed two men"
    assert killed_by_unnamed(text, text.index("killed"))
    text = "30 gunmen killed"
    assert not killed_by_unnamed(text, text.index("killed"))
    text = "men killed"
    assert not killed_by_unnamed(text, text.index("killed"))
    text = "30 armed men killed"
    assert not killed_by_unnamed(text, text.index("killed"))


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [UNNAMED_KILLERS.search(t) is not None for t in VAC32_TEXTS] == [False] * 7
    assert [_COUNTED.search(t) is not None for t in VAC32_TEXTS] == [False] * 7
    assert [_BY_UNNAMED.match(t) is not None for t in VAC32_TEXTS] == [False] * 7
    assert [_VICTIMS_TALLY.match(t) is not None for t in VAC32_TEXTS] == [False] * 4 + [True, True, False]
    assert [_IN_A_YEAR.match(t) is not None for t in VAC32_TEXTS] == [False] * 7


def test_this_year_names_no_year_of_its_own() -> None:
    # the lead, from reread32's review: with "this year" as the span, a year opening the sentence is not its one year
    text = "In 2016 Islamic State has executed more than 400 people so far this year, the Observatory said."
    assert tallied(text, re.search("executed", text))
    text = "Islamic State executed more than 400 people in 2016, the Observatory said."
    assert not tallied(text, re.search("executed", text))


def test_armed_men_counted_in_words_are_the_dead() -> None:
    # the lead, from reread32's review: counted in words as in digits, the armed men before the verb are the dead
    for text in ("Three gunmen killed", "three armed men killed", "Dozens of gunmen killed"):
        assert not killed_by_unnamed(text, text.index("killed"))
    for text in ("Unknown gunmen killed", "Masked men killed", "the gunmen reportedly killed"):
        assert killed_by_unnamed(text, text.index("killed"))
