"""Supporters named by how news English tells help in a fight (eighteenth session, helper sides): "with Russian air
cover", "with US support", "under the cover of Turkish artillery"; and a fronted "Backed by X, Y captured", whose comma
closes the supporters before the subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.demonyms import DEMONYMS
from loaders.model import Mention

COALITION = "actor/us-led-coalition"
_WHOSE = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
# "with Russian air cover", "with intensive U.S.-led air support", "under the cover of Turkish artillery" is read by
# the named phrases already; here the helper is an adjective before the help noun.
_ADJECTIVE_HELP = re.compile(
    r"\b(?:with|under)\s+(?:the\s+)?(?:(?:heavy|intensive|intense|direct|close|massive|full|continued)\s+)?"
    rf"(?P<who>(?<![\w-])(?:{_WHOSE})(?![\w-])|U\.?S\.?-led|[Cc]oalition)\s+"
    r"(?:(?:air|aerial|military|artillery|ground|fire)\s+)?(?:support|backing|cover|help)\b"
)
# Between two supporters of a fronted list, and before the subject after it.
_AND_OR = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")


def adjective_supporters(text: str) -> list[str]:
    """The states (or the US-led coalition) named by an adjective before a noun of help: "with Russian air cover"."""
    keys = []
    for match in _ADJECTIVE_HELP.finditer(text):
        who = match.group("who")
        keys.append(DEMONYMS.get(who, COALITION))
    return keys


def fronted(text: str, start: int) -> bool:
    """Whether the support phrase at `start` opens its sentence ("Backed by Russian jets, Syrian troops ...")."""
    return not text[:start].strip()


def fronted_supporters(first: Mention, actors: Sequence[Mention], text: str, base: int) -> list[str]:
    """The supporters of a fronted phrase: the list from `first`, its last comma closing it before the subject."""
    keys, end, last_comma = [first.key], first.span.end - base, None
    for m in actors:
        s = m.span.start - base
        if s < end:
            continue
        gap = text[end:s]
        if _AND_OR.fullmatch(gap):
            last_comma = None
        elif _COMMA.fullmatch(gap):
            last_comma = len(keys)
        else:
            break
        keys.append(m.key)
        end = m.span.end - base
    # "Backed by Russia, Iran and Hezbollah, Syrian troops": a list ends on "and"; what a bare comma adds last is the
    # subject
    if last_comma is not None:
        keys = keys[:last_comma]
    return list(dict.fromkeys(keys))
