"""Nationality adjectives and the states they name, shared by the mention and merge rules."""

from __future__ import annotations

# A nationality adjective before a military noun names that state's side: "Russian warplanes" is Russia acting.
DEMONYMS = {
    "Russian": "actor/russia", "Syrian": "actor/baathist-syria", "Turkish": "actor/turkey", "Iranian": "actor/iran",
    "Israeli": "actor/israel", "American": "actor/united-states", "US": "actor/united-states",
    "U.S.": "actor/united-states", "Iraqi": "actor/iraq", "Jordanian": "actor/jordan", "French": "actor/france",
    "British": "actor/united-kingdom", "Saudi": "actor/saudi-arabia", "Lebanese": "actor/lebanon",
}  # fmt: skip

# The country a nationality adjective is of, for its possessive ("Russias military" is the "Russian military").
NATIONALITY_OF = {
    "Russia": "Russian", "Syria": "Syrian", "Turkey": "Turkish", "Iran": "Iranian", "Israel": "Israeli",
    "America": "American", "Iraq": "Iraqi", "Jordan": "Jordanian", "France": "French", "Britain": "British",
    "Lebanon": "Lebanese",
}  # fmt: skip
