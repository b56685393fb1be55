"""One engagement told twice, and what its retelling hosts: rules of the twentieth session (helper merges2)."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.story_turns import NEW_SCENE
from tests.written import written

# Four sentences of other matters between the first report and its retelling: beyond the figure-hosting window.
_ASIDE = (
    " The governor visited a school in Homs. He met local officials there. Residents said prices had risen. Farmers"
    " complained about the drought."
)


def _fatalities(body: str, gazetteer: Gazetteer) -> list[tuple[str | None, int]]:
    """The fatality figures of an article's claims, with the engagement each counts."""
    x = written(body, gazetteer)
    return [(c.engagement, f.low) for c in x.claims for f in c.figures if f.kind == "fatalities"]


def test_a_toll_after_a_retelling_counts_the_engagement_it_joined(gazetteer: Gazetteer) -> None:
    # "Meanwhile army units destroyed ..." joins the clash told five sentences before: the toll after it is its dead
    body = (
        "Government troops clashed with militants in the city of Deir Ezzor on Monday." + _ASIDE + " Meanwhile army"
        " units destroyed a weapons depot of the militants in Deir Ezzor. Dozens of them were killed."
    )
    assert _fatalities(body, gazetteer) == [("armed-clash@0", 12)]


def test_a_toll_after_the_attack_referred_to_does_not_reach_back(gazetteer: Gazetteer) -> None:
    # "The clashes in Deir Ezzor were fierce" speaks of the clash without telling it again: the window is not moved
    body = (
        "Government troops clashed with militants in the city of Deir Ezzor on Monday." + _ASIDE + " The clashes in"
        " Deir Ezzor were fierce. Dozens of them were killed."
    )
    assert _fatalities(body, gazetteer) == []


def _attackers(body: str, gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Each engagement's attackers, by the engagement's key."""
    return {e.key: e.attackers for e in written(body, gazetteer).engagements}


def test_a_shelling_by_unnamed_terrorists_is_lent_no_attacker(gazetteer: Gazetteer) -> None:
    # "launched by terrorists" says someone the gazetteer cannot name did it: Nusra, named for Nubl, is not lent
    body = (
        "Two people were killed in a rocket attack launched by terrorists on the town of Tal Rifaat. Jabhat al-Nusra"
        " fighters fired rocket shells at the town of Nubl on Monday."
    )
    assert _attackers(body, gazetteer) == {"shelling@0": (), "shelling@92": ("actor/al-nusra-front",)}


def test_an_attacker_named_in_a_roundups_next_item_is_not_lent_back(gazetteer: Gazetteer) -> None:
    # "Homs Meanwhile": the place heading of a roundup's next item opens another scene; IS fired on Um al-Serj only
    body = (
        "Rocket attacks killed six people in the Midan neighborhood of Aleppo on Thursday. Homs Meanwhile two civilians"
        " were killed as ISIS terrorists fired rocket shells on the village of Um al-Serj east of Homs."
    )
    assert _attackers(body, gazetteer) == {"shelling@0": (), "shelling@82": ("actor/islamic-state",)}


def test_an_attacker_named_before_the_turn_is_still_lent_to_the_scene_after_it(gazetteer: Gazetteer) -> None:
    # the air war of the article goes on after "Meanwhile": the regime named for Aleppo is lent to Idlib's strikes
    body = (
        "Regime warplanes struck the Midan neighborhood of Aleppo on Thursday killing six people. Meanwhile in Idlib"
        " province three children were killed in air strikes on the town of Saraqib."
    )
    lent = _attackers(body, gazetteer)
    assert len(lent) == 2 and all(lent.values())


@pytest.mark.parametrize(
    ("opening", "turns"),
    [
        ("Homs Meanwhile two civilians were killed", True),  # a roundup item's place heading
        ("Deir Ezzor Elsewhere army units destroyed", True),
        ("Rebels meanwhile shelled the town", False),  # a subject, lower-case "meanwhile": the story goes on
        ("The army meanwhile advanced", False),
    ],
)
def test_a_place_heading_before_meanwhile_opens_another_scene(opening: str, turns: bool) -> None:
    assert (NEW_SCENE.match(opening) is not None) is turns


def test_one_of_the_airstrikes_is_an_event_of_its_own(gazetteer: Gazetteer) -> None:
    # a part of the bombardment the lead told over the province, told at a town of its own: two engagements
    body = (
        "Regime warplanes intensified their bombardment of northern Homs province on Thursday. Activists said one of"
        " the airstrikes targeted the town of Talbiseh killing nine civilians."
    )
    assert len(extract(Article("test", "t", body), gazetteer).engagements) == 2


def test_one_of_the_shells_is_a_munition_of_the_shelling_told(gazetteer: Gazetteer) -> None:
    body = (
        "Rebels fired mortar shells at the town of al-Fuaa on Friday injuring two people. One of the shells landed on"
        " the town's mosque causing material damage."
    )
    assert len(extract(Article("test", "t", body), gazetteer).engagements) == 1
