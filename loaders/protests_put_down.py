"""Protests put down by force, told by the verb of putting down: an attack on civilians (twenty-ninth session,
helper strat29). One alternative of the attack-on-civilians trigger in `loaders/engagement_triggers.py`."""

from __future__ import annotations

import re

# What a crowd of the unarmed gathers for (not "uprising" or "revolt": crushing those is a war told, no crowd hit).
_PROTESTS = r"(?:protests|protest|protesters?|protestors?|demonstrations?|demonstrators?|rallies|rally|sit-ins?)"
# The verbs of putting a protest down by force (not "banned", "condemned" or "called off": no force told).
_PUT_DOWN = (
    r"(?:suppress(?:ed|es|ing)?|repress(?:ed|es|ing)?|crush(?:ed|es|ing)?|quell(?:ed|s|ing)?|dispers(?:ed|es|ing|e)|"
    r"(?:broke|break(?:s|ing)?)\s+up|crack(?:ed|s|ing)?\s+down\s+on)"
)
# The few words that may stand between the verb and the crowd: "crushed the peaceful protests", "dispersed a
# demonstration", "suppressed anti-government rallies", "cracked down on thousands of protesters".
_BETWEEN = (
    r"(?:(?:the|a|an|peaceful|mass|large|popular|street|anti-[\w-]+|pro-[\w-]+|\d[\d,]*|dozens|hundreds|thousands|of|"
    r"their|its|local|new|weekly)\s+){0,3}"
)
# ACLED codes force used on protesters as violence against civilians; news tells it three ways: the verb with the
# crowd after it ("the regime repressed demonstrations using brutal force"), the crowd then a relative clause with the
# verb ("protests against the group which its fighters suppressed"), the crowd in the passive ("the rally was
# dispersed by security forces"). Crowds only planned or banned are no crowd hit (the usual guards read the verb's
# mood: "vowed to crush any protest" is an infinitive, "will crush" a future).
PROTESTS_PUT_DOWN = (
    rf"{_PUT_DOWN}(?=\s+{_BETWEEN}{_PROTESTS}\b)|"
    rf"{_PROTESTS}(?=(?>\s+[\w'’-]+){{0,12}}?,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){{0,3}}?{_PUT_DOWN}\b)|"
    rf"{_PROTESTS}(?=\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?{_PUT_DOWN}\b)"
)
# The war's origin told as history: "The protests became an armed uprising after Assad's forces cracked down on
# demonstrators", "the conflict began when the regime crushed peaceful protests", "protests that spiralled into war".
# News retells how the war began in almost every background paragraph; no crowd was hit on the day reported.
_WAR_BEGAN = re.compile(
    r"\b(?:(?:war|conflict|uprising|revolt|revolution|crisis|insurgency),?\s+(?:which\s+|that\s+)?(?:first\s+)?"
    r"(?:began|begun|started|erupted|broke\s+out|grew\s+out)|"
    r"(?:became|become|becoming|turned\s+into|turning\s+into|escalated\s+into|spiral+ed\s+into|descended\s+into|"
    r"morphed\s+into|evolved\s+into|developed\s+into|sparked|triggered)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:war|conflict|uprising|insurgency|rebellion|revolt))\b",
    re.IGNORECASE,
)
_PUT_DOWN_WORD = re.compile(rf"{_PUT_DOWN}|{_PROTESTS}", re.IGNORECASE)


def war_began(text: str, match: re.Match[str]) -> bool:
    """Whether a protest put down is told in a sentence on how the war began (history, no crowd hit that day)."""
    return bool(_PUT_DOWN_WORD.fullmatch(match.group(0)) and _WAR_BEGAN.search(text))
