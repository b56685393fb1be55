"""Thirty-fifth session (helper roles35): engagements found with the right type but the wrong sides. Texts written for
the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import OWN_PEOPLE35_TEXTS, _group
from loaders.gazetteer import Gazetteer
from loaders.owners_hit import _ON_OWN, _SAID_OWN_HIT, _SAID_THE
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
