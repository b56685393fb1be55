"""Other outlets' English, a third sample (twenty-second session, helper outlets3): the weapon inside a verb of
targeting, a chained clause with a passive verb of its own, aircraft named as the agent of a shelling. The texts are
written for the tests, in the style of the Syrian Observatory's English reports."""

from __future__ import annotations

import pytest
from detection import actor_mentions, read_engagements

from bench.adversarial import AIR_SITE_TEXTS, OUTLETS3_TEXTS, SIMILAR_TEXTS
from loaders.aircraft_named import _BY_AIRCRAFT, told_by_aircraft
from loaders.chained_clauses import _OWN_PASSIVE, own_verb_first
from loaders.engagement_triggers import trigger_matches
from loaders.engagement_types import AIR_CONTEXT
from loaders.gazetteer import Gazetteer
from loaders.scene_merges import _BY_THE
from loaders.similar_attacks import _SIMILAR_BOMBING
from loaders.targeted_with_means import _OBJECT_GAP, _TARGETED, _USED_TO_TARGET, means_roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the weapon between the verb and its object, "by" as in a passive
            "IS targeted by mortar shells the regime positions in the village of Kafr Zita in the countryside of Hama.",
            [("shelling", ["kafr-zita"], ["islamic-state"], ["baathist-syria"])],
        ),
        (  # the object before the weapon: the object's owner was hit, not the one who fired
            "Jaish al-Islam targeted regime forces positions using rocket shells near Harasta in the Eastern Ghouta.",
            [("shelling", ["harasta", "eastern-ghouta"], ["jaysh-al-islam"], ["syrian-arab-army"])],
        ),
        (  # "used <weapon> to target <object>"
            "The Nusra Front used several mortar shells to target positions of the regime forces in the town of"
            " Mhardeh.",
            [("shelling", ["mhardeh"], ["al-nusra-front"], ["syrian-arab-army"])],
        ),
        (  # a gun between the verb and its object
            "Hezbollah targeted using heavy machineguns positions of the rebels near Zabadani.",
            [("armed-clash", ["al-zabadani"], ["hezbollah"], ["syrian-rebels"])],
        ),
    ],
)
def test_the_weapon_inside_a_verb_of_targeting_leaves_its_subject_the_attacker(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a passive: its subject was hit (other readings decide the sides)
        "The regime positions were targeted by mortar shells in Kafr Zita.",
        # a passive with an adverb between ("just", as `clauses.PASSIVE_BEFORE` reads it); the owner after the weapon
        # is the relative clause's subject
        "IS were just targeted by mortar shells the regime fired at Kafr Zita.",
        # a participle with no object after the weapon
        "The regime positions targeted by rocket shells in Kafr Zita were damaged, IS said.",
        # "by" names an agent, not a weapon
        "The regime positions targeted by IS fighters in Kafr Zita were damaged.",
        # "with" names no weapon; the phrase does not run on past a preposition to one
        "IS targeted the regime with sanctions after the shelling of Kafr Zita.",
        # "used" something that is no weapon
        "IS used the road to target the regime positions in Kafr Zita.",
        # the noun "targets", not the verb
        "IS hit targets with rocket fire the regime said in Kafr Zita.",
        # the weapon's phrase ends at a comma before any owner
        "IS targeted by mortar shells, the regime said, areas in Kafr Zita.",
    ],
)
def test_near_misses_of_the_weapon_inside_a_verb_of_targeting_read_nothing(text: str) -> None:
    actors = actor_mentions(text, ("IS", "actor/islamic-state"), ("regime", "actor/baathist-syria"))
    for at in range(len(text)):
        assert means_roles(text, 0, at, actors) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # ", also <place> were shelled": the place is the passive's subject, the clause a scene of its own
            "Helicopters dropped barrel bombs on Kafr Zita in the countryside of Hama, also areas in the town of"
            " Latamneh in the countryside of Hama were shelled by the regime forces.",
            [("air-strike", ["kafr-zita"], [], []), ("shelling", ["al-lataminah"], ["syrian-arab-army"], [])],
        ),
        (  # ", while two were killed in <place> after shelling": the toll's clause names its place first
            "Warplanes bombed Saraqib in the countryside of Idlib, while two citizens were killed in Binnish in the"
            " countryside of Idlib after shelling by the regime forces.",
            [("air-strike", ["saraqib"], [], []), ("shelling", ["binnish"], ["syrian-arab-army"], [])],
        ),
    ],
)
def test_a_chained_clause_with_its_own_passive_verb_keeps_the_place_named_before_its_trigger(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "also areas in Latamneh and the shelling",  # no verb of its own
        "while the shelling of Latamneh",  # a noun
        "also 4 people killed in Latamneh",  # a participle with no auxiliary
        "while the regime forces were shelling",  # the progressive is active
        "while warplanes bombed Latamneh",  # active
        "also it was said that shelling",  # "said" is no -ed participle of a deed
    ],
)
def test_a_chained_clause_without_a_passive_verb_of_its_own_is_not_read_as_one(clause: str) -> None:
    assert not own_verb_first(clause, 0, len(clause))


def test_a_chained_clause_still_needs_its_comma(gazetteer: Gazetteer) -> None:
    # no comma before "also": one clause, as before (the passive verb alone opens nothing)
    body = (
        "Helicopters dropped barrel bombs on Kafr Zita and areas in Latamneh in the countryside of Hama were also"
        " shelled by helicopters."
    )
    assert [e[:2] for e in read_engagements(body, gazetteer)] == [("air-strike", ["kafr-zita", "al-lataminah"])]


def test_a_shelling_by_aircraft_is_a_strike_told_with_its_aircraft(gazetteer: Gazetteer) -> None:
    body = "Areas in the town of Latamneh in the countryside of Hama were shelled by helicopters."
    assert read_engagements(body, gazetteer) == [("air-strike", ["al-lataminah"], [], [])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a shelling by ground forces stays one
        (
            "Areas in the town of Latamneh in the countryside of Hama were shelled by the regime forces.",
            [("shelling", ["al-lataminah"], ["syrian-arab-army"], [])],
        ),
        # aircraft in another clause, not the shelling's agent
        (
            "Areas in Latamneh were shelled by the regime forces, and helicopters dropped barrel bombs on Kafr Zita.",
            [("shelling", ["al-lataminah"], ["syrian-arab-army"], []), ("air-strike", ["kafr-zita"], [], [])],
        ),
    ],
)
def test_a_shelling_not_by_aircraft_stays_a_shelling(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Latamneh was shelled by artillery near the helicopters' base.",  # the aircraft are no agent
        "Latamneh was hit by a helicopter crash.",  # an aircraft named, nothing flown at the town
        "A strike by rebels on the helicopters' base.",  # the aircraft were hit
        "Shelling by the regime forces on Latamneh.",  # ground forces
        "Helicopters were shelled by the rebels at the airport.",  # the aircraft were the target
    ],
)
def test_near_misses_of_aircraft_as_the_agent_read_nothing(text: str) -> None:
    assert not told_by_aircraft(text, 0, len(text))
    assert _BY_THE.fullmatch(" near the helicopters' base ") is None


@pytest.mark.parametrize(
    ("text", "targeted", "used", "gap", "own", "by_aircraft"),
    list(
        zip(
            OUTLETS3_TEXTS,
            [0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 0],
            ["", "", "", "", "", ""],
            [None, None, None, None, "were shelled", None],
            [None, None, None, None, None, None],
            strict=True,
        )
    ),
)
def test_the_outlets3_patterns_read_adversarial_text(
    text: str, targeted: int, used: int, gap: str, own: str | None, by_aircraft: str | None
) -> None:
    # runs of the phrases' words with no weapon or no aircraft match nothing; speed is timed by make bench-patterns
    assert len(list(_TARGETED.finditer(text))) == targeted
    assert len(list(_USED_TO_TARGET.finditer(text))) == used
    match = _OBJECT_GAP.match(text)
    assert match is not None and match.group() == gap
    own_match = _OWN_PASSIVE.search(text)
    assert (own_match.group() if own_match else None) == own
    aircraft = _BY_AIRCRAFT.search(text)
    assert (aircraft.group() if aircraft else None) == by_aircraft
    assert _BY_THE.fullmatch(text) is None


def test_a_drone_that_killed_is_an_air_strike(gazetteer: Gazetteer) -> None:
    # the drone as the subject of the killing, its time between (was a clash by the drone's owner)
    body = "A Turkish drone on Thursday evening killed four fighters in the village of Haram Shaykhu near Qamishli."
    assert [e[:3] for e in read_engagements(body, gazetteer)] == [
        ("air-strike", ["haram-shaykhu", "al-qamishli"], ["turkish-armed-forces", "turkey"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A US drone was in the area when the convoy was attacked.",  # a drone present, not striking
        "Earlier this month a drone attack killed a commander.",  # "attack" is the trigger, not the drone
        "The rebels shot down a drone near Hama.",  # the drone was hit
        "Drones flew over the town on Monday.",  # flown, nothing struck
        "The drone footage showed the damage in the town.",  # a camera
        "The drone will strike again, the rebels said.",  # a future
    ],
)
def test_near_misses_of_a_drone_striking_are_no_drone_trigger(text: str) -> None:
    assert not [m.group(0) for m in trigger_matches(text) if m.group(0).lower().startswith("drone")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a ground site named for the air is no air strike (each was one)
        (
            "Opposition forces attacked an air defense base southwest of Aleppo on Friday.",
            [("armed-clash", ["aleppo"], ["syrian-rebels"], [])],
        ),
        (
            "Rebels attacked the Kweiris air base east of Aleppo on Friday.",
            [("armed-clash", ["kweiris-air-base", "aleppo"], ["syrian-rebels"], [])],
        ),
        (
            "The regime attacked Tal Rifaat with air defence guns on Friday.",
            [("armed-clash", ["tell-rifaat"], ["baathist-syria"], [])],
        ),
    ],
)
def test_an_attack_on_an_air_base_is_no_air_strike(
    body: str, expected: list[tuple[str, list[str], list[str], list[str]]], gazetteer: Gazetteer
) -> None:
    assert read_engagements(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Warplanes attacked the air base east of Aleppo on Friday.",  # aircraft named: flown
        "Regime jets struck an air defence base held by rebels near Aleppo on Friday.",  # jets
        "Rebels attacked the town of Tal Rifaat from the air on Friday.",  # from the air
        "Russian air strikes hit an air defence base near Aleppo on Friday.",  # an air strike named
        "The air force attacked the town of Tal Rifaat on Friday.",  # the air force itself
    ],
)
def test_near_misses_of_an_air_base_stay_air_strikes(body: str, gazetteer: Gazetteer) -> None:
    assert [e[0] for e in read_engagements(body, gazetteer)] == ["air-strike"]


@pytest.mark.parametrize(("text", "count"), list(zip(AIR_SITE_TEXTS, [1250, 500, 228], strict=True)))
def test_air_context_reads_adversarial_text(text: str, count: int) -> None:
    # every bare "air" and "air force" is air context, no "air" before "defence"; timed by make bench-patterns
    assert len(AIR_CONTEXT.findall(text)) == count


_BEFORE = "The regime forces shelled the town of Talbiseh in Homs countryside on Monday, killing two children. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the kind and the doer of the bombardment told before
            _BEFORE + "Meanwhile, similar bombing targeted the town of Houla in Homs province, activists said.",
            ("shelling", ["houla"], ["syrian-arab-army"]),
        ),
        (  # an air strike before: an air strike again
            "Russian warplanes bombed the town of Talbiseh in Homs countryside on Monday, killing two children."
            " Meanwhile, similar bombing targeted the town of Houla in Homs province, activists said.",
            ("air-strike", ["houla"], ["russian-aerospace-forces", "russia"]),
        ),
    ],
)
def test_similar_bombing_takes_the_kind_and_doer_of_the_bombardment_before(
    body: str, expected: tuple[str, list[str], list[str]], gazetteer: Gazetteer
) -> None:
    assert [e[:3] for e in read_engagements(body, gazetteer) if "houla" in e[1]] == [expected]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # "similar" opens no clause: a fear, and a bombing only feared is none (twenty-third session, precision23's
        # `spoken_of._FEAR_VERB`; it read an air strike before)
        ("Residents fear similar bombing in Houla, activists said.", []),
        # a deed told as history, its doer named: no engagement (twenty-seventh session, fp27's `past_deeds`; it read a
        # bombing before)
        ("IS has carried out similar bombing in Houla in the past.", []),
        # the same deed with its day is one bombing, its doer named
        ("IS carried out similar bombing in Houla on Tuesday.", [("remote-explosive", ["houla"])]),
        ("Meanwhile, a bombing targeted a mosque in Houla.", []),  # not told as similar
        ("Meanwhile, dissimilar bombing targeted Houla.", []),  # another word
        ("Meanwhile, similar bombings targeted Houla on Tuesday.", [("remote-explosive", ["houla"])]),  # plural
        ("Meanwhile, similar shelling targeted Houla.", [("shelling", ["houla"])]),  # a shelling is its own kind
    ],
)
def test_near_misses_of_similar_bombing_read_as_before(
    tail: str, expected: list[tuple[str, list[str]]], gazetteer: Gazetteer
) -> None:
    assert [e[:2] for e in read_engagements(_BEFORE + tail, gazetteer) if "houla" in e[1]] == expected


@pytest.mark.parametrize(("text", "found"), list(zip(SIMILAR_TEXTS, [", similar ", None, None], strict=True)))
def test_similar_bombing_pattern_reads_adversarial_text(text: str, found: str | None) -> None:
    # searched in the last 40 characters, as before a trigger (the second text ends inside a word, the third has no
    # comma or "meanwhile"); timed by make bench-patterns
    match = _SIMILAR_BOMBING.search(text, len(text) - 40, len(text))
    assert (match.group() if match else None) == found
