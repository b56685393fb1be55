"""Where a purpose told after a trigger begins: what follows is aimed at, the trigger itself was done."""

from __future__ import annotations

import re

from loaders.comments_after import comment_after

# "jets pounded insurgent positions to prevent them from advancing", "shelled the road in order to stop the convoy":
# the pounding happened, only the preventing is aimed at, so a hedge word there ("to prevent", "could") hedges the
# aim, not the trigger (thirty-first session, helper miss31). A bare "to stop" right after the trigger may be its verb
# ("urged the shelling to stop"), so at least one word must come between and the aim must take an object.
_AIM = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,12}?(?P<aim>in\s+order\s+to|so\s+as\s+to|in\s+a\s+bid\s+to)\s"
    # not the infinitive a word before it completes: "not enough to stop", "failed to prevent", "urged them to halt"
    r"|\s+(?:[\w'’-]+\s+){0,11}?(?!(?:enough|fail(?:ed|s)?|unable|able|need(?:ed|s)?|want(?:ed|s)?|urg(?:ed|es)|"
    r"ask(?:ed|s)?|call(?:ed|s)|demand(?:ed|s)?|tri(?:ed|es)|try(?:ing)?|hop(?:ed|es)|sought|seeks?|aim(?:ed|s)?|"
    r"plan(?:s|ned)|vow(?:ed|s)|managed|help(?:ed|s)?|order(?:ed|s))\s)[\w'’-]+\s+(?P<stop>to\s+(?:prevent|stop|halt|block|thwart|repel|counter|fend\s+off))\s+"
    # with an object of its own: "urged the shelling of Douma to stop on Sunday" asks for an end, it tells no aim
    r"(?!(?:on|in|at|by|for|immediately|now|after|before|and|or|as|when|until|altogether|completely)\b)\w",
    re.IGNORECASE,
)


def aim_after(text: str, trigger_end: int, end: int) -> int:
    """Where a purpose phrase after the trigger opens within its clause (ending at end), else end."""
    end = comment_after(text, trigger_end, end)  # "a move that will ...": a judgement of the deed (engbattles35)
    aim = _AIM.match(text, trigger_end, end)
    return end if aim is None else aim.start(aim.lastgroup or "aim")
