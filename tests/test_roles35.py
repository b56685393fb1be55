"""Thirty-fifth session (helper roles35): engagements found with the right type but the wrong sides. Texts written for
the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import (
    ALLIANCE35_TEXTS,
    OWN_AIRCRAFT35_TEXTS,
    OWN_ALLIES35_TEXTS,
    OWN_PEOPLE35_TEXTS,
    REVIEW35C_OWN_TEXTS,
    _group,
)
from loaders.gazetteer import Gazetteer
from loaders.nearest_actors import _OWN_ALLIES_GAP
from loaders.own_aircraft import _OWN_AIRCRAFT
from loaders.owners_hit import _ARMED_OWN, _ON_OWN, _SAID_OWN_HIT, _SAID_THE
from loaders.the_alliance import _CALLED_ALLIANCE, _THE_ALLIANCE
from tests.written import types_sides

# --- a body that tells of its own people or place hit is the one hit ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # its own people, in the passive of harm
        (
            "The Turkish army said one of its soldiers was wounded in a roadside bomb near al-Bab on Sunday.",
            [("remote-explosive", (), ("actor/turkish-armed-forces",))],
        ),
        # its own place, the trigger the subject of what was said
        (
            "The White Helmets said a barrel bomb on one of their centres in Saraqeb killed three volunteers on Monday",
            [("air-strike", (), ("actor/white-helmets",))],
        ),
    ],
)
def test_a_body_that_tells_of_its_own_people_or_place_hit_is_the_target(
    body: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]], gazetteer: Gazetteer
) -> None:
    assert types_sides(body, gazetteer) == expected


@pytest.mark.parametrize(
    "body",
    [
        # its own troops did the shelling
        "The Turkish army said its troops shelled Kurdish positions near al-Bab on Sunday.",
        # the strike fell on another's place
        "The White Helmets said a barrel bomb on a hospital in Saraqeb killed three people on Monday.",
    ],
)
def test_a_body_that_tells_of_its_own_act_or_anothers_loss_is_no_target(body: str, gazetteer: Gazetteer) -> None:
    assert all(
        not {"actor/turkish-armed-forces", "actor/white-helmets"} & set(targets)
        for _, _, targets in types_sides(body, gazetteer)
    )


@pytest.mark.parametrize(
    "body",
    [
        "SANA said two of its soldiers were killed in a rebel attack on a checkpoint in Hama on Monday.",
        "The state news agency SANA said its troops were wounded by mortar fire in Daraa.",
    ],
)
def test_an_outlet_that_tells_of_its_soldiers_is_no_target(body: str, gazetteer: Gazetteer) -> None:
    """Review35c: a news outlet has no soldiers; "its soldiers" are the state's, never the outlet's own."""
    assert all("actor/sana" not in targets for _, _, targets in types_sides(body, gazetteer))


def test_the_speakers_own_hit_patterns_read_nothing_on_adversarial_input() -> None:
    assert [_SAID_OWN_HIT.fullmatch(text) for text in OWN_PEOPLE35_TEXTS] == [None] * len(OWN_PEOPLE35_TEXTS)
    assert [_SAID_THE.fullmatch(text) for text in OWN_PEOPLE35_TEXTS] == [None] * len(OWN_PEOPLE35_TEXTS)
    # the one text that opens on a thing owned is read up to its noun (a first word may be its modifier)
    assert [_group(_ON_OWN.match(text)) for text in OWN_PEOPLE35_TEXTS] == [
        None,
        None,
        " on one of their troops troops",
        None,
    ]


# --- the aircraft a possessive names as a state's or its leader's own are its air arm's ---

_SYRIAN_AIR = ("actor/syrian-arab-air-force", "actor/baathist-syria")


@pytest.mark.parametrize(
    "body",
    [
        # the leader's own aircraft, a sentence after another state was the subject
        "Turkey opened its border on Monday. Assad kept using his fighter jets to bomb the villages around Idlib.",
        "The rebels said Assad had used his helicopters to drop barrel bombs on Daraa.",
    ],
)
def test_a_leaders_own_aircraft_are_his_states_air_arm(body: str, gazetteer: Gazetteer) -> None:
    assert types_sides(body, gazetteer) == [("air-strike", _SYRIAN_AIR, ())]


def test_the_possessive_points_back_to_the_last_name_before_it(gazetteer: Gazetteer) -> None:
    body = "Assad asked the Russians for help and Moscow sent its warplanes to bomb Idlib."
    assert all("actor/syrian-arab-air-force" not in attackers for _, attackers, _ in types_sides(body, gazetteer))


def test_the_own_aircraft_pattern_reads_nothing_on_adversarial_input() -> None:
    # the one text with an aircraft noun after a possessive is read up to it
    assert [_group(_OWN_AIRCRAFT.match(text)) for text in OWN_AIRCRAFT35_TEXTS] == [
        None,
        " using his jet fighters",
        None,
        None,
    ]


# --- unnamed partners joined to the agent leave it the agent ---


@pytest.mark.parametrize(
    "body",
    [
        "Activists say the government and its allies keep up their heavy daily shelling of eastern Ghouta.",
        "Activists say the government and its foreign backers keep up their heavy daily shelling of eastern Ghouta.",
    ],
)
def test_the_agent_with_its_unnamed_partners_still_acts(body: str, gazetteer: Gazetteer) -> None:
    assert types_sides(body, gazetteer) == [("shelling", ("actor/baathist-syria",), ())]


def test_the_own_allies_gap_reads_nothing_on_adversarial_input() -> None:
    # only a text that opens on "and its allies" loses its opening
    assert [len(_OWN_ALLIES_GAP.sub(" ", text)) for text in OWN_ALLIES35_TEXTS] == [
        len(text) for text in OWN_ALLIES35_TEXTS[:3]
    ] + [len(OWN_ALLIES35_TEXTS[3]) - len(" and its allies") + 1]


# --- "the alliance" alone is the one alliance the article names as such ---

_TRAPPED = "Thousands were trapped in Raqqa after the alliance encircled the city on Monday."


def test_the_alliance_is_the_one_the_article_calls_an_alliance(gazetteer: Gazetteer) -> None:
    body = f"{_TRAPPED} The Syrian Democratic Forces alliance said it would open a corridor."
    assert types_sides(body, gazetteer) == [("siege", ("actor/syrian-democratic-forces",), ())]


def test_the_alliance_of_two_named_alliances_is_neither(gazetteer: Gazetteer) -> None:
    body = f"{_TRAPPED} The Syrian Democratic Forces alliance and the Army of Conquest alliance said they would help."
    assert types_sides(body, gazetteer) == [("siege", (), ())]


def test_the_alliance_patterns_read_nothing_on_adversarial_input() -> None:
    # only the last "the alliance" of the fourth text, cut before its "of", stands alone
    assert [len(list(_THE_ALLIANCE.finditer(text))) for text in ALLIANCE35_TEXTS] == [0, 0, 0, 1]
    # the one text of "alliance" after a blank is read at its first word
    assert [_group(_CALLED_ALLIANCE.match(text)) for text in ALLIANCE35_TEXTS] == [None, " alliance", None, None]


def test_an_armed_own_noun_reads_its_adversarial_inputs() -> None:
    # runs of possessives and of their modifier with no soldiers, troops or fighters after them: nothing owned
    assert [_group(_ARMED_OWN.search(text)) for text in REVIEW35C_OWN_TEXTS] == [None, None]
