"""Munitions told as the subject of a striking verb: "Israeli missiles hit the airport", typed by who fired them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from loaders.engagement_types import AIR_CONTEXT, foreign_state

# A missile as the subject of the verb that tells what it did ("missiles hit", "a missile targeted", "missiles
# struck"); not "missile defence", nor a missile hit ("the missile hit by"). "An Israeli missile strike" stays the
# shelling of its own trigger (retyped, it cost a false engagement on half b).
# A rocket, one of them, is such a subject too, and "slammed / crashed into" what it hit (thirty-third session, vocab33,
# written-sentence probe: "A rocket hit a school in Jaramana", "a missile slammed into a market"; "rockets" is a trigger
# of its own)
_MISSILE_BEFORE = re.compile(r"(?i)\b(?:missiles?|rocket)\s+(?:(?:also|reportedly|then|later|again)\s+)?$")
MISSILE_HIT = (
    r"(?:(?<=\bmissiles\s)|(?<=\bmissile\s)|(?<=\brocket\s))"
    r"(?:hit(?!\s+by\b)|(?:slammed|crashed|smashed|ploughed|plowed)\s+into)"
)
# A munition dropped, after a drone as its subject: "an IS drone dropped a bomb on", "drones dropped explosives on"
# (not "dropped leaflets", "dropped out of the sky"); the drone is then the air-strike trigger.
DROPPED_MUNITION = (
    r"dropped(?=\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bombs?|explosives?|grenades?|munitions?|shells?|charges?|devices?|payloads?)\b)"
)
# A weapon made a verb with its object after it: "government forces mortared Douma", "rebels rocketed the city",
# "rocketing army positions" (not "prices rocketed to", "rocketed 20 percent", "mortared stone walls").
WEAPON_VERBS = (
    r"(?:mortar|rocket)(?:ed|ing)(?=\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Z])|[\w-]+-(?:held|controlled)\b|"
    r"(?:army|regime|rebel|government|militant|enemy|opposition|Kurdish|jihadist|their|its|residential)\b|"
    r"(?:positions?|areas?|towns?|city|villages?|districts?|neighbou?rhoods?|bases?|airports?|checkpoints?)\b))"
)
# A post of the enemy's blown up: "rebels blew up an army checkpoint", "blowing up a regime position" (not "blew up a
# bridge", property by hand, nor a pronoun's deed: "when they blew up" reads the nearest side as its subject, the
# seventeenth session's reason to leave "blew up" out).
SITE_BLOWN = (
    r"(?<!\bthey\s)(?<!\bhe\s)(?<!\bit\s)(?<!\bwho\s)(?:blew|blowing)\s+up\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:checkpoints?|posts?|positions?|bases?|headquarters|barracks|outposts?|garrisons?)\b"
)
# Missiles shot down by air defences: the strike was made ("Syrian air defences intercepted Israeli missiles over
# Damascus"); its owner is named right before the munition (`repelled_attacks._intercepted`), or nothing is read
# ("the army intercepted missiles", "intercepted a shipment of rockets").
INTERCEPTED = (
    r"intercept(?:ed|ing)(?=\s+(?:an?\s+|the\s+|(?:several|some|most|many|two|three|four|five|six|\d+)\s+)?"
    r"(?:of\s+the\s+)?(?-i:[A-Z])[\w'’.-]*\s+(?:missiles?|rockets?)\b)"
)
_STRUCK_WORDS = re.compile(
    r"(?i)hit|struck|strikes?|target(?:ed|ing)|(?:slammed|crashed|smashed|ploughed|plowed)\s+into"
)


def missile_type(
    etype: str, word: str, text: str, start: int, attackers: Sequence[str], classes: Mapping[str, str]
) -> str:
    """A missile strike's type: from the air when a foreign state fires it or aircraft are named, else a shelling."""
    if etype != "armed-clash" or not _STRUCK_WORDS.fullmatch(word):
        return etype
    if not _MISSILE_BEFORE.search(text, max(0, start - 40), start):
        return etype
    # a foreign state's missiles in Syria are fired by its jets or from afar, as its "strikes" are read
    if AIR_CONTEXT.search(text) or any(foreign_state(k, classes) for k in attackers):
        return "air-strike"
    return "shelling"
