"""Whose shelling or fighting "after N days of" tells: the taker's ("Regime forces seized Baba Amr after 27 days of
heavy shelling"), the truce makers' ("Kurds and troops agreed a truce after days of clashes")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# The trigger is the means of a siege or bombardment that a taking ended: "after 27 days of heavy shelling", "after
# weeks of bombardment and siege". Only bombardment: a taker fought someone, but shelled or bombed them alone.
_AFTER_DAYS_OF = re.compile(
    r"\b(?:after|following)\s+(?:(?:more\s+than|over|nearly|almost|some|about)\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+)?"
    r"(?:days?|weeks?|months?|nights?)\s+of\s+(?:(?:heavy|intense|fierce|relentless|constant|continuous|"
    r"non-stop|daily|aerial|artillery|rare|bloody|deadly|sporadic)\s+){0,2}$",
    re.IGNORECASE,
)
_POUNDING = re.compile(r"(?i)shelling|bombardments?|bombing|air\s*strikes|airstrikes|air\s+raids|barrel\s+bombs")
# A taking verb of the clause before "after", its subject the taker: "seized", "captured", "took control of",
# "stormed", "entered", "overran", "retook"
_TAKING = re.compile(
    r"\b(?:seiz(?:e|es|ed)|captur(?:e|es|ed)|took|takes?|retook|retakes?|recaptur(?:e|es|ed)|storm(?:s|ed)|"
    r"enter(?:s|ed)|overr(?:an|uns?)|regain(?:s|ed)|conquer(?:s|ed))\b",
    re.IGNORECASE,
)


def taker_shelled(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The subject of a taking verb when the trigger is the shelling its "after N days of" tells came first."""
    if not _POUNDING.fullmatch(match.group(0)):
        return []
    after = _AFTER_DAYS_OF.search(text, max(0, match.start() - 80), match.start())
    if after is None or after.end() != match.start():
        return []
    taking = next(reversed(list(_TAKING.finditer(text, max(0, after.start() - 120), after.start()))), None)
    if taking is None or re.search(r"[,;:.]", text[taking.end() : after.start()]):
        return []
    # the taker right before its verb, no more than four words off
    subject = [
        m
        for m in actors
        if m.span.end - base <= taking.start() and len(text[m.span.end - base : taking.start()].split()) <= 4
    ]
    return [subject[-1].key] if subject else []


# A truce agreed, its makers before the verb: "Kurdish fighters and troops who agreed a truce last week after several
# days of clashes": the fighting the truce ended was between its makers.
_TRUCE_AGREED = re.compile(
    r"\b(?:agreed|signed|reached|struck|declared)\s+(?:(?:on|to)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:truce|ceasefire|cease-fire)\b[^.;:,]{0,40}$",
    re.IGNORECASE,
)
_FOUGHT = re.compile(r"(?i)clashes|fighting|battles")


def truce_makers_fought(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The makers of a truce when the trigger is the fighting its "after N days of" tells came before it."""
    if not _FOUGHT.fullmatch(match.group(0)):
        return []
    after = _AFTER_DAYS_OF.search(text, max(0, match.start() - 80), match.start())
    if after is None or after.end() != match.start():
        return []
    truce = _TRUCE_AGREED.search(text, max(0, after.start() - 100), after.start())
    if truce is None:
        return []
    makers = [
        m.key
        for m in actors
        if truce.start() - 100 <= m.span.start - base
        and m.span.end - base <= truce.start()
        and not re.search(r"[.;]", text[m.span.end - base : truce.start()])
    ]
    return list(dict.fromkeys(makers))[:2]
