"""Two events folded into one, or one told as two: rules of the twentieth session (helper merges3)."""

from __future__ import annotations

import re
from datetime import date

from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Span
from loaders.report_places import around_a_town_told_near
from loaders.scene_merges import contrasted
from loaders.scenes import coordinated
from loaders.story_turns import NEW_SCENE
from loaders.told_before import more_dead
from tests.written import types_places as _engagements
from tests.written import written


def test_two_verbs_joined_by_and_tell_one_execution(gazetteer: Gazetteer) -> None:
    # "executed and crucified": one man, one deed told by two verbs; the province frames it, the town says where
    body = (
        "Islamic State militants killed four rebels near Manbij on Friday. Also in Aleppo province a fifth prisoner"
        " was executed and crucified in the town of al-Bab on Saturday."
    )
    found = _engagements(body, gazetteer)
    assert sum(1 for etype, _ in found if etype == "attack-on-civilians") == 1


def test_two_aircraft_joined_by_and_are_one_raid(gazetteer: Gazetteer) -> None:
    # the city before the first, a quarter after the second: one raid, not one at each
    body = "In Aleppo on Sunday government helicopters and warplanes struck the rebel-held Sukkari district."
    assert [etype for etype, _ in _engagements(body, gazetteer)] == ["air-strike"]


def test_only_a_bare_coordinator_joins_two_triggers() -> None:
    text = "jets bombed and shelled Douma, raided Harasta"
    assert coordinated(text, 11, 16)  # "bombed and shelled"
    assert not coordinated(text, 24, 38)  # "Douma, raided": a place of the first between them


def _dated_types(body: str, gazetteer: Gazetteer) -> list[str]:
    """The engagements' types of an article published on a Saturday (so "on Friday" is a day)."""
    x = written(body, gazetteer, published=date(2016, 8, 6))
    return [e.type for e in x.engagements]


def test_more_dead_in_an_attack_told_anew_are_another_engagement(gazetteer: Gazetteer) -> None:
    # "Three more civilians were killed ... in a barrel bomb attack": dead on top of those told, in an attack of its own
    body = (
        "Regime helicopters dropped barrel bombs on Aleppo on Friday killing eleven people. Three more civilians were"
        " killed on Friday evening in a barrel bomb attack by the regime."
    )
    assert _dated_types(body, gazetteer) == ["air-strike", "air-strike"]


def test_more_dead_in_the_attack_told_are_its_toll(gazetteer: Gazetteer) -> None:
    # "in the attack": the attack told before; the more dead count its toll
    body = (
        "Regime aircraft bombed the city of Aleppo on Friday killing eleven people. Three more people were killed in"
        " the air strike on Aleppo on Friday evening, rescuers said."
    )
    assert _dated_types(body, gazetteer) == ["air-strike"]


def test_more_dead_needs_a_count_before_the_trigger() -> None:
    text = "Another five people were killed in an air raid on the town"
    assert more_dead(text, re.search("air raid", text))
    text = "Five people were killed in an air raid on the town"
    assert not more_dead(text, re.search("air raid", text))


def test_a_side_named_in_a_later_item_is_not_lent_back(gazetteer: Gazetteer) -> None:
    # "Later Jabhat al-Nusra fighters shelled Nubl": a roundup's next item; who shelled there says nothing of Midan
    body = (
        "Shelling killed three people in the Midan district of Aleppo on Thursday. Later Jabhat al-Nusra fighters"
        " shelled the town of Nubl on Thursday killing two."
    )
    x = extract(Article("test", "t", body, published=date(2016, 8, 6)), gazetteer)
    assert [e.attackers for e in x.engagements] == [(), ("actor/al-nusra-front",)]


def test_later_opens_a_new_scene_but_lateral_does_not() -> None:
    assert NEW_SCENE.match("Later a military source said that army units destroyed a base")
    assert not NEW_SCENE.match("Lateral tunnels were found under the town")


def test_battles_set_against_a_taking_are_not_the_taking_told_before(gazetteer: Gazetteer) -> None:
    # "took Bashkuwi and Sifat while battles raged in Hardatain": the battles are another scene than the taking, which
    # joins the capture told before; they do not follow it there
    body = (
        "The Syrian army captured several villages north of Aleppo from insurgents on Tuesday a monitor said. The army"
        " also took the villages of Bashkuwi and Sifat while battles raged in Hardatain and Ratain."
    )
    x = extract(Article("test", "t", body, published=date(2015, 2, 18)), gazetteer)
    taking = next(e for e in x.engagements if e.type == "government-regains-territory")
    assert "place/local/hardatain" not in taking.places


def test_only_a_contrasted_scene_is_kept_apart() -> None:
    body = "Jets bombed Douma while rebels shelled Harasta. Jets bombed Douma and Harasta."
    assert contrasted(body, Span(0, 17), Span(0, 46))
    assert not contrasted(body, Span(47, 60), Span(47, 79))
    assert not contrasted(body, None, Span(0, 46))


def _places(body: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """Each engagement's places, of an article published on a Tuesday."""
    x = extract(Article("test", "t", body, published=date(2016, 9, 20)), gazetteer)
    return [e.places for e in x.engagements]


def test_the_raid_in_a_village_around_a_town_told_near_is_that_raid(gazetteer: Gazetteer) -> None:
    # "an aid convoy near Homs" ... "Monday's raid on the convoy ... in Talbiseh": told near the city, it happened in a
    # village around it
    body = (
        "The air raids that hit an aid convoy near Homs killed 12 people the Red Crescent said Tuesday. Mondays raid on"
        " the convoy destroyed ten trucks and a warehouse in Talbiseh in Homs province."
    )
    assert _places(body, gazetteer) == [("place/homs-421168647", "place/talbiseh-421178429")]


def test_a_raid_far_from_the_town_told_near_is_not_that_raid(gazetteer: Gazetteer) -> None:
    assert not around_a_town_told_near(["place/palmyra-421197935"], ["place/homs-421168647"], gazetteer)
    assert around_a_town_told_near(["place/talbiseh-421178429"], ["place/homs-421168647"], gazetteer)
    assert not around_a_town_told_near(["place/talbiseh-421178429"], [], gazetteer)
