"""A side taking part in a fight: "IS and its rivals engaged in fierce clashes", "rebels were locked in heavy fighting"
tell the subject's own fight, as "rebels clashed" does (roles36)."""

from __future__ import annotations

import re

from loaders.side_gaps import trimmed

# News English puts a side in a fight with a verb of taking part and "in" before the fight's noun: "engaged in",
# "locked in", "embroiled in", "took part in". The "in" opens no place or circumstance there ("killed in clashes" does,
# and is left), so the side before it fights. The verb, its auxiliaries and an adverb, "in", a determiner, up to two
# modifiers, at the end of the gap.
_TAKING_PART = re.compile(
    r"(?<![\w-])(?:(?:has|have|had|is|are|was|were|been|got|also|again|now|still|later)\s++){0,3}"
    r"(?:engag(?:ed|es|ing)|locked|embroiled|bogged\s++down|t(?:ook|ake|akes|aking)\s++part|participat(?:ed|es|ing))"
    r"\s++in\s++(?:(?:a|an|the|their|its)\s++)?(?:[\w-]++\s++){0,2}$",
    re.IGNORECASE,
)
# the fight's nouns
_FIGHT = re.compile(r"(?i)(?:clash|fight|battl|combat|skirmish|gunfight|firefight|confrontation)")


def taking_part(gap: str, text: str, t_start: int) -> str:
    """The gap between a side and a fight's noun with "engaged in fierce" taken out, else the gap unchanged."""
    return trimmed(gap, text, t_start, _FIGHT, _TAKING_PART)
