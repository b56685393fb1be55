"""An engagement named as what someone gains by ("the beneficiary of the coalition strikes") is judged, not told."""

from __future__ import annotations

import re

from loaders.measure_causes import dated_after

# Who gains by an engagement is commentary on one told elsewhere or on a campaign: "Assad is the major beneficiary of
# the US-led coalition strikes against ISIS", "the Kurds have profited from Russian strikes". The trigger is the object
# of the gain, after a determiner or a possessive and at most four modifiers (engfp37). Not "gains", a side's ground
# ("the rebels' gains from the offensive" are places taken).
_GAINED_BY = re.compile(
    r"\b(?:beneficiar(?:y|ies)\s+of|benefit(?:s|t?ed|t?ing)?\s+from|profit(?:s|ed|ing)?\s+from|"
    r"(?:winners?|losers?)\s+(?:of|from))\s+(?:(?:the|a|an|these|those|this|that|its|their|his|her)\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def gained_by(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what someone is said to gain by: a judgement, no engagement told."""
    if _GAINED_BY.search(text, max(0, match.start() - 100), match.start()) is None:
        return False
    # "benefited from US air strikes on Raqqa on Monday": strikes dated in their own phrase are told, as the means of
    # the gain (thirty-seventh session, lead: the thirtieth session's test of that sentence held it so)
    return not dated_after(text, match.end())
