"""Thirtieth session (helper strat30): bullets fired on homes or people are an attack on civilians. Texts written for
the tests."""

from __future__ import annotations

import pytest

from bench.adversarial import _BULLETS_AT_HOMES, BULLETS30_TEXTS
from loaders.engagement_triggers import trigger_matches
from loaders.gazetteer import Gazetteer
from tests.written import types as _types

# --- bullets fired on where people live ---


@pytest.mark.parametrize(
    "text",
    [
        "Four people were wounded in Homs by explosive bullets fired by gunmen on the neighborhoods of the city.",
        "Two women were hurt in Aleppo by bullets fired at residential areas, the police said.",
        "In Daraa the militants fired explosive bullets at the houses of the town on Monday.",
    ],
)
def test_bullets_fired_on_homes_are_an_attack_on_civilians(text: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer) == ["attack-on-civilians"]


def test_bullets_at_a_checkpoint_are_no_attack_on_civilians(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels opened fire on an army checkpoint in Daraa on Monday, and bullets fired by the rebels at the "
        "checkpoint wounded two soldiers."
    )
    assert _types(text, gazetteer) == ["armed-clash"]


def test_rockets_fired_on_neighbourhoods_stay_a_shelling(gazetteer: Gazetteer) -> None:
    text = (
        "Two people were wounded in Aleppo by rockets fired by gunmen on the neighborhoods of the city. "
        "A child was hurt in Homs by explosive bullets fired on the houses."
    )
    types = _types(text, gazetteer)
    assert "shelling" in types
    assert types.count("attack-on-civilians") == 1


def test_the_bullets_pattern_reads_adversarial_text() -> None:
    assert [len(_BULLETS_AT_HOMES.findall(t)) for t in BULLETS30_TEXTS] == [0] * 5 + [110]
    assert [len(trigger_matches(t)) for t in BULLETS30_TEXTS] == [0] * 5 + [110]
