"""Rules from a third recall sample: engagements read on FA-KES articles outside the gold set (eighteenth session)."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract
from loaders.figures import find_figures
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from tests.written import written


def _times(body: str, gazetteer: Gazetteer) -> list[str | None]:
    """The time expressions of the engagements extracted from one article dated 9 December 2016."""
    x = written(body, gazetteer, published=date(2016, 12, 9))
    return [e.time.expression if e.time else None for e in x.engagements]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day fronted before a named speaker and its word says when it was said; the strikes' own day follows them
        (
            "Regime warplanes bombed Douma on Monday killing nine. On Tuesday the Syrian Coalition denounced regime air"
            " strikes on Douma on Sunday that killed four people.",
            ["on Monday", "on Sunday"],
        ),
        (
            "US-led coalition jets struck the town of al-Bab on Thursday killing 20 civilians. On Friday Russia"
            " condemned coalition airstrikes on al-Bab on Wednesday that killed 12 people.",
            ["on Thursday", "on Wednesday"],
        ),
    ],
)
def test_a_fronted_day_before_a_speaker_dates_the_speaking(
    body: str, expected: list[str], gazetteer: Gazetteer
) -> None:
    assert _times(body, gazetteer) == expected


def test_strikes_dated_apart_from_the_day_they_were_condemned_stay_apart(gazetteer: Gazetteer) -> None:
    # the condemned strikes were on Tuesday: no retelling of Thursday's, though the condemnation was on Thursday
    body = (
        "Coalition jets struck Raqqa on Thursday killing 20 civilians. On Thursday the Russian Foreign Ministry"
        " condemned coalition airstrikes on Raqqa on Tuesday that killed 18 people."
    )
    assert len(_times(body, gazetteer)) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one of the people the plural nouns count: "citizen" is how state media name a civilian
        ("One person was killed when a shell hit the market.", "fatalities"),
        ("A citizen was injured due to a rocket shell fired on the suburb.", "wounded"),
        ("Gunmen fired a rocket at the village injuring a person and damaging two houses.", "wounded"),
        ("The strike killed a student near the school gate.", "fatalities"),
    ],
)
def test_one_person_named_by_a_singular_noun_is_counted(text: str, kind: str) -> None:
    assert [(f.kind, f.low) for f in find_figures(text)] == [(kind, 1)]


def test_a_rocket_attack_that_injured_a_citizen_is_told_with_its_toll(gazetteer: Gazetteer) -> None:
    # no side named (unglossed "terrorist"), no day: the one wounded is what makes it an event told, not background
    body = "Elsewhere a citizen was injured due to a terrorist rocket attack on the town of Harasta."
    x = extract(Article("test", "t", body, published=date(2016, 7, 23)), gazetteer)
    assert [e.type for e in x.engagements] == ["shelling"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a day in the possessive owns the noun after it (an event told before): the new one has its own day
        ("Fridays attack came after a car bomb killed 30 people on Tuesday in Homs.", ["on Tuesday"]),
        ("Saturday's casualties follow similar air strikes on the town of Manbij on Thursday.", ["on Thursday"]),
    ],
)
def test_a_day_that_owns_a_noun_does_not_date_the_event_told_after_it(
    body: str, expected: list[str], gazetteer: Gazetteer
) -> None:
    assert _times(body, gazetteer) == expected
