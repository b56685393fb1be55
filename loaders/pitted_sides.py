"""A fight "pitting X against Y" names its two sides, as "between X and Y" does (roles36)."""

from __future__ import annotations

import re

# News English names the sides of a fight told by its noun with "pit": "clashes erupted on Friday pitting Jaysh
# al-Islam against Faylaq al-Rahman", "the infighting is pitting the Army of Islam against the Rahman Corps". At most
# six words between the fight and "pit", none opening another clause; the side before "against" attacks, the one after
# is attacked (`between_sides.sides_against` reads them from here as it does after "between").
_PITTING = re.compile(
    r"\s++(?:(?!(?:and|but|while|which|who|after|as|when)\b)[\w'’-]++\s++){0,6}?"
    r"(?:(?:is|are|was|were|has\s++been|have\s++been)\s++)?pit(?:s|ted|ting)\s++(?:the\s++)?",
    re.IGNORECASE,
)


def pitted_against(after: str) -> re.Match[str] | None:
    """The words from the fight's noun to the first side when "pitting" names its sides, else None."""
    return _PITTING.match(after)
