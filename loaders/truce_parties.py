"""The parties to a truce: who made the deal it is under, the other side of a deal made with, who announced it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import coordinated, coordinated_back, first_after

# The makers of the deal a truce is under: "under a deal brokered by", "agreed under a deal earlier this year
# between", "talks sponsored by".
_DEAL_BY = re.compile(
    r"\b(?:deals?|agreements?|accords?|talks)\s+(?:[\w-]+\s+){0,4}?(?:(?:brokered|sponsored|mediated|agreed|reached)\s+)?"
    r"(?:by|between)\s+",
    re.IGNORECASE,
)
_BROKERED = re.compile(r"\s(?:has\s+|had\s+)?(?:brokered|sponsored|mediated)\b", re.IGNORECASE)
# Between two parties to a deal: "Russia Iran and Turkey", "Russia and Iran and rebel backer Turkey".
_ALLY_WORDS = r"(?:backers?|allies|ally|supporters?)"
_ALLY_OF = re.compile(rf"[-\s]{_ALLY_WORDS}\b", re.IGNORECASE)
_PARTY_GAP = re.compile(rf"\s*,?\s*(?:and\s+)?(?:the\s+)?(?:(?:its|their|[\w-]+)[-\s]{_ALLY_WORDS}\s+)?")


def deal_parties(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """Who made the deal a truce is under: "a de-escalation zone under a deal brokered by Russia Turkey and Iran",
    "where Russia has brokered deals"."""
    # from the trigger's start: "an evacuation deal between warring sides" names its deal in the trigger
    window = text[match.start() : match.end() + 160]
    by = _DEAL_BY.search(window)
    if by is not None:
        # "regime ally Iran": the regime describes Iran and is no party
        parties = [m for m in actors if not _ALLY_OF.match(text, m.span.end - base)]
        first = first_after(parties, match.start() + by.end(), base, text, reach=30)
        if first is not None:
            keys, end = [first.key], first.span.end - base
            for m in parties:
                if m.span.start - base >= end:
                    if not _PARTY_GAP.fullmatch(text, end, m.span.start - base):
                        break
                    keys.append(m.key)
                    end = m.span.end - base
            return tuple(dict.fromkeys(keys))
    broker = _BROKERED.search(window)
    if broker is not None:
        for m in actors:
            if 0 <= match.start() + broker.start() - (m.span.end - base) <= 1:
                return (m.key,)
    return ()


def made_with(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The other side of a deal made "with" it: "reached an agreement with government officials"."""
    if not match.group(0).lower().endswith("with"):
        return ()
    first = first_after(actors, match.end(), base, text, reach=12)
    return tuple(coordinated(first, actors, text, base)) if first is not None else ()


# "the Syrian regime announced a nationwide ceasefire": who announces or declares a truce makes it (a speech verb
# elsewhere, so `actor_before` leaves the announcer out); not a clause it reports ("announced they rejected the truce")
_ANNOUNCED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:unilaterally\s+)?(?:announced|declared|implemented)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\"“]?(?!(?:that|they|it|he|she|we|would|will|to)\s)[\w-]+\s+){0,3}?[\"“]?$",
    re.IGNORECASE,
)


def announcer(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The actor who announced or declared the truce the trigger names, right before the verb."""
    return tuple(
        m.key
        for m in actors
        if m.span.end - base <= match.start() and _ANNOUNCED.fullmatch(text, m.span.end - base, match.start())
    )[-1:]


# "The army and rebels agreed on a ceasefire", "Government forces and rebels reached a truce": the subject that agrees
# to, reaches, signs or accepts a truce makes it, every side joined by "and" (thirty-second session, helper sd32). The
# verb right after the subject, the truce within three words after the verb (not "agreed that the truce had failed").
_AGREED_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:agreed|reached|signed|accepted|concluded)\s+(?:on\s+|to\s+|upon\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?!(?:that|they|it|to)\s)[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# (the trigger that opens on the verb, "agreed to stop fighting": the subject right before it)
# (gaps32: or with where they are between, "Rebels in Daraya agreed to stop fighting": "in" and a capitalised name)
_BEFORE_AGREED = re.compile(
    r"\s+(?:in\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+)?(?:(?:has|have|had)\s+)?", re.I
)


def agreed_by(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The sides that agreed on, reached, signed or accepted the truce the trigger names, right before the verb."""
    gap = _BEFORE_AGREED if match.group(0).lower().startswith("agree") else _AGREED_BEFORE
    end = match.start()
    before = [m for m in actors if m.span.end - base <= end and gap.fullmatch(text, m.span.end - base, end)]
    subject = tuple(coordinated_back(before[-1], actors, text, base)) if before else ()
    return subject + _agreed_with(text, base, match, actors)


# "rebels agreed with the army to stop fighting": the side agreed with, named inside the trigger, is a party too
# (thirty-second session, helper gaps32)
_AGREED_WITH = re.compile(r"agree(?:d|s)?\s+with\s+", re.IGNORECASE)


def _agreed_with(text: str, base: int, match: re.Match[str], actors: Sequence[Mention]) -> tuple[str, ...]:
    """The sides named between "agreed with" and what was agreed, inside the trigger."""
    opened = _AGREED_WITH.match(text, match.start())
    if opened is None:
        return ()
    return tuple(m.key for m in actors if opened.end() <= m.span.start - base and m.span.end - base <= match.end())
