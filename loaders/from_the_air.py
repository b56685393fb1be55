"""Engagements from the air: bombs dropped, bombardments, rockets from aircraft, and the air arm that flies them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from loaders.aircraft_words import BOMBERS, CORE, FIGHTER_JETS, PLANES
from loaders.engagement_types import AIR_ARM, STATE_CLASSES
from loaders.model import Mention
from loaders.trigger_guards import clause_span

DROPPED_BOMB = re.compile(
    r"\b(?:incendiary|napalm|cluster|vacuum|thermobaric|phosphorus|guided|unguided|parachute|air-dropped)\s+$",
    re.IGNORECASE,
)
# "bombs dropped by the regime", "bombs being dropped from a helicopter": from the air, whoever dropped them
DROPPED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:dropped|aerially)\b", re.IGNORECASE)
# "relentless bombing", "heavy bombing": a bombardment, from the air in this war, not a bomb that went off.
BOMBARDMENT = re.compile(
    r"\b(?:relentless|heavy|intense|intensive|continuous|constant|indiscriminate|daily|aerial|incessant|ferocious)\s+$",
    re.IGNORECASE,
)
# "bombing and shelling", "the bombing and raids on the towns": bombing named with the other means of a bombardment.
WITH_BOMBARDMENT = re.compile(r"\s+and\s+(?:the\s+)?(?:shelling|raids|air\s*strikes|airstrikes|artillery)\b", re.I)
# Rockets and missiles in a sentence about aircraft were fired from the air: "rockets fired by Russian jets".
AIRBORNE_MUNITION = re.compile(r"(?i)rockets|missile\s+(?:strikes?|attacks?)|(?:cruise|air-to-surface)\s+missiles?")
# The army named as the owner of the aircraft, not as a force that acts: "the Syrian army aircraft", "the armys air
# force", "army airstrikes", "helicopter gunships of the Syrian army" (annotators name the air arm alone for these).
# (the core aircraft, "planes" in either number, fighter jets, gunships, bombers, "airforce" and the air strikes the
# army is named to own: "army airstrikes")
_OWNED_AIR = (
    r"(?:air\s*force|air\s*strikes?|airstrikes?|air\s+raids?|"
    rf"{CORE}|{PLANES}|{FIGHTER_JETS}|(?:helicopter\s+)?gunships?|{BOMBERS})"
)
_OWNS_AIRCRAFT = re.compile(rf"(?:['’]?s)?\s+(?:own\s+)?{_OWNED_AIR}\b", re.IGNORECASE)
_OWNER_AFTER_OF = re.compile(rf"\b{_OWNED_AIR}\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def forces_named(text: str, base: int, actors: Sequence[Mention]) -> set[str]:
    """The actors the sentence names as forces that act, not as the owners of aircraft ("the army aircraft")."""
    return {
        m.key
        for m in actors
        if not _OWNS_AIRCRAFT.match(text, m.span.end - base)
        and not _OWNER_AFTER_OF.search(text, max(0, m.span.start - base - 40), m.span.start - base)
    }


def air_attackers(attackers: Sequence[str], classes: Mapping[str, str], named: Set[str]) -> tuple[str, ...]:
    """An air strike's attackers: states and their forces, an army the sentence names beside the arm that flies
    for it."""
    # "air strikes by the Syrian military", "regime forces responded with air raids": the text names the army and the
    # planes are its air arm's; an army carried over from an earlier sentence named only the side. An armed group has
    # no aircraft ("Daraya was evacuated by rebels after relentless bombing").
    return tuple(
        dict.fromkeys(
            key
            for k in attackers
            if classes.get(k, "State") in (*STATE_CLASSES, "International")
            for key in ((AIR_ARM[k], k) if k in AIR_ARM and k in named else (AIR_ARM.get(k, k),))
        )
    )


def ground_fired(
    text: str, base: int, match: re.Match[str], actors: Sequence[Mention], classes: Mapping[str, str]
) -> bool:
    """Whether rockets are fired by a group with no aircraft: "Rebels fired rockets ... and regime aircraft raids"."""
    clause_start, _ = clause_span(text, match.start(), match.end())
    shooters = [m for m in actors if clause_start <= m.span.start - base and m.span.end - base <= match.start()]
    return bool(shooters) and classes.get(shooters[-1].key) == "NonStateArmedGroup"
