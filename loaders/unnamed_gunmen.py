"""Unnamed gunmen who attack an armed post: "Gunmen attacked a checkpoint" tells a clash though no side is named."""

from __future__ import annotations

import re

# The subject right before the attack verb: "(unidentified / masked) gunmen", "armed men", "unknown assailants",
# perhaps "have / had" or a day between. The text names them as armed men, so "attacked" is no mere attack word with
# nobody attacking (`engagement_filters.clashes_with_sides`); no side is inferred for them or for what they hit.
_GUNMEN_BEFORE = re.compile(
    r"\b(?:gunmen|armed\s+men|(?:unknown|unidentified)\s+(?:assailants|attackers))\s+"
    r"(?:(?:on\s+\w+day|have|had|has)\s+)?$",
    re.IGNORECASE,
)
_ATTACK_VERB = re.compile(r"(?:attacked|raided|stormed|open(?:ed)?\s+fire\s+(?:on|at|upon))", re.IGNORECASE)
# ... and its object an armed post or patrol, which ACLED codes a clash; a bus, a village or a crowd hit by gunmen is
# violence against civilians, which the word does not tell apart, so it is left alone
_ARMED_POST_AFTER = re.compile(
    r"\s++(?:an?|the|two|three|several)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:checkpoints?|patrols?|military\s+posts?|army\s+posts?|security\s+posts?|outposts?|barracks|convoys?)\b",
    re.IGNORECASE,
)


def gunmen_attacked(text: str, start: int, end: int) -> bool:
    """Whether the generic trigger at `start` is unnamed gunmen attacking an armed post or patrol."""
    if _ATTACK_VERB.fullmatch(text, start, end) is None or _ARMED_POST_AFTER.match(text, end) is None:
        return False
    return _GUNMEN_BEFORE.search(text, max(0, start - 60), start) is not None
