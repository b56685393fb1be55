"""False events and lost sides written-sentence probes found (thirty-third session, fixes33): a denier as doer,
aircraft that flew without striking, "targeted" an audience or by sanctions."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bench.adversarial import FLIGHT33_TEXTS, REBUILT33_TEXTS, TARGETED33_TEXTS, TRUCE_TIME33_TEXTS, _group, searched
from loaders.aircraft_named import _DENIED_BEFORE
from loaders.anniversaries import _DAMAGED_BY, _REBUILT_DAMAGE, _REBUILT_THING
from loaders.gazetteer import Gazetteer
from loaders.other_senses import _HARM_AFTER, PENALTY_BEFORE, TARGETED_AUDIENCE
from loaders.truce_words import _AS_TIME
from tests.probed_news import NEWS, read_after_news
from tests.written import written

SARAQIB = ("air-strike", ["saraqib"])


def _slug(key: str) -> str:
    return re.sub(r"-\d+$", "", key.split("/")[-1])


def _sides_after_news(probe: str, gazetteer: Gazetteer) -> list[tuple[str, list[str], list[str]]]:
    """(type, place slugs, attacker slugs) of each engagement of the news followed by the probe."""
    body = "A report\n\n" + NEWS + " " + probe
    found = written(body, gazetteer, published=date(2017, 6, 12))
    return [(e.type, [_slug(k) for k in e.places], sorted(_slug(k) for k in e.attackers)) for e in found.engagements]


# --- whoever denies doing an act a toll keeps is not its doer ---


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        (
            "The regime denied carrying out the chemical attack in Khan Sheikhoun that killed 80 people.",
            ("chemical-weapon", ["khan-shaykhun"]),
        ),
        (
            "Damascus has denied carrying out the air strike on Kafr Zita, which killed 12 civilians.",
            ("air-strike", ["kafr-zita"]),
        ),
        (
            "Russia denied that its jets carried out the strike in Idlib that killed 20 people.",
            ("air-strike", ["idlib"]),
        ),
        ("The Syrian army denied that it had shelled the market in Douma, killing 30 people.", ("shelling", ["douma"])),
    ],
)
def test_a_denier_is_no_doer(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    # the event stays (a toll is told), with no doer, neither the denier nor one lent by the news before it
    assert _sides_after_news(probe, gazetteer) == [
        ("air-strike", ["saraqib"], ["baathist-syria", "syrian-arab-air-force"]),
        (*told, []),
    ]


@pytest.mark.parametrize(
    ("probe", "told", "doers"),
    [
        # no denial: the subject did it
        (
            "The regime carried out the chemical attack in Khan Sheikhoun that killed 80 people.",
            ("chemical-weapon", ["khan-shaykhun"]),
            ["baathist-syria"],
        ),
        # the denial in a sentence of its own leaves the doer the report names
        (
            "Russian jets carried out the strike in Idlib that killed 20 people. Moscow denied it.",
            ("air-strike", ["idlib"]),
            ["russia", "russian-aerospace-forces"],
        ),
    ],
)
def test_a_doer_not_denying_stays(
    probe: str, told: tuple[str, list[str]], doers: list[str], gazetteer: Gazetteer
) -> None:
    found = _sides_after_news(probe, gazetteer)
    assert ("air-strike", ["saraqib"], ["baathist-syria", "syrian-arab-air-force"]) in found
    assert [e[2] for e in found if (e[0], e[1]) == told] == [doers]


# --- aircraft that flew over without striking ---


@pytest.mark.parametrize(
    "probe",
    [
        "Russian jets flew over Idlib without striking.",
        "Russian warplanes flew over Idlib but did not carry out any strikes.",
        "Syrian warplanes circled over Daraa for an hour but didn't drop any bombs.",
        "Russian jets flew low over Hama on Tuesday without firing.",
    ],
)
def test_aircraft_flying_without_striking_tell_no_strike(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB]


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # the negation is another clause's: the jets struck
        ("Russian jets flew over Idlib without warning and struck a market in Idlib.", ("air-strike", ["idlib"])),
        ("Russian jets struck Hama, and no one was killed.", ("air-strike", ["hama"])),
        ("Russian warplanes kept up their raids on Douma, not stopping for a day.", ("air-strike", ["douma"])),
    ],
)
def test_aircraft_that_struck_still_strike(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


def test_flight_adversarial_inputs() -> None:
    # a negation and up to three words at the text's end, where a run of them ends just so
    assert [searched(_DENIED_BEFORE)(t) for t in FLIGHT33_TEXTS] == ["without " * 4, None, "n't ", None, None]


# --- "targeted" an audience, or by a penalty ---


@pytest.mark.parametrize(
    "probe",
    [
        "The regime targeted young voters in Damascus.",
        "New US sanctions targeted Syrian officials and businessmen in Damascus.",
        "The ads are targeting investors in Damascus.",
        "The EU sanctions also targeted three banks in Damascus.",
    ],
)
def test_targeted_in_another_sense_is_no_engagement(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB]


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        ("The regime targeted rebel positions in Hama.", ("armed-clash", ["hama"])),
        ("IS targeted voters at a polling station in Hasakah with mortar fire.", ("shelling", ["al-hasakah"])),
        ("Russian jets targeted IS positions in Raqqa despite US sanctions.", ("air-strike", ["raqqa"])),
    ],
)
def test_targeted_with_harm_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


def test_targeted_adversarial_inputs() -> None:
    assert [_group(TARGETED_AUDIENCE.match(t)) for t in TARGETED33_TEXTS] == [None] * 5
    assert [searched(PENALTY_BEFORE)(t) for t in TARGETED33_TEXTS] == [None] * 5
    assert [_group(_HARM_AFTER.match(t)) for t in TARGETED33_TEXTS] == [None] * 5


# --- damage named to say what is rebuilt or returned to ---


@pytest.mark.parametrize(
    "probe",
    [
        "Residents began rebuilding homes destroyed by air strikes in Homs.",
        "Residents returned to homes destroyed by regime shelling in Daraa.",
        "Workers cleared rubble from buildings destroyed by Russian air strikes in Idlib.",
        "The UN repaired a hospital in Aleppo damaged in Russian air strikes.",
    ],
)
def test_damage_rebuilt_tells_no_new_strike(probe: str, gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB]


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # the strike itself, searched after
        (
            "Rescuers searched homes destroyed by regime shelling in Daraa on Tuesday, pulling out 12 bodies.",
            ("shelling", ["daraa"]),
        ),
        # a clause of its own after the return
        ("Residents returned to Daraa, and regime shelling destroyed homes there on Tuesday.", ("shelling", ["daraa"])),
        ("Residents returned to homes in Daraa, where regime shelling destroyed a school.", ("shelling", ["daraa"])),
    ],
)
def test_a_strike_told_beside_a_return_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


def test_rebuilt_adversarial_inputs() -> None:
    assert [searched(_REBUILT_DAMAGE)(t) for t in REBUILT33_TEXTS] == [None] * 5
    assert [_group(_DAMAGED_BY.match(t)) for t in REBUILT33_TEXTS] == [None, None, "destroyed by ", None, None]
    # (the first text is cut inside a word, so no run of its words ends it)
    assert [bool(searched(_REBUILT_THING)(t)) for t in REBUILT33_TEXTS] == [False, True, False, False, False]


# --- a truce named only as a time sets no attack aside ---


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        ("Rebels attacked army posts in Hama before the truce came into force.", ("armed-clash", ["hama"])),
        ("Rebels attacked army posts in Hama hours before the ceasefire took effect.", ("armed-clash", ["hama"])),
        (
            "Islamic State fighters attacked army posts in Deir ez-Zor until the truce took hold.",
            ("armed-clash", ["deir-ez-zor"]),
        ),
    ],
)
def test_an_attack_before_a_truce_is_told(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


@pytest.mark.parametrize(
    ("probe", "told"),
    [
        # a truce that is the news is read as before
        ("The truce came into force in Hama at midnight.", ("ceasefire", ["hama"])),
        # "before" with no truce after it
        ("Russia and Turkey agreed a truce in Idlib before talks in Astana.", ("ceasefire", ["idlib", "astana"])),
    ],
)
def test_a_truce_told_as_news_stays(probe: str, told: tuple[str, list[str]], gazetteer: Gazetteer) -> None:
    assert read_after_news(probe, gazetteer) == [SARAQIB, told]


def test_truce_time_adversarial_inputs() -> None:
    assert [searched(_AS_TIME)(t) for t in TRUCE_TIME33_TEXTS] == [None, "until the ", None, None]
