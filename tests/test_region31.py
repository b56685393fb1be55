"""A report placed only by a wide region retells the engagement of its type told that day in a town of the country
(region31, `region_retellings.retold_by_region`)."""

from __future__ import annotations

import datetime

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement

# sentences between the two reports, so that no rule reading reports a sentence or three apart joins them
FILLER = (
    " The fighters were guarding a checkpoint at the edge of the town. Residents said the road was closed for hours."
    " Aid groups said food prices had doubled since the spring. The United Nations said it was worried about the"
    " displaced families."
)
LEAD = (
    "Islamic State militants killed 12 fighters of the Syrian Democratic Forces in a suicide bombing in the town of"
    " Manbij on Tuesday, a monitor said."
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def bombings(text: str, gazetteer: Gazetteer) -> list[Engagement]:
    """The suicide bombings extracted from one made-up article."""
    article = Article("test", "t", text, published=datetime.date(2016, 8, 10))
    return [e for e in extract(article, gazetteer).engagements if e.type == "suicide-bombing"]


def test_a_region_report_the_same_day_joins_the_town_report(gazetteer: Gazetteer) -> None:
    text = LEAD + FILLER + " The Islamic State group claimed a suicide bombing in northern Syria on Tuesday."
    found = bombings(text, gazetteer)
    assert len(found) == 1
    assert found[0].places == ("place/manbij-1141906291",)


def test_a_region_report_on_another_day_stays(gazetteer: Gazetteer) -> None:
    text = LEAD + FILLER + " The Islamic State group claimed a suicide bombing in northern Syria on Friday."
    found = bombings(text, gazetteer)
    assert any(e.places == ("place/manbij-1141906291",) for e in found)
    assert any(e.places == ("place/northern-syria",) for e in found)


def test_a_region_report_over_two_towns_stays_a_summary(gazetteer: Gazetteer) -> None:
    second = " Another suicide bomber of the Islamic State group struck fighters in the town of Jarablus on Tuesday."
    text = LEAD + second + FILLER + " The Islamic State group claimed suicide bombings in northern Syria on Tuesday."
    found = bombings(text, gazetteer)
    assert any(e.places == ("place/manbij-1141906291",) for e in found)
    assert any(e.places == ("place/northern-syria",) for e in found)


def test_a_region_report_by_another_side_stays(gazetteer: Gazetteer) -> None:
    text = (
        LEAD + FILLER + " Fighters of the Syrian Democratic Forces killed Islamic State militants in a suicide"
        " bombing in northern Syria on Tuesday."
    )
    found = bombings(text, gazetteer)
    assert any(e.places == ("place/manbij-1141906291",) for e in found)
    assert any(e.places == ("place/northern-syria",) for e in found)
