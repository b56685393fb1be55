"""An engagement only remembered tells none: the event an anniversary is of, or the one a span of years is marked
since ("marked the fifth anniversary of the chemical attack on Ghouta", "Thursday marks three years since IS
overran Palmyra"; thirtieth session, helper quiet30, written-sentence probe; `anniversaries`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import REMEMBERED30_TEXTS, TALLY_SPAN30_TEXTS
from loaders.anniversaries import _ANNIVERSARY_OF, _YEARS_SINCE
from loaders.gazetteer import Gazetteer
from loaders.tallied_attacks import _SPAN as _TALLY_SPAN


@pytest.mark.parametrize(
    "text",
    [
        "Syrians marked the fifth anniversary of the chemical attack on Ghouta on Tuesday.",
        "Mourners marked the first anniversary of the massacre in Houla on Friday.",
        "Families gathered on the second anniversary of the sarin attack on Khan Sheikhoun.",
        "Thursday marks three years since Islamic State fighters overran Palmyra.",
        "The day marked one year since rebels captured Idlib city.",
    ],
)
def test_an_event_only_remembered_is_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the anniversary's own event ends at a comma: the strikes after it are news
        ("On the anniversary of the uprising, Syrian jets bombed Douma.", "air-strike"),
        # a preposition ends the remembered event: the shelling is how the day was marked
        ("The army marked the anniversary of the truce by shelling Douma on Monday.", "shelling"),
        ("Rebels marked two years since the truce by shelling Damascus on Monday.", "shelling"),
        # years counted with no verb of marking: the battle told
        ("Two years since the siege began, rebels shelled the town of Douma on Monday.", "shelling"),
    ],
)
def test_an_engagement_beside_an_anniversary_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_patterns_read_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what each pattern makes of the same inputs
    assert [_ANNIVERSARY_OF.search(t) is not None for t in REMEMBERED30_TEXTS] == [True, False, False, False]
    assert [_YEARS_SINCE.search(t) is not None for t in REMEMBERED30_TEXTS] == [False, False, True, False]


# A tally of attacks whose span is "this year" is a count, no one engagement: "documented more than 3,000 air strikes
# on Idlib this year" (`tallied_attacks._SPAN`; quiet30, written-sentence probe).
@pytest.mark.parametrize(
    "text",
    [
        "The Observatory said it had documented more than 3,000 air strikes on Idlib this year.",
        "Rebels have fired dozens of rockets at Latakia so far this year, state media said.",
    ],
)
def test_attacks_tallied_this_year_are_no_engagement(text: str, gazetteer: Gazetteer) -> None:
    assert detected_types(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a day before the span is the count's time
        ("At least 20 air strikes hit Idlib on Monday, the most this year.", "air-strike"),
        # a superlative before the span compares one day's strikes with the year
        ("Dozens of air strikes hit Douma in the heaviest bombardment this year.", "air-strike"),
        # no tally: one strike on a day this year is still news
        ("An air strike hit a market in Idlib this year, activists said.", "air-strike"),
    ],
)
def test_an_engagement_with_this_year_is_kept(text: str, kind: str, gazetteer: Gazetteer) -> None:
    assert kind in detected_types(text, gazetteer)


def test_the_tally_span_reads_adversarial_input() -> None:
    # timed by make bench-patterns (bench/adversarial.py); here, what the span makes of the same inputs
    assert [_TALLY_SPAN.match(t) is not None for t in TALLY_SPAN30_TEXTS] == [False, False, False, False]
