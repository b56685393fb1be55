"""Thirty-fourth session, helper outlets34: house phrasings of other outlets (written sentences, not corpus text)."""

from __future__ import annotations

import pytest
from detection import read_engagements

from bench.adversarial import (
    CLEARED34_TEXTS,
    OPERATION34_TEXTS,
    OUTLETS34_TEXTS,
    OWNED34_TEXTS,
    SLASH34_TEXTS,
    STRUCK34_TEXTS,
)
from loaders.between_sides import _ONE_SIDE_THEN_AGAINST
from loaders.engagement_roles import _OWNED_NOUN
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _JOINED_BACK
from loaders.truce_made import TRUCE_MADE


def test_sides_told_on_one_side_and_on_the_other_are_parted_there(gazetteer: Gazetteer) -> None:
    text = (
        "Violent clashes took place between the regime forces and loyal gunmen on one side, and the Islamic State "
        "on the other side, in the city of Palmyra, the monitor said."
    )
    assert read_engagements(text, gazetteer) == [("armed-clash", ["palmyra"], ["syrian-arab-army"], ["islamic-state"])]


def test_allies_before_on_one_side_stay_one_side(gazetteer: Gazetteer) -> None:
    # "and" inside the first side joins allies; "on one side and" parts them from the foe
    text = (
        "Clashes between Hezbollah and the regime forces on one side and Jabhat al-Nusra on the other raged in "
        "Zabadani."
    )
    [(kind, _, attackers, targets)] = read_engagements(text, gazetteer)
    assert kind == "armed-clash"
    assert sorted(attackers) == ["hezbollah", "syrian-arab-army"]
    assert targets == ["al-nusra-front"]


def test_plain_between_a_and_b_is_read_as_before(gazetteer: Gazetteer) -> None:
    text = "Clashes broke out between the SDF and ISIS in Hajin, killing four fighters."
    assert read_engagements(text, gazetteer) == [
        ("armed-clash", ["hajin"], ["syrian-democratic-forces"], ["islamic-state"])
    ]


def test_talks_between_sides_on_one_side_and_the_other_are_no_fight(gazetteer: Gazetteer) -> None:
    text = (
        "Clashes broke out between the SDF and ISIS in Hajin, killing four fighters. Talks between Turkey on one "
        "side and Russia on the other were held in Sochi."
    )
    assert read_engagements(text, gazetteer) == [
        ("armed-clash", ["hajin"], ["syrian-democratic-forces"], ["islamic-state"])
    ]


def test_one_side_pattern_reads_adversarial_text() -> None:
    # matched once, at the text's start, as find_roles reads it (timed so by make bench-patterns): no "and" follows
    assert [_ONE_SIDE_THEN_AGAINST.match(text) for text in OUTLETS34_TEXTS] == [None] * 3


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish occupation army and its mercenaries shelled the village of Tal Rifaat.",
        "Turkish occupation forces shelled the villages of Shera district with heavy artillery.",
    ],
)
def test_the_kurdish_outlets_turkish_occupation_army_is_the_turkish_army(gazetteer: Gazetteer, text: str) -> None:
    [(kind, _, attackers, _)] = read_engagements(text, gazetteer)
    assert (kind, attackers) == ("shelling", ["turkish-armed-forces"])


def test_the_turkish_occupation_named_as_a_state_of_affairs_is_no_actor(gazetteer: Gazetteer) -> None:
    # only the army's names ("occupation army", "occupation forces") are aliases, not "the Turkish occupation of Afrin"
    text = "The Turkish army shelled Tal Rifaat. The Turkish occupation of Afrin entered its second year."
    assert read_engagements(text, gazetteer) == [("shelling", ["tell-rifaat"], ["turkish-armed-forces"], [])]
    assert gazetteer.lookup("Turkish occupation", "actor") is None


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Russian jets struck rebel positions in the Idlib de-escalation zone.",
            ("air-strike", ["idlib"], ["russian-aerospace-forces", "russia"], ["syrian-rebels"]),
        ),
        (
            "The Russian Aerospace Forces struck militants of Jabhat al-Nusra in the Idlib de-escalation zone.",
            ("air-strike", ["idlib"], ["russian-aerospace-forces", "russia"], ["al-nusra-front"]),
        ),
    ],
)
def test_a_strike_in_a_zone_only_named_makes_no_truce(
    gazetteer: Gazetteer, text: str, reading: tuple[str, list[str], list[str], list[str]]
) -> None:
    # the strike is read, and "struck" no longer makes the zone it fell in a ceasefire agreed
    assert read_engagements(text, gazetteer) == [reading]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Turkey struck a deal on a de-escalation zone in Idlib.",
        "A ceasefire deal was struck between the rebels and the army in Daraa.",
        "Rebels and the regime struck a truce in the town of Madaya.",
    ],
)
def test_a_deal_struck_is_still_a_truce_made(gazetteer: Gazetteer, text: str) -> None:
    assert [kind for kind, *_ in read_engagements(text, gazetteer)] == ["ceasefire"]


def test_struck_pattern_reads_adversarial_text() -> None:
    # searched over the whole text, as the truce guard reads it (timed so by make bench-patterns): no deal struck
    assert [TRUCE_MADE.search(text) for text in STRUCK34_TEXTS] == [None] * 3


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Fighter jets of the Russian Aerospace Forces struck ISIS positions near Mayadin.",
            ("air-strike", ["mayadin"], ["russian-aerospace-forces", "russia"], ["islamic-state"]),
        ),
        (
            "Long-range bombers of the Russian Aerospace Forces struck ISIS targets in Deir ez-Zor.",
            ("air-strike", ["deir-ez-zor"], ["russian-aerospace-forces", "russia"], ["islamic-state"]),
        ),
    ],
)
def test_the_owner_of_aircraft_told_with_of_strikes(
    gazetteer: Gazetteer, text: str, reading: tuple[str, list[str], list[str], list[str]]
) -> None:
    assert read_engagements(text, gazetteer) == [reading]


def test_a_strike_of_a_place_is_still_no_owner() -> None:
    # only aircraft words and the strike nouns own their "of X": not a place or a people hit
    assert _OWNED_NOUN.fullmatch("fighter jets")
    assert _OWNED_NOUN.fullmatch("Su-34 bombers")
    assert _OWNED_NOUN.fullmatch("shelling") is None
    assert _OWNED_NOUN.fullmatch("bombardment") is None


def test_owned_noun_pattern_reads_adversarial_text() -> None:
    # fullmatched as find_roles reads a trigger (timed so by make bench-patterns): no run is one trigger
    assert [_OWNED_NOUN.fullmatch(text) for text in OWNED34_TEXTS] == [None] * 3


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Army units carried out intensive operations against the positions of Daesh terrorists in the "
            "countryside of Deir Ezzor.",
            ("armed-clash", ["deir-ez-zor-governorate"], ["syrian-arab-army"], ["islamic-state"]),
        ),
        (
            "YPJ fighters carried out an operation against ISIS cells in the countryside of Deir ez-Zor.",
            ("armed-clash", ["deir-ez-zor-governorate"], ["womens-protection-units"], ["islamic-state"]),
        ),
    ],
)
def test_an_operation_carried_out_against_armed_men_is_a_fight(
    gazetteer: Gazetteer, text: str, reading: tuple[str, list[str], list[str], list[str]]
) -> None:
    assert read_engagements(text, gazetteer) == [reading]


def test_an_operation_against_no_armed_side_is_none(gazetteer: Gazetteer) -> None:
    text = (
        "Police carried out an operation against drug smugglers in Daraa. Rescue teams carried out operations against "
        "the clock in Aleppo. Army units carried out operations against Daesh positions in al-Sukhnah."
    )
    assert read_engagements(text, gazetteer) == [
        ("armed-clash", ["as-sukhnah"], ["syrian-arab-army"], ["islamic-state"])
    ]


def test_operation_against_pattern_reads_adversarial_text() -> None:
    # scanned as the trigger reader scans a sentence (timed so by make bench-patterns): no armed noun, no trigger
    assert [len(trigger_matches(text)) for text in OPERATION34_TEXTS] == [0, 0, 0]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "YPG/YPJ fighters clashed with ISIS in Raqqa.",
            ("armed-clash", ["raqqa"], ["peoples-protection-units", "womens-protection-units"], ["islamic-state"]),
        ),
        (
            "YPG/PKK terrorists shelled the town of Azaz.",
            ("shelling", ["azaz"], ["peoples-protection-units", "kurdistan-workers-party"], []),
        ),
    ],
)
def test_a_slash_joins_two_groups_names_as_one_side(
    gazetteer: Gazetteer, text: str, reading: tuple[str, list[str], list[str], list[str]]
) -> None:
    assert read_engagements(text, gazetteer) == [reading]


def test_a_slash_joins_only_names_that_touch_it(gazetteer: Gazetteer) -> None:
    # the speaker named before the slashed pair stays out of it, and a slash in a date joins nothing
    text = "ISIS said YPG/YPJ fighters clashed with its men in Raqqa."
    [(_, _, attackers, _)] = read_engagements(text, gazetteer)
    assert attackers == ["peoples-protection-units", "womens-protection-units"]
    text = "The SDF clashed with ISIS in Raqqa on 12/6, the Observatory said."
    assert read_engagements(text, gazetteer) == [
        ("armed-clash", ["raqqa"], ["syrian-democratic-forces"], ["islamic-state"])
    ]


def test_joined_back_pattern_reads_adversarial_text() -> None:
    # fullmatched on the gap between two names (timed so by make bench-patterns): a run is never one joiner
    assert [_JOINED_BACK.fullmatch(text) for text in SLASH34_TEXTS] == [None] * 3


def test_the_tiger_forces_are_the_syrian_army(gazetteer: Gazetteer) -> None:
    text = "The Tiger Forces liberated several villages in the northern countryside of Hama."
    assert read_engagements(text, gazetteer) == [
        ("government-regains-territory", ["hama-governorate"], ["syrian-arab-army"], [])
    ]


def test_the_tiger_forces_named_in_a_plan_tell_no_event(gazetteer: Gazetteer) -> None:
    text = (
        "Jihadist rebels attacked Tiger Forces positions near Kafr Nabudah. The Tiger Forces are expected to lead the "
        "offensive on Idlib in the coming weeks."
    )
    assert read_engagements(text, gazetteer) == [
        ("armed-clash", ["kafr-nabudah"], ["syrian-rebels"], ["syrian-arab-army"])
    ]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Army units cleared the area of the remaining ISIS militants in the eastern countryside of Homs.",
            ("government-regains-territory", ["homs-governorate"], ["syrian-arab-army"], ["islamic-state"]),
        ),
        (
            "SDF fighters cleared the village of al-Baghuz of ISIS.",
            ("non-state-actor-overtakes-territory", ["baghuz"], ["syrian-democratic-forces"], ["islamic-state"]),
        ),
    ],
)
def test_ground_cleared_of_armed_men_is_taken(
    gazetteer: Gazetteer, text: str, reading: tuple[str, list[str], list[str], list[str]]
) -> None:
    assert read_engagements(text, gazetteer) == [reading]


def test_cleared_of_no_armed_men_is_no_ground_taken(gazetteer: Gazetteer) -> None:
    text = (
        "SDF fighters cleared the village of al-Baghuz of ISIS. The officer was cleared of all charges in Damascus. "
        "Engineering units cleared the road of mines left by the terrorists in Palmyra."
    )
    # (the village's key may differ once other places are named: compare the rest)
    found = [(kind, attackers, targets) for kind, _, attackers, targets in read_engagements(text, gazetteer)]
    assert found == [("non-state-actor-overtakes-territory", ["syrian-democratic-forces"], ["islamic-state"])]


def test_cleared_of_pattern_reads_adversarial_text() -> None:
    # scanned as the trigger reader scans a sentence (timed so by make bench-patterns): no armed noun, no trigger
    assert [len(trigger_matches(text)) for text in CLEARED34_TEXTS] == [0, 0, 0]
