"""Bullets fired on where people live: "injured by bullets fired by gunmen on the neighbourhoods of the city"."""

from __future__ import annotations

# Where people are, not a post: homes, streets, quarters, the people themselves.
_LIVED_IN = (
    r"(?:(?:the|a|an|their|residential|crowded|populated|densely|several|many|nearby)\s+){0,3}"
    r"(?:neighbou?rhoods?|houses|homes|streets|residential\s+areas?|residents|locals|citizens|civilians)\b"
)
# Small-arms fire at homes or people, told as "bullets fired ... on", in the passive with its doer or without ("11
# people were injured by explosive bullets fired by terrorist groups on the neighborhoods of"), or in the active with
# "on" or "at" ("gunmen fired explosive bullets at the houses"; `SHOT_INTO_HOMES` reads "into", `FIRED_ON_VICTIMS`
# plain bullets at people). Gunfire into homes is aimed at whoever is there (ACLED's Attack on civilians); a shell or
# rocket is named otherwise and stays a shelling, and bullets at a post, checkpoint or position are a clash's.
BULLETS_AT_HOMES = (
    r"(?:(?:explosive|live)\s+)?bullets\s+fired\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?(?:on|at|upon|into)\s+"
    rf"{_LIVED_IN}|"
    rf"fir(?:ed|ing)\s+explosive\s+bullets\s+(?:on|at|upon|into)\s+{_LIVED_IN}|"
    rf"fir(?:ed|ing)\s+bullets\s+(?:on|at|upon)\s+{_LIVED_IN}"
)
