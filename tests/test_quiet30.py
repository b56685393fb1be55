"""An engagement only remembered tells none: the event an anniversary is of, or the one a span of years is marked
since ("marked the fifth anniversary of the chemical attack on Ghouta", "Thursday marks three years since IS
overran Palmyra"; thirtieth session, helper quiet30, written-sentence probe; `anniversaries`)."""

from __future__ import annotations

import pytest
from detection import detected_types

from bench.adversarial import REMEMBERED30_TEXTS
from loaders.anniversaries import _ANNIVERSARY_OF, _YEARS_SINCE
from loaders.gazetteer import Gazetteer


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
