"""Who fired on an area a side holds, when the text names no one: the other side (nineteenth session, helper sides2)."""

from __future__ import annotations

import re

from loaders.trigger_guards import clause_span

REBELS = "actor/syrian-rebels"
# Ground fire: shells, rockets, mortars ("rocket attacks struck", "mortar rounds hit", "shelling of").
_GROUND_FIRE = re.compile(r"(?i)shell|rocket|mortar|artillery")
# The area hit, named as the government's, after the trigger in its clause: "struck government-held districts"; not
# where the fire came from ("rockets fired from government-held areas").
_GOVERNMENT_HELD = re.compile(
    r"(?<!\bfrom\s)(?<!\bfrom\sthe\s)\b(?:government|regime|loyalist)[- ](?:held|controlled)\b", re.IGNORECASE
)


# Between the trigger and the area, words that make the area something other than what was hit (nineteenth session,
# helper review6): where the guns stand ("artillery positioned in regime-held Jobar shelled Douma") or where people
# went ("civilians fleeing the shelling reached government-held areas").
_NOT_HIT = re.compile(
    r"\b(?:positioned|based|stationed|deployed|located|placed|fled|flee(?:s|ing)?|reach(?:ed|ing)|moved|moving|"
    r"return(?:ed|ing)|escap(?:ed|ing)|head(?:ed|ing)|refuge|evacuat\w*|displaced)\b",
    re.IGNORECASE,
)


def firer_of_held_area(text: str, match: re.Match[str]) -> str | None:
    """Rebels, when unattributed ground fire hits an area the text calls government-held in the trigger's clause."""
    if not _GROUND_FIRE.search(match.group(0)):
        return None
    _, clause_end = clause_span(text, match.start(), match.end())
    held = _GOVERNMENT_HELD.search(text, match.end(), min(clause_end, match.end() + 100))
    if held is None or _NOT_HIT.search(text, match.end(), held.start()):
        return None
    return REBELS
