"""The words for military aircraft, one vocabulary for every reader of them (twenty-second session, helper
shared-words; docs/extraction.md, "Engagements").

What belongs here: the nouns that name aircraft, or the air arm itself, as news prose writes them ("warplanes",
"war planes", "fighter jets", "helicopters", "the air force"), as regex source strings for each reader to build its
pattern from. What does not: the strikes they make ("air strikes", "raids", "sorties") and what they drop or fire,
which each reader adds as its own named extras, with a comment saying why it needs them."""

from __future__ import annotations

import re

# Each noun, in either number where the reader takes both.
WARPLANES = r"war\s*planes?"
HELICOPTERS = r"helicopters?"
JETS = r"jets?"
FIGHTER_JETS = r"fighter\s+jets?"
AIRCRAFTS = r"aircrafts?"  # "aircrafts": FA-KES's plural
PLANES = r"planes?"
DRONES = r"drones?"
BOMBERS = r"bombers?"
AIR_FORCE = r"air\s+force"

# The core every reader of aircraft as such takes: "warplanes", "jets", "helicopters", "aircraft", either number.
CORE = rf"{WARPLANES}|{JETS}|{HELICOPTERS}|{AIRCRAFTS}"
# Aircraft that stand for a strike on their own, the air-strike trigger's words: "jets" only in the plural (a lone
# "jet" is read only as "fighter jet"), "aircraft" and "planes" only with a strike told after them (not here).
STRIKING = rf"{WARPLANES}|{FIGHTER_JETS}|jets|{HELICOPTERS}"
# Aircraft as the subject of a strike's verb, a trigger's last word ("fighter jets", "long-range bombers", "Russian
# planes"): the core, the air force, and drones and bombers; "planes" only in the plural, as the trigger reads it.
SUBJECT = rf"{CORE}|{AIR_FORCE}|planes|{DRONES}|{BOMBERS}"
# A trigger whose last word is such a subject: its own verb, right after, may deny or end the strike.
ENDS_IN_SUBJECT = re.compile(rf"\b(?:{SUBJECT})$", re.IGNORECASE)
# A side's own aircraft in the plural, after its possessive or its name: "its jets", "Russia's warplanes", "the regime's
# helicopters", "its bombers" ("aircraft" is its own plural; "aircrafts" is FA-KES's).
PLURALS = r"warplanes|war\s+planes|jets|aircrafts?|planes|helicopters|bombers"
# The words of kind news prose puts before a military aircraft noun: its role or range and its make or model
# ("long-range bombers", "Tu-22M3 bombers", "Sukhoi jets", "F-16 warplanes"), each one word.
KINDS = r"long-range|strategic|Tupolev|Tu-[\w-]+|Sukhoi[\w-]*|Su-[\w-]+|MiG-[\w-]+|F-\d+\w*"
