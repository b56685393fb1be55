"""A comparison with the war's past is no war-long background, whatever superlative makes it (nineteenth session,
`war_background._COMPARED` reading `grown_since.COMPARISON`)."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from tests.written import types as _types


@pytest.mark.parametrize(
    "body",
    [
        "Government jets pounded Douma on Sunday in the fiercest air raids since the start of the war.",
        "Warplanes bombed Idlib on Monday in one of the most intense air raids since the beginning of the conflict.",
        "Jets bombed Hama on Friday in the greatest wave of air raids since the war began.",
    ],
)
def test_a_superlative_compares_an_engagement_with_the_war(body: str, gazetteer: Gazetteer) -> None:
    assert _types(body, gazetteer) == ["air-strike"]


def test_the_war_without_a_comparison_is_background(gazetteer: Gazetteer) -> None:
    assert _types("Government jets have pounded Douma since the start of the war.", gazetteer) == []
