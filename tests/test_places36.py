"""Places read by the thirty-sixth session's rules (helper places36): sentences written for these tests, never copied
from a corpus."""

from __future__ import annotations

import pytest
from written import mention_keys, place_spans

from bench.adversarial import GATE36_TEXTS, found
from loaders.gate_names import _GATE_THEN_NAME
from loaders.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "gate", "rest"),
    [
        (
            "Mortar shells fell on the quarters of Bab Tadmur al-Fawqani Bab Sharqi and Bab Jinan in the old city.",
            "Bab Tadmur",
            "al-Fawqani",
        ),
        (
            "Two civilians were hurt by sniper fire on Bab al-Nayrab al-Ward street and al-Mashhad in Aleppo.",
            "Bab al-Nayrab",
            "al-Ward street",
        ),
    ],
)
def test_a_gate_run_into_the_next_named_place_is_two_places(
    gazetteer: Gazetteer, text: str, gate: str, rest: str
) -> None:
    spans = [t for t, _ in place_spans(text, gazetteer)]
    assert gate in spans and rest in spans
    assert not any(t.startswith(gate) and t != gate for t in spans)


def test_a_gate_alone_keeps_its_name(gazetteer: Gazetteer) -> None:
    spans = [t for t, _ in place_spans("Shells hit the quarters of Bab Tadmur and al-Shaar in Aleppo.", gazetteer)]
    assert "Bab Tadmur" in spans and "al-Shaar" in spans


def test_gate_pattern_matches_only_a_gate_and_one_name_before_an_article() -> None:
    assert [len(found(_GATE_THEN_NAME)(text)) for text in GATE36_TEXTS] == [0, 0, 384, 357, 0]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sent jets in support of the Damascus regime last autumn.",
        "Critics of the Damascus regime met in Geneva on Monday.",
    ],
)
def test_the_damascus_regime_is_the_state_not_the_city(gazetteer: Gazetteer, text: str) -> None:
    keys = mention_keys(text, gazetteer)
    assert keys.get("Damascus regime") == "actor/baathist-syria"
    assert "place/damascus-421202165" not in keys.values()


@pytest.mark.parametrize(
    "text",
    [
        "Tehran has kept up its support for Damascus throughout the war.",
        "Moscow sent warplanes in support of Damascus in 2015.",
    ],
)
def test_a_capital_supported_is_its_government(gazetteer: Gazetteer, text: str) -> None:
    keys = mention_keys(text, gazetteer)
    assert keys.get("Damascus") == "actor/baathist-syria"


def test_a_city_whose_people_give_support_stays_the_city(gazetteer: Gazetteer) -> None:
    keys = mention_keys("Residents of Damascus voiced support for the army on Monday.", gazetteer)
    assert keys.get("Damascus") == "place/damascus-421202165"
