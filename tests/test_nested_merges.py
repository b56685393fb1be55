"""One engagement told twice in an article (twenty-fifth session, helper merge25): a report in a place inside the
other's joins it when forces of one state did both ("Syrian army forces" and "the Syrian regime"), not when it also
names a place outside the other's area; and a definite description naming no place ("the air strikes by the regime")
refers to the one engagement of its type told before, however far back. The texts are written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement

DAMASCUS = "place/damascus-421202165"
GHOUTA = "place/eastern-ghouta"


def engagements(text: str, gazetteer: Gazetteer) -> list[Engagement]:
    """The engagements extracted from a short article."""
    article = Article(
        corpus="t", identifier="t", title="Syria report", body=f"Syria report\n{text}", published=date(2016, 5, 1)
    )
    return list(extract(article, gazetteer).engagements)


def test_forces_of_one_state_tie_a_suburb_to_its_city(gazetteer: Gazetteer) -> None:
    found = engagements(
        "Syrian army forces shelled the outskirts of Damascus, killing eight civilians. Shelling by the Syrian regime "
        "on Eastern Ghouta wounded 25 more, residents said.",
        gazetteer,
    )
    assert [(e.type, {DAMASCUS, GHOUTA} <= set(e.places)) for e in found] == [("shelling", True)]


@pytest.mark.parametrize(
    "text",
    [
        # another state's forces
        "Syrian army forces shelled the outskirts of Damascus, killing eight civilians. Shelling by Turkish forces on "
        "Eastern Ghouta wounded 25 more, residents said.",
        # two days told
        "Syrian army forces shelled the outskirts of Damascus on Monday, killing eight civilians. Shelling by the "
        "Syrian regime on Eastern Ghouta on Thursday wounded 25 more, residents said.",
        # "also" adds a strike of its own
        "Syrian army forces shelled the outskirts of Damascus, killing eight civilians. The Syrian regime also shelled "
        "Eastern Ghouta, wounding 25, residents said.",
        # told far on, undated: nothing ties them
        "Syrian army forces shelled the outskirts of Damascus, killing eight civilians. Aid groups said supplies were "
        "short. The UN called for calm. Schools were shut. Shops stayed closed. Shelling by the Syrian regime on "
        "Eastern Ghouta wounded 25 more, residents said.",
        # a place outside the other's area named beside the suburb
        "Syrian army forces shelled the outskirts of Damascus, killing eight civilians. Shelling by the Syrian regime "
        "on Eastern Ghouta and on the city of Homs wounded 25 more, residents said.",
    ],
)
def test_reports_at_two_levels_that_stay_two(text: str, gazetteer: Gazetteer) -> None:
    assert len([e for e in engagements(text, gazetteer) if e.type == "shelling"]) == 2


# five sentences of aftermath between the strike and its retelling: beyond the window of three sentences
IDLIB = (
    "Syrian government warplanes pounded towns across Idlib province on Sunday, killing 20 people. The opposition "
    "condemned the strikes. A hospital director said the dead included six children. Aid groups said supplies were "
    "running short. The UN called for calm. "
)


def strikes(text: str, gazetteer: Gazetteer) -> int:
    """How many air strikes the article tells."""
    return len([e for e in engagements(text, gazetteer) if e.type == "air-strike"])


def test_a_definite_retelling_far_on_is_the_one_strike(gazetteer: Gazetteer) -> None:
    assert strikes(IDLIB + "The air strikes by the regime killed 20 people.", gazetteer) == 1


@pytest.mark.parametrize(
    "text",
    [
        IDLIB + "The air strikes by Russia killed 20 people.",  # another state's
        IDLIB + "The air strikes by the regime in 2012 killed thousands.",  # another year
        IDLIB + "The air strikes by the regime on Monday killed five more.",  # another day
        IDLIB + "The air strikes by the regime on Hama killed 20 people.",  # a place of its own
        IDLIB + "Air strikes by the regime killed 20 people.",  # not definite
    ],
)
def test_definite_retellings_that_stay_apart(text: str, gazetteer: Gazetteer) -> None:
    assert strikes(text, gazetteer) == 2


def test_a_definite_retelling_with_two_strikes_told_picks_none(gazetteer: Gazetteer) -> None:
    text = (
        "Syrian government warplanes pounded towns across Idlib province on Sunday, killing 20 people. Regime jets "
        "struck Douma on Saturday, killing four. A hospital director said the dead included six children. Aid groups "
        "said supplies were running short. The UN called for calm. The air strikes by the regime killed 20 people."
    )
    assert strikes(text, gazetteer) == 2
