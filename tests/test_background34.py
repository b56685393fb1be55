"""Thirty-fourth session (helper background34): background told as if it were news. A past habit told with "used
to", and a side's record told in a relative clause set off by commas, report no engagement; the day's news beside
them is still read. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import RECORD34_TEXTS, USED_TO34_TEXTS
from loaders.gazetteer import Gazetteer
from loaders.relative_records import _PERFECT_AFTER, _RECORD_BEFORE, _RELATIVE_OPEN, _SET_OFF, _TIMED
from loaders.used_to import _DAY_AFTER, _PAST_SPAN, _USED_TO
from tests.probed_news import read_after_news

NEWS = [("air-strike", ["saraqib"])]


@pytest.mark.parametrize(
    "probe",
    [
        # a habit of the past: "used to" and the verb phrase of the trigger
        "Rebels used to fire mortars into central Damascus from the district.",
        "Jaish al-Islam used to fire rockets and mortar shells at Damascus from Douma before the deal.",
        # a base or means used, with a past span said in the sentence
        "The rebels used Tal Sousin to launch attacks on the highway in the past.",
        "Rebels used the hills near Morek to launch attacks on army posts in the past.",
    ],
)
def test_a_habit_told_with_used_to_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # no "used to": the news of the day
        ("Rebels fired mortars into central Damascus on Monday, killing two people.", ("shelling", ["damascus"])),
        # "used to" as "employed to", a day told: one event
        (
            "The launchers used to fire rockets at Afrin on Monday were destroyed by Turkish artillery.",
            ("shelling", ["afrin"]),
        ),
        # a base used with a day told: the day's attack
        ("Rebels used the hills near Morek to launch attacks on army posts on Monday.", ("armed-clash", ["murak"])),
        # a means used with no past span: the day's attack
        ("The army used barrel bombs to attack Daraya on Monday.", ("air-strike", ["darayya"])),
    ],
)
def test_an_engagement_beside_used_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [*NEWS, told]


def test_the_used_to_patterns_on_their_adversarial_inputs() -> None:
    used = [(m.group() if (m := _USED_TO.search(text)) else None) for text in USED_TO34_TEXTS]
    # a run of "used to" ends in "used to" and four words of its verb phrase; nothing else is read
    assert used == ["used to used to used to ", None, None, None, None]
    spans = [(m.group() if (m := _PAST_SPAN.search(text)) else None) for text in USED_TO34_TEXTS]
    assert spans == [None, None, None, "in the past", None]
    assert [_DAY_AFTER.match(text) for text in USED_TO34_TEXTS] == [None] * len(USED_TO34_TEXTS)


@pytest.mark.parametrize(
    "probe",
    [
        # a side described by its record: a present perfect in a relative clause set off by commas, no time told
        "The YPG, which has fought IS in Kobane and Tal Abyad, is backed by Washington.",
        "Hayat Tahrir al-Sham, which has attacked army posts across Hama, denied any role.",
        "Turkey, whose troops have clashed with the YPG near Afrin, called for calm.",
        # the clause's subject is the trigger, its perfect after it
        "The Hmeimim air base, from which Russian jets have bombed rebels across Idlib, lies near Latakia.",
    ],
)
def test_a_record_in_a_relative_clause_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == NEWS


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # a time told in the clause: the shelling of the week is news
        (
            "Government forces, which have shelled Douma this week, advanced on Harasta.",
            ("shelling", ["douma", "harasta"]),
        ),
        ("Rebels, who have shelled Hama on Monday, said they lost two fighters.", ("shelling", ["hama"])),
        # a relative clause in the past tense, and a perfect in the main clause: events told
        (
            "The rebels, who attacked army posts near Hama on Monday, said they lost two fighters.",
            ("armed-clash", ["hama"]),
        ),
        ("Rebels have attacked army posts near Hama, a monitor said.", ("armed-clash", ["hama"])),
    ],
)
def test_an_engagement_told_in_or_beside_a_relative_stays(
    probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer
) -> None:
    assert read_after_news(probe, gazetteer) == [*NEWS, told]


def test_a_record_told_with_a_light_verb_leaves_the_taking_of_the_sentence(gazetteer: Gazetteer) -> None:
    # "which has claimed suicide bombings": the record goes, the dated taking of the main clause is still read
    probe = (
        "The Islamic State group, which has claimed suicide bombings in Damascus and Homs, seized Qaryatain in 2015."
    )
    found = read_after_news(probe, gazetteer)
    assert [etype for etype, _ in found] == ["air-strike", "non-state-actor-overtakes-territory"]
    assert "al-qaryatayn" in found[1][1]


def test_the_record_patterns_on_their_adversarial_inputs() -> None:
    none = [None] * len(RECORD34_TEXTS)
    for pattern in (_RECORD_BEFORE, _RELATIVE_OPEN, _TIMED):
        assert [(m.group() if (m := pattern.search(text)) else None) for text in RECORD34_TEXTS] == none
    assert [_PERFECT_AFTER.match(text) for text in RECORD34_TEXTS] == none
    # a run with commas is set off at its first comma; none without one
    assert [(m.group() if (m := _SET_OFF.match(text)) else None) for text in RECORD34_TEXTS] == [
        "IS,",
        "jets,",
        None,
        None,
        None,
    ]
