"""Thirty-sixth session (helper retold36): a province told beside towns inside it adds no place to the count that
tells a campaign from one bombardment, so a generic attack on the two towns still joins the shelling that names the
province and them ("Fuaa and Kafraya in Idlib province" names two places). Places and sides written for the tests."""

from __future__ import annotations

from loaders.engagement_passes import EngagementDraft, attacks_told_by_their_means
from loaders.gazetteer import Gazetteer
from loaders.report_places import innermost

REBELS = "actor/syrian-rebels"


def _keys(gazetteer: Gazetteer, *names: str) -> list[str]:
    out = []
    for name in names:
        entity = gazetteer.lookup(name, "place")
        assert entity is not None, name
        out.append(entity.key)
    return out


def test_a_province_holding_the_towns_told_is_no_place_of_its_own(gazetteer: Gazetteer) -> None:
    province, binnish, taftanaz = _keys(gazetteer, "Idlib province", "Binnish", "Taftanaz")
    assert innermost([province, binnish, taftanaz], gazetteer) == [binnish, taftanaz]
    # three towns none of which holds another stay three: a campaign
    (maarat,) = _keys(gazetteer, "Maarat al-Numan")
    assert innermost([binnish, taftanaz, maarat], gazetteer) == [binnish, taftanaz, maarat]


def test_a_generic_attack_joins_the_shelling_of_its_towns_in_their_province(gazetteer: Gazetteer) -> None:
    # "In Idlib province the rebels shelled Binnish and Taftanaz." ... "The rebels began their assault on Binnish and
    # Taftanaz."
    province, binnish, taftanaz = _keys(gazetteer, "Idlib province", "Binnish", "Taftanaz")
    shelling = EngagementDraft("shelling@0", "shelling", [REBELS], [], [], [province, binnish, taftanaz], None, 0)
    assault = EngagementDraft("armed-clash@1", "armed-clash", [REBELS], [], [], [binnish, taftanaz], None, 1)
    assault.told_generically = True
    kept = attacks_told_by_their_means([shelling, assault], set(), gazetteer)
    assert [e.type for e in kept] == ["shelling"]


def test_a_shelling_of_three_towns_is_still_a_campaign(gazetteer: Gazetteer) -> None:
    binnish, taftanaz, maarat = _keys(gazetteer, "Binnish", "Taftanaz", "Maarat al-Numan")
    shelling = EngagementDraft("shelling@0", "shelling", [REBELS], [], [], [binnish, taftanaz, maarat], None, 0)
    assault = EngagementDraft("armed-clash@1", "armed-clash", [REBELS], [], [], [binnish, taftanaz], None, 1)
    assault.told_generically = True
    kept = attacks_told_by_their_means([shelling, assault], set(), gazetteer)
    assert [e.type for e in kept] == ["shelling", "armed-clash"]
