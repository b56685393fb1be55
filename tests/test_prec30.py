"""Thirtieth session, helper prec30: a told engagement that a sentence only says who gains by is not told again
(`loaders/denied_and_remarked.py`, docs/extraction.md "Engagements")."""

from __future__ import annotations

import pytest
from detection import detect

from loaders.denied_and_remarked import _REMARK_VERB
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The strikes benefit Kurdish groups which hold much of northern Syria.",
        "The air raids on Raqqa benefited the Kurdish fighters in Hasakeh.",
        "The offensive benefits the government in Damascus, analysts say.",
    ],
)
def test_who_gains_by_a_told_engagement_is_a_remark(text: str, gazetteer: Gazetteer) -> None:
    assert detect(text, gazetteer) == []


def test_a_remark_on_who_gains_adds_no_engagement_in_its_relative_clause(gazetteer: Gazetteer) -> None:
    body = (
        "US warplanes struck Islamic State positions near Raqqa on Monday. "
        "The strikes benefit Kurdish fighters who have declared self-rule in northern Syria."
    )
    found = extract(Article("test", "t", body), gazetteer).engagements
    assert [(e.type, sorted(e.places)) for e in found] == [("air-strike", ["place/raqqa-421172833"])]


@pytest.mark.parametrize(
    "text",
    [
        # not a definite head: the strikes are told here, with the side that gains
        "US air strikes on Raqqa on Monday benefited Kurdish fighters.",
        # the gain is the subject's, the strikes its means: still told
        "Kurdish fighters benefited from US air strikes on Raqqa on Monday.",
    ],
)
def test_strikes_told_with_who_gains_are_still_told(text: str, gazetteer: Gazetteer) -> None:
    assert [d.type for d in detect(text, gazetteer)] == ["air-strike"]


def test_benefit_is_read_only_as_a_whole_word() -> None:
    assert _REMARK_VERB.match(" benefits the rebels")
    assert _REMARK_VERB.match(" benefitted the rebels")
    assert _REMARK_VERB.match(" benefactors of") is None
