"""Thirtieth session (helper leads30): a lead summed up as "a series of strikes" or over "several locations" stays
beside the town reports told under it. Texts written for the tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from bench.adversarial import SEVERAL_PLACES30_TEXTS, searched
from loaders.gazetteer import Gazetteer
from loaders.model import TimeSpan
from loaders.summary_leads import SEVERAL_PLACES, over_several_places, part_of_summary
from tests.written import written

SYRIA = "place/syria-85632413"
MAYADIN = "place/mayadin-1125980167"


def _strikes(text: str, gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """Each engagement's type and places."""
    x = written(text, gazetteer)
    return [(e.type, list(e.places)) for e in x.engagements]


def test_a_series_of_strikes_stays_beside_a_deed_in_one_town(gazetteer: Gazetteer) -> None:
    text = (
        "Some 50 Islamic State fighters were killed in a series of Russian air strikes in Syria over the past day, the "
        "defence ministry in Moscow said. A command post and 30 IS fighters were destroyed in the area of Mayadeen, "
        "the ministry said."
    )
    assert _strikes(text, gazetteer) == [("air-strike", [SYRIA]), ("air-strike", [MAYADIN])]


def test_a_series_of_strikes_stays_beside_a_toll_in_one_town(gazetteer: Gazetteer) -> None:
    text = (
        "Some 50 Islamic State fighters were killed in a series of Russian air strikes in Syria on Friday. "
        "Thirty jihadists were killed near Mayadeen."
    )
    assert _strikes(text, gazetteer) == [("air-strike", [SYRIA]), ("air-strike", [MAYADIN])]


def test_a_lead_told_as_strikes_alone_still_joins_its_town(gazetteer: Gazetteer) -> None:
    # no word of a series: the lead placed in the country is the town's strike, as before
    text = (
        "Some 50 Islamic State fighters were killed in Russian air strikes in Syria over the past day, the defence "
        "ministry in Moscow said. A command post and 30 IS fighters were destroyed in the area of Mayadeen, the "
        "ministry said."
    )
    assert _strikes(text, gazetteer) == [("air-strike", [MAYADIN])]


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Russian strikes hit several locations in rebel-held parts of Aleppo province.",
        "Jets pounded various villages in the countryside.",
        "Air raids struck across rebel-held Idlib on Monday.",
        "Regime forces launched a wave of air strikes on the town.",
    ],
)
def test_a_summing_up_lead_is_read(text: str) -> None:
    assert over_several_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "A series of talks in Geneva failed to end the war.",
        "The town was hit several times on Monday.",
        "Jets struck the village of Kafr Nabl on Monday.",
        "Several civilians were killed in the strikes.",
    ],
)
def test_no_summing_up_lead(text: str) -> None:
    assert not over_several_places(text)


@dataclass
class _Lead:
    """A lead as `part_of_summary` reads it."""

    places: list[str]
    several: bool = True
    type: str = "air-strike"
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    time: TimeSpan | None = None
    sentence: int = 0
    latest: int = -1
    near: list[str] = field(default_factory=list)


def test_a_place_outside_the_lead_is_no_part_of_it(gazetteer: Gazetteer) -> None:
    aleppo = gazetteer.lookup("Aleppo province", "place")
    ghouta = gazetteer.lookup("Eastern Ghouta", "place")
    atarib = gazetteer.lookup("Atareb", "place")
    assert aleppo and ghouta and atarib
    lead = _Lead([aleppo.key])
    assert part_of_summary(lead, [atarib.key], gazetteer)
    assert not part_of_summary(lead, [ghouta.key], gazetteer)  # where the firers were, not a part
    assert not part_of_summary(lead, [aleppo.key], gazetteer)  # the lead's own place again
    assert not part_of_summary(_Lead([aleppo.key], several=False), [atarib.key], gazetteer)


def test_the_bench_inputs() -> None:
    found = [searched(SEVERAL_PLACES)(t) for t in SEVERAL_PLACES30_TEXTS]
    assert found == [None, None, None, None, None]
