"""A review of the twenty-second session's first-round rules (helper review11): sentences written for the review that
each rule must not fire on, or must read rightly. Every text here was written for the test."""

from __future__ import annotations

import pytest
from detection import actor_mentions, read_engagements

from bench.adversarial import AIR_HYPHEN_TEXTS, DRONE_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.engagement_types import AIR_CONTEXT
from loaders.gazetteer import Gazetteer
from loaders.targeted_with_means import means_roles
from tests.written import written


def _local_places(body: str, gazetteer: Gazetteer) -> set[str]:
    """The local (unlinked) place keys of a one-paragraph article with a title line."""
    x = written(body, gazetteer, titled=True)
    return {m.key for m in x.mentions if m.kind == "place" and m.key.startswith("place/local/")}


# --- the drone trigger (engagement_triggers, outlets3) --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said drones hit by their fire crashed near Idlib on Monday.",  # a participle, the drones were hit
        "Drones shelled by the army crashed in Idlib.",
        "Two drones targeted by air defences fell near Hmeimim.",
        "The drone struck by a missile came down near Latakia.",
    ],
)
def test_a_drone_hit_by_something_is_no_drone_striking(text: str) -> None:
    assert not [m.group(0) for m in trigger_matches(text) if m.group(0).lower().startswith("drone")]


def test_a_drone_hit_by_fire_tells_no_air_strike(gazetteer: Gazetteer) -> None:
    assert read_engagements("Rebels said drones hit by their fire crashed near Idlib on Monday.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a car near Idlib on Monday.",
        "Drones on Monday night struck a base near Raqqa.",
        "The drones also killed two fighters by the river.",  # "by" after the object, not the verb's agent
        "A drone last week targeted a commander near Idlib.",
    ],
)
def test_a_drone_striking_is_still_a_trigger(text: str) -> None:
    assert [m.group(0) for m in trigger_matches(text) if m.group(0).lower().startswith("drone")]


# --- the weapon inside a verb of targeting (targeted_with_means, outlets3) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a side named in "by <its weapon>": the agent of a participle, its subject the one hit (comma-less)
        "The Kurdish forces targeted by IS rocket shells the regime said were near Hasakah.",
        "The YPG positions targeted by IS mortars the regime reported lay near Hasakah.",
        "Kurdish fighters targeted by heavy IS shells the regime said withdrew.",
    ],
)
def test_a_side_named_with_the_weapon_after_by_is_an_agent(text: str) -> None:
    actors = actor_mentions(
        text,
        ("Kurdish forces", "actor/ypg"),
        ("YPG", "actor/ypg"),
        ("Kurdish fighters", "actor/ypg"),
        ("IS", "actor/islamic-state"),
        ("regime", "actor/baathist-syria"),
    )
    for at in range(len(text)):
        assert means_roles(text, 0, at, actors) is None


def test_the_weapon_inside_the_verb_with_no_side_named_in_it_still_reads_the_roles() -> None:
    text = "IS targeted by mortar shells the regime positions in Kafr Zita."
    actors = actor_mentions(text, ("IS", "actor/islamic-state"), ("regime", "actor/baathist-syria"))
    assert means_roles(text, 0, text.index("targeted"), actors) == (("actor/islamic-state",), ("actor/baathist-syria",))


def test_a_side_named_in_by_its_weapon_keeps_the_passive_reading(gazetteer: Gazetteer) -> None:
    body = "The Kurdish forces targeted by IS rocket shells the regime said were near Hasakah."
    assert read_engagements(body, gazetteer) == [("shelling", ["al-hasakah"], ["islamic-state"], [])]


# --- "similar bombing" (similar_attacks, outlets3) ------------------------------------------------------------------

_BEFORE = "The regime forces shelled the town of Talbiseh in Homs countryside on Monday, killing two children. "


@pytest.mark.parametrize(
    "tail",
    [
        "Meanwhile, similar bombing did not occur in Houla, activists said.",
        "Meanwhile, similar bombing has not been reported in Houla, activists said.",
        "Meanwhile, similar bombing was not seen in Houla, activists said.",
    ],
)
def test_a_similar_bombing_denied_tells_none(tail: str, gazetteer: Gazetteer) -> None:
    assert [e for e in read_engagements(_BEFORE + tail, gazetteer) if "houla" in e[1]] == []


# --- a compound name after a locative (unlinked_names.compound_names; the title-cased article, outplace8) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck in Omar Al-Shishani hideout near Raqqa.",
        "Warplanes struck near Khaled Al-Hamad farm in Hama countryside.",
        "Warplanes struck at Bashar Al-Jaafari residence, the envoy said.",
        "The rebels clashed in Mohammed Al-Jolani presence near Idlib.",
        "Clashes erupted near Ali Al-Hassan house in the village of Kafr Zita.",
        "Warplanes struck near Khaled al-Hamad farm in Hama countryside.",  # the article in lower case too
    ],
)
def test_a_given_name_and_a_surname_after_a_locative_is_no_place(text: str, gazetteer: Gazetteer) -> None:
    assert _local_places(text, gazetteer) == set()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Warplanes struck in Tal Al-Eis near Aleppo.", "place/local/tal-al-eis"),
        ("Clashes erupted in Wadi Al-Deif near Maarat al-Numan.", "place/local/wadi-al-deif"),
        ("Warplanes struck in Karam Al-Luz near Homs.", "place/local/karam-al-luz"),
    ],
)
def test_a_feature_and_a_name_after_a_locative_is_still_a_place(text: str, key: str, gazetteer: Gazetteer) -> None:
    assert key in _local_places(text, gazetteer)


@pytest.mark.parametrize(("text", "count"), list(zip(DRONE_TEXTS, [0, 0, 0], strict=True)))
def test_the_drone_trigger_reads_adversarial_text(text: str, count: int) -> None:
    # no drone hit by anything, no time run with no verb after it, no bare drones; timed by make bench-patterns
    assert len(trigger_matches(text)) == count


# --- a ground site named for the air (engagement_types.AIR_CONTEXT, outlets3) ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Rebels attacked an air-defense base southwest of Aleppo on Friday.",
        "Rebels attacked the air-defence battalion near Aleppo.",
    ],
)
def test_a_hyphened_air_defence_site_is_no_air_strike(body: str, gazetteer: Gazetteer) -> None:
    assert [e[:3] for e in read_engagements(body, gazetteer)] == [("armed-clash", ["aleppo"], ["syrian-rebels"])]


def test_a_hyphened_air_strike_is_still_air_context() -> None:
    assert AIR_CONTEXT.search("Russian air-strikes hit the town") is not None
    assert AIR_CONTEXT.search("an air-defence base") is None


@pytest.mark.parametrize(("text", "count"), list(zip(AIR_HYPHEN_TEXTS, [1, 1000, 334], strict=True)))
def test_air_context_reads_adversarial_hyphened_text(text: str, count: int) -> None:
    # "air-defence" is no air context (the one found is the cut word at the end), a bare "air-" is, and "air-force-base"
    # too (no space after "force"); timed by make bench-patterns
    assert len(AIR_CONTEXT.findall(text)) == count
