"""Missiles a side fired or launched at a site or a place: "the US fired missiles at an air base" (missiles37)."""

from __future__ import annotations

from loaders.timex import FULL_MONTHS, WEEKDAY

# The munitions fired from afar: missiles of any kind ("59 Tomahawk cruise missiles"), Tomahawks, rockets.
_MUNITIONS = r"(?:missiles?|rockets?|Tomahawks?)"
# What they were fired at: a site (a base, an airfield, positions, a town) or a place named (a capital letter);
# not a day or a month ("fired rockets on Friday"), nor aircraft ("fired missiles at the jets" is a fight in the air).
_SITES = (
    r"bases?|air\s*bases?|airbases?|airports?|airfields?|airstrips?|positions?|posts?|towns?|city|cities|villages?|"
    r"areas?|districts?|neighbou?rhoods?|targets?|facilit(?:y|ies)|depots?|headquarters|barracks|checkpoints?|"
    r"compounds?|buildings?|sites?|installations?|outskirts|suburbs?|strongholds?|camps?|hospitals?|homes?|"
    r"countryside|province|region"
)
_AIRCRAFT = r"jets?|planes?|warplanes?|aircraft|drones?|helicopters?"
_AT_SITE = (
    rf"(?=\s+(?:at|against|on|onto|towards?)\s+(?!(?:{WEEKDAY}|{FULL_MONTHS})\b)"
    rf"(?:(?:the|an?|its|their|two|three|several|\d+)\s+)?(?:(?!(?:{_AIRCRAFT})\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:(?:{_SITES})\b|(?-i:[A-Z])))"
)
# The verb told done (past or -ing form): the bare form is a threat or a plan ("threatened to fire missiles", "plans
# to launch rockets"), and a test firing hits nothing ("test-fired missiles", "test fired a missile").
MISSILES_FIRED = (
    r"(?<!test-)(?<!test\s)(?:fir(?:ed|es|ing)|launch(?:ed|es|ing))\s+(?:(?!(?:to|at|on|against)\b)[\w'’-]+\s+){0,4}?"
    rf"{_MUNITIONS}{_AT_SITE}"
)
