"""A siege told with its length in years is one siege lasting, not deeds summed up (thirty-sixth session)."""

from __future__ import annotations

import re

_SIEGE = re.compile(r"(?i)sieges?|seiges?|blockades?|encirclement")
# "All four areas have been under siege for years": a siege's length, one state lasting, not deeds summed up over years
# (as "for nearly two years" already is); "has besieged rebel areas for years" stays a habit told.
_UNDER_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|effectively\s+)?been\s+(?:\w+ly\s+)?under\s+(?:an?\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def under_for_years(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a siege a place has been under, its length told after it ("under siege for years")."""
    return bool(
        _SIEGE.fullmatch(match.group(0)) and _UNDER_SINCE.search(text, max(0, match.start() - 60), match.start())
    )
