"""A side or level written before a place's name in English, set after it as the Arabic adjective the tables use."""

from __future__ import annotations

import re

# A side or level an English writer puts before a name ("Eastern Ghariyah") is an adjective after it in Arabic and in
# the tables' transliterations (Ghariyah ash Sharqiyah, Jarabulus Tahtani): the masculine form, and the feminine after
# a name that ends in "-ah", "-eh", "-a" or "-e", the ta marbuta, as Arabic makes the adjective agree (twenty-second
# session, helper outplace8).
SIDE_ADJECTIVES = {
    "eastern": "sharqi",
    "western": "gharbi",
    "northern": "shamali",
    "southern": "janubi",
    "upper": "fawqani",
    "lower": "tahtani",
}
# The other spellings the news gives the same adjectives ("al-Janoubi", "Foqani"): `short_forms.SIZE_OR_SIDE` reads
# them after a name with the tables' own (thirty-third session, helper tidy33: one list of side words, not two)
SIDE_SPELLINGS = (*SIDE_ADJECTIVES.values(), "janoubi", "foqani")
_SIDE_FIRST = re.compile(r"(?P<side>Eastern|Western|Northern|Southern|Upper|Lower)\s+(?P<name>\S.*)")
_FEMININE_END = re.compile(r"(?:ah|eh|a|e)$")


def side_after(label: str) -> str:
    """A label whose first word is a side or level, with that word set after the name as the Arabic adjective:
    "Eastern Ghariyah" is "Ghariyah Sharqiyah", "Lower Jarabulus" "Jarabulus Tahtani"; any other label as it is."""
    match = _SIDE_FIRST.fullmatch(label)
    if match is None:
        return label
    adjective = SIDE_ADJECTIVES[match["side"].lower()]
    feminine = _FEMININE_END.search(match["name"]) is not None
    return f"{match['name']} {adjective.capitalize()}{'yah' if feminine else ''}"
