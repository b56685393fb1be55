"""Thirty-fourth session (helper background34): background told as if it were news. A past habit told with "used
to", and a side's record told in a relative clause set off by commas, report no engagement; the day's news beside
them is still read. Texts written for the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import USED_TO34_TEXTS
from loaders.gazetteer import Gazetteer
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
