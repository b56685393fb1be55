"""Thirtieth session, helper caption30: a sentence that describes a photo ("This photo ... shows smoke after the
explosion") tells no engagement of its own (`loaders/pictured_scenes.py`, docs/extraction.md "Engagements")."""

from __future__ import annotations

import pytest
from detection import detect

from bench.adversarial import PICTURE30_TEXTS
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.pictured_scenes import _PICTURE_SHOWS


@pytest.mark.parametrize(
    "text",
    [
        "This photo taken from the town of Nusaybin shows a plume of smoke after the explosion.",
        "The picture shows the rubble of a school in Idlib after an air strike.",
        "In this image released by activists shows the damage left by the shelling of Douma.",
        "An undated photograph depicts IS fighters attacking a Kurdish position near Kobani.",
    ],
)
def test_a_picture_that_shows_an_event_tells_none(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_a_described_photo_adds_no_second_engagement(gazetteer: Gazetteer) -> None:
    body = (
        "A truck bomb killed 44 people in Qamishli on Wednesday, Kurdish officials said. "
        "This photo captured from the town of Nusaybin shows a plume of smoke after the explosion."
    )
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert [(e.type, sorted(e.places)) for e in found] == [("remote-explosive", ["place/al-qamishli-1225958399"])]


@pytest.mark.parametrize(
    "text",
    [
        # footage is how news tells an event: still told
        "Video footage showed jets bombing the town of Saraqib.",
        # the strike is told before the photo is named
        "Jets bombed Saraqib on Monday, and a photo shows the rubble.",
        # a photo that is no subject: the sentence tells the bombing
        "Activists posted photos after jets bombed Saraqib on Monday.",
    ],
)
def test_strikes_told_beside_a_picture_are_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


def test_the_picture_pattern_on_adversarial_runs() -> None:
    assert [_PICTURE_SHOWS.match(t) for t in PICTURE30_TEXTS[:4]] == [None] * 4
    found = _PICTURE_SHOWS.match(PICTURE30_TEXTS[4])
    assert found is not None and found.group() == "The picture shows"
