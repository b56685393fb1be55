"""Suicide bombers counted among the dead: "40 IS fighters were killed, including several suicide bombers"."""

from __future__ import annotations

import re

from loaders.counts import NUMBER

# The bombers a toll counts: "including several suicide bombers", "among them two suicide bombers", "of whom three were
# suicide bombers". Who fell is counted, no bombing told (thirty-fourth session, helper fixes34, written-sentence
# probe): the bombing trigger had made the dead its targets and the attack a suicide bombing.
_AMONG_DEAD = re.compile(
    rf"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:(?:at\s+least\s+)?(?:several|some|many|a\s+few|"
    # not "by": "including at least ten by suicide bombers" counts the bombers' dead, a bombing told (reread34b)
    rf"a\s+number\s+of|{NUMBER})\s+)?(?:(?:of\s+)?(?:the|its|their)\s+)?(?:(?:were|are)\s+)?(?:(?!by\s)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_BOMBERS = re.compile(r"suicide\s+bombers", re.IGNORECASE)


def bombers_among_dead(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is suicide bombers counted among a toll's dead ("including several suicide bombers")."""
    return (
        _BOMBERS.fullmatch(match.group(0)) is not None
        and _AMONG_DEAD.search(text, max(0, match.start() - 60), match.start()) is not None
    )
