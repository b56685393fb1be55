"""Events told without the extractor's usual trigger forms (twenty-third session, helper kills23): the infinitive of a
verb of attack after a verb of going on; munitions told by their flight ("missiles ... landed", "an explosive cylinder
launched by"); a killing claimed by name ("IS claimed the killing of a young man"); things hit at a place of their own
after a bombardment ("... were also hit in Hasakeh"). The texts are written for the tests."""

from __future__ import annotations

import pytest
from detection import Read, read_engagements

from bench.adversarial import FLIGHT_TEXTS, HIT_AT_TEXTS, KILLING_TEXTS, KILLS23_TEXTS
from loaders.bare_verbs import GONE_ON_TO
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from loaders.killed_people import _PEOPLE_AFTER, ONE_KILLING
from loaders.tolls_after import _HIT_AT


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The army continued to shell the besieged neighbourhoods of Homs on Saturday.",
            [("shelling", ["homs"], ["syrian-arab-army"], [])],
        ),
        (
            "Government forces began to bombard Daraya on Monday morning.",
            [("shelling", ["darayya"], ["syrian-arab-army"], [])],
        ),
        (
            "IS began to target army checkpoints in Raqqa on Monday.",
            [("armed-clash", ["raqqa"], ["islamic-state"], [])],
        ),
    ],
)
def test_an_infinitive_after_a_verb_of_going_on_is_an_act_done(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Rebels vowed to continue to shell Latakia.",  # a vow
        "Government forces will continue to shell Homs.",  # the future
        "The army did not continue to shell Homs after the truce.",  # negated
        "The army has promised to start to shell the rebel areas of Homs if talks fail.",  # a promise, a condition
        "Rebels threatened to kill the soldiers in Idlib.",  # a threat, no verb of going on
        "Rebels continued to storm out of the Geneva talks on Syria.",  # "storm out": leaving a room
        "Residents continued to flee the shelling of Homs, aid workers said.",  # no act of the subject
    ],
)
def test_an_infinitive_of_intent_or_in_another_sense_tells_no_engagement(body: str, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == []


def test_the_bare_verb_needs_a_verb_of_going_on_before_it() -> None:
    words = [m.group(0) for m in trigger_matches("The troops shell out money and went on to shell Homs.")]
    assert words == ["shell"]  # the second only: "troops shell out" is no verb after "went on to"
    assert GONE_ON_TO.search("the army continued to ") is not None
    assert GONE_ON_TO.search("the army wanted to ") is None


def test_verbs_of_going_on_read_adversarial_text() -> None:
    # timed by make bench-patterns: runs of the verbs with no trigger after them, or a trigger after each
    assert [GONE_ON_TO.search(text) for text in KILLS23_TEXTS] == [None] * 4
    assert [len(trigger_matches(text)) for text in KILLS23_TEXTS] == [0, 0, 333, 277]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two missiles launched by Jaish al-Islam landed on places in the Abbasiyin area of Damascus on Monday.",
            [("shelling", ["abbasiyin"], ["jaysh-al-islam"], [])],
        ),
        (  # the Observatory's inverted order: the verb of flight first
            "Also fell after midnight yesterday an explosive cylinder launched by the regime forces on an area in"
            " al-Waer neighbourhood.",
            [("shelling", ["waer"], ["syrian-arab-army"], [])],
        ),
        (
            "A projectile fired by IS landed near a school in Qamishli on Tuesday.",
            [("shelling", ["al-qamishli"], ["islamic-state"], [])],
        ),
        (
            "The rebels launched more than 50 propane explosive cylinders on Foua on Monday.",
            [("shelling", ["al-fu-ah"], ["syrian-rebels"], [])],
        ),
    ],
)
def test_a_munition_told_by_its_flight_is_a_shelling(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The missile fell short, according to a UN report on the Syrian chemical weapons programme.",  # no place hit
        "Oil prices fell in Damascus as Iran launched a rocket into space on Monday.",  # a launch, nothing landed
        "Russia delivered S-300 missiles to the army in Tartus on Monday.",  # missiles delivered, not fired
        "Iran launched a new campaign to sell gas cylinders in Damascus on Monday.",  # cylinders sold
        "The missiles that Hezbollah keeps in Qusayr fell into the hands of the rebels on Monday.",  # seized, not fired
    ],
)
def test_a_munition_not_in_flight_tells_no_shelling(body: str, gazetteer: Gazetteer) -> None:
    assert [t for t, *_ in read_engagements(body, gazetteer) if t == "shelling"] == []


def test_a_gas_cylinder_that_blew_up_is_no_shell() -> None:
    words = [m.group(0) for m in trigger_matches("A propane cylinder exploded in a kitchen in Damascus.")]
    assert words == ["exploded"]  # the blast's word alone: no cylinder launched or landing
    # a trigger of its own keeps its whole words: the agent after it is read from its end
    words = [m.group(0) for m in trigger_matches("A rocket attack launched by terrorists hit the town of Nubl.")]
    assert words == ["rocket attack"]


def test_munitions_in_flight_read_adversarial_text() -> None:
    # timed by make bench-patterns: munitions with no verb of flight after them, launch verbs with no cylinder
    assert [len(trigger_matches(text)) for text in FLIGHT_TEXTS] == [0, 0, 0, 0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the claimer did it; one man, no fighter's word: the unarmed
            "On Monday, IS claimed the killing of a young man in the town of al-Busayrah in Deir ez-Zor.",
            [("attack-on-civilians", ["al-busayrah"], ["islamic-state"], [])],
        ),
        (
            "On Monday, IS claimed the assassination of a civilian in the town of Thiban in Deir ez-Zor.",
            [("attack-on-civilians", ["dhiban"], ["islamic-state"], [])],
        ),
        (  # the noun of one killing, its victims counted, its killer after "by"
            "The killing of two activists by regime forces in Homs on Monday drew protests.",
            [("attack-on-civilians", ["homs"], ["syrian-arab-army"], [])],
        ),
        (  # one man killed by a side, as a count of people is
            "On Monday, IS killed a young man in the town of al-Busayrah in Deir ez-Zor.",
            [("attack-on-civilians", ["al-busayrah"], ["islamic-state"], [])],
        ),
        (  # a fighter killed is a clash, as before
            "IS claimed the killing of a soldier in Homs on Monday.",
            [("armed-clash", ["homs"], ["islamic-state"], [])],
        ),
    ],
)
def test_a_killing_claimed_or_named_is_the_claimers(body: str, expected: Read, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The killing of civilians in Homs must stop, the UN said.",  # a charge, no count
        "The names of the killed in Homs were published on Monday.",  # the dead
        "IS denied the killing of a young man in Raqqa on Monday.",  # denied
        "Assassination attempts on officials in Damascus have failed, a report said.",  # no killer, none killed
        "The army will avenge the killing of a man in Daraa, the governor said.",  # the future
        "A man killed in Homs on Monday was buried in Damascus.",  # the victim, no killer
    ],
)
def test_a_killing_denied_generic_or_unowned_tells_no_engagement(body: str, gazetteer: Gazetteer) -> None:
    assert read_engagements(body, gazetteer) == []


def test_one_killing_reads_adversarial_text() -> None:
    # timed by make bench-patterns: the noun with no count, singular victims' words with no noun
    assert [len(ONE_KILLING.findall(text)) for text in KILLING_TEXTS] == [0, 200, 0, 0]
    assert [len(list(_PEOPLE_AFTER.finditer(text))) for text in KILLING_TEXTS] == [0, 0, 0, 0]


def test_things_hit_at_a_place_of_their_own_continue_the_bombardment(gazetteer: Gazetteer) -> None:
    body = (
        "Coalition air raids on IS positions near Raqqa killed 35 fighters on Monday. IS facilities and vehicles were"
        " also hit in Hasakeh, reporters said."
    )
    assert read_engagements(body, gazetteer) == [
        ("air-strike", ["raqqa"], ["us-led-coalition"], ["islamic-state"]),
        ("air-strike", ["al-hasakah"], ["us-led-coalition"], []),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "A boy was hit in the leg by a sniper in Ariha, activists said.",  # a cause of its own
        "Trade was hit in Aleppo by the sanctions, a trader said.",  # another sense, a cause of its own
        # ("A hospital was hit in Ariha a week ago": a site hit with a time of its own is a report of its own since the
        # twenty-sixth session, `tests/test_remote26.py`)
        "Positions were also hit in Saraqib, activists said.",  # the same place as the strike: one report
        "Aid deliveries to Ariha were hit hard this winter, the UN said.",  # no place after "hit"
    ],
)
def test_hit_with_a_cause_a_time_or_a_place_of_the_strike_adds_no_report(second: str, gazetteer: Gazetteer) -> None:
    first = "Russian jets struck Saraqib on Monday. "
    assert [places for _, places, _, _ in read_engagements(first + second, gazetteer)] == [["saraqib"]]


def test_hit_at_reads_adversarial_text() -> None:
    # timed by make bench-patterns: auxiliaries with no "hit", "hit" with no preposition; the last reads its first
    assert [_HIT_AT.search(text) is not None for text in HIT_AT_TEXTS] == [False, False, False, True]
