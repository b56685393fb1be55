"""Who fired a munition, named after it: "rocket fire from Syrian rebels", "snipers of the regime"."""

from __future__ import annotations

import re

# Munitions fired from the ground, and a sniper's shots: what they came "from" is who fired them ("a sniper from the
# Nusra Front shot", twentieth session).
_GROUND_FIRE = re.compile(r"(?i)fire|shell|rocket|mortar|artillery|sniper")
# "an escalated bombardment from government forces": "from" right after the noun names who bombards; a word between
# may tell of the victims instead ("killed in the bombardments mostly from Jabhat al-Nusra": the dead were Nusra's)
_BOMBARDMENT_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)


def firer_phrase(word: str, after: str) -> re.Match[str] | None:
    """The "from" (or a sniper's "of") in the text after a munition's word whose object is who fired it, else None."""
    if _GROUND_FIRE.search(word):
        # "a barrage of rocket fire from Syrian rebels", "shells from the rebel enclave": who fired them
        by = re.match(r"^\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?", after)
        if by is not None:
            return by
    if re.fullmatch(r"(?i)bombardments?", word):
        return _BOMBARDMENT_FROM.match(after)
    if word.lower().startswith("sniper"):
        return re.match(r"^\s+of\s+(?:the\s+)?", after)  # "snipers of the regime fired": the regime's men, not its hit
    return None
