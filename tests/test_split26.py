"""Twenty-sixth session (helper split26): distinct events folded into one engagement. Texts written for the tests."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.report_places import town_in_one_of_provinces
from tests.written import written

IDLIB = "place/idlib-governorate-85678373"
RIF_DIMASHQ = "place/rif-dimashq-governorate-85678391"
HAMA = "place/hama-governorate-85678363"
NAHLAH = "place/nahlah-1293870811"
KHAN_SHAYKHUN = "place/khan-shaykhun-1125778451"


def _clashes(gazetteer: Gazetteer, body: str) -> list[tuple[str, ...]]:
    x = written(body, gazetteer)
    return [e.places for e in x.engagements if e.type == "armed-clash"]


# --- a town in one of two provinces told side by side is a part of the summary ---


def test_a_town_in_one_of_two_provinces_is_a_battle_of_its_own(gazetteer: Gazetteer) -> None:
    body = (
        "Army units inflicted heavy losses on militants in Idlib and Hama countryside on Tuesday, killing dozens of "
        "them. Syrian soldiers defeated the rebels in battles in Khan Sheikhoun town in Idlib countryside, killing 20 "
        "of them."
    )
    assert sorted(_clashes(gazetteer, body)) == [(IDLIB, HAMA), (KHAN_SHAYKHUN,)]


def test_a_town_in_the_one_province_told_still_details_the_battle(gazetteer: Gazetteer) -> None:
    # one province told: the town says where in it the battle was, as before
    body = (
        "Army units inflicted heavy losses on militants in Idlib countryside on Tuesday, killing dozens of them. "
        "Syrian soldiers defeated the rebels in battles in Khan Sheikhoun town in Idlib countryside, killing 20."
    )
    assert _clashes(gazetteer, body) == [(IDLIB, KHAN_SHAYKHUN)]


def test_only_a_town_inside_one_of_the_provinces_is_a_part(gazetteer: Gazetteer) -> None:
    assert town_in_one_of_provinces([KHAN_SHAYKHUN], [IDLIB, HAMA], gazetteer)
    assert town_in_one_of_provinces([NAHLAH], [IDLIB, RIF_DIMASHQ, NAHLAH], gazetteer)
    # a province again, or a town of a province the summary did not name, is no part of it
    assert not town_in_one_of_provinces([IDLIB], [IDLIB, HAMA], gazetteer)
    assert not town_in_one_of_provinces([KHAN_SHAYKHUN], [RIF_DIMASHQ, HAMA], gazetteer)
    # one province alone is no summary of several
    assert not town_in_one_of_provinces([KHAN_SHAYKHUN], [IDLIB], gazetteer)
