"""Who dealt and who suffered a blow told by the strike: "the Syrian aircraft dealt a heavy blow to the militants in
airstrikes on their command posts", "Jaish al-Fateh terrorists suffered another blow in similar strikes"
(twenty-sixth session, helper remote26).

State media tell a strike as a blow: its subject dealt it, the one it fell on suffered it, and the strike itself
follows "in", "with" or "by". The side right before the phrase, with a word or two of its own between ("the Syrian
aircraft", "Jaish al-Fateh terrorists"), is the trigger's attacker or target."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

_OWN_WORDS = r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:also|again|have|has|had|once\s+more)\s+)*"
_BLOW = r"(?:a\s+|another\s+)?(?:[\w-]+\s+){0,2}?blows?\s+"
_STRIKE_OPENS = (
    r"(?:in|with|by|through)\s+(?:(?:a|an|the|their|its|several|similar|new|fresh|further)\s+)?(?:[\w-]+\s+){0,2}?"
)
_DEALT = re.compile(
    rf"{_OWN_WORDS}(?:dealt|delivered|inflicted|landed)\s+{_BLOW}(?:to|on|upon|against)\s+(?:[\w'’-]+\s+){{0,6}}?"
    rf"{_STRIKE_OPENS}",
    re.IGNORECASE,
)
_SUFFERED = re.compile(rf"{_OWN_WORDS}(?:suffered|received|sustained|took)\s+{_BLOW}{_STRIKE_OPENS}", re.IGNORECASE)


def blow_roles(actors: Sequence[Mention], text: str, base: int, t_start: int) -> tuple[list[str], list[str]]:
    """The side that dealt the blow the trigger at text[t_start:] tells, and the side that suffered it."""
    for m in reversed([m for m in actors if m.span.end - base <= t_start]):
        end = m.span.end - base
        if _DEALT.fullmatch(text, end, t_start):
            return [m.key], []
        if _SUFFERED.fullmatch(text, end, t_start):
            return [], [m.key]
    return [], []
