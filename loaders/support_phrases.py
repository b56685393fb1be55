"""Supporters named by how news English tells help in a fight (eighteenth session, helper sides): "with Russian air
cover", "with US support", "under the cover of Turkish artillery"; and a fronted "Backed by X, Y captured", whose comma
closes the supporters before the subject; and all the supporters a sentence names ("backed by X", "X-backed", "in
support of").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.aircraft_words import PLURALS
from loaders.demonyms import DEMONYMS
from loaders.model import Mention
from loaders.nearest_actors import BACKED_SUFFIX, coordinated, first_after
from loaders.text import without_abbreviation_dot

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
    keys, end, last_comma, first_comma = [first.key], first.span.end - base, None, None
    for m in actors:
        s = m.span.start - base
        if s < end:
            continue
        gap = text[end:s]
        if _AND_OR.fullmatch(gap):
            last_comma = None
        elif _COMMA.fullmatch(gap):
            last_comma = len(keys)
            first_comma = len(keys) if first_comma is None else first_comma
        else:
            break
        keys.append(m.key)
        end = m.span.end - base
    # "Backed by Russia, Iran and Hezbollah, Syrian troops": a list ends on "and"; what a bare comma adds last is the
    # subject
    if last_comma is not None:
        keys = keys[:last_comma]
    elif first_comma is not None and not _COMMA.match(text, end):
        # "Backed by Russia, Syrian troops and Hezbollah attacked": no comma closes the list before the verb, so the
        # phrase closed at its first comma and the rest is the subject (helper review4)
        keys = keys[:first_comma]
    return list(dict.fromkeys(keys))


_SUPPORT = re.compile(
    r"\b(?:backed\s+by|supported\s+by|aided\s+by|assisted\s+by|with\s+the\s+(?:support|backing|help|"
    r"participation|assistance)\s+of|helped\s+by|alongside|(?:in\s+)?cooperation\s+with|(?:air\s+)?cover\s+"
    # "with support from Russian jets", "with air support from the coalition", "with help from" (twenty-first session)
    r"(?:from|of)|with\s+(?:(?:air|aerial|military|artillery|ground|close|heavy)\s+)?(?:support|backing|help|"
    r"assistance)\s+from)\s+",
    re.IGNORECASE,
)
_SENT_TO_FIGHT = re.compile(
    r"\b(?:interven\w+|deploy\w*|fight\w*|fought|sen[dt]s?|launch\w*|join\w*|operat\w+|enter\w*|strikes?|"
    r"struck|air\s*strikes?|airstrikes?|raids?|troops|forces|jets|warplanes)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_IN_SUPPORT_OF = re.compile(r"\bin\s+support\s+of\s+", re.IGNORECASE)
# Strikes the subject launched, carried out or conducted: their doer, whoever they were in support of (remote28)
STRIKES_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|ying)\s+out|conduct(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:air\s*strikes?|airstrikes?|air\s+raids?|raids|strikes|bombing\s+raids?)\b",
    re.IGNORECASE,
)


def named_supporters(text: str, base: int, actors: Sequence[Mention]) -> list[str]:
    """Actors named as supporters: "backed by X, Y and Z", "with the participation of X", "X-backed"."""
    keys: list[str] = []
    for match in _SUPPORT.finditer(text):
        first = first_after(actors, match.end(), base, text, reach=12)
        if first is not None:
            named = fronted_supporters if fronted(text, match.start()) else coordinated
            keys.extend(named(first, actors, text, base))
    keys.extend(adjective_supporters(text))
    for m in actors:
        start, end = m.span.start - base, m.span.end - base
        # "U.S.-backed": the name's span leaves out the abbreviation's last dot
        if BACKED_SUFFIX.match(without_abbreviation_dot(text[end:], text[start:end])):
            keys.append(m.key)
    support_of = _IN_SUPPORT_OF.search(text)
    # Only forces sent to fight are "in support of" someone: "a rally in support of Assad" supports nothing armed.
    if support_of and _SENT_TO_FIGHT.search(text, 0, support_of.start()):
        # "Russia intervenes in support of the Syrian army": the subject supports.
        subject = [m for m in actors if m.span.end - base <= support_of.start()]
        # "Russia launched airstrikes on Idlib in support of the regime": who launched the strikes struck (remote28)
        if subject and not STRIKES_LAUNCHED.search(text, subject[0].span.end - base, support_of.start()):
            keys.extend(described_sides(text, base, actors, support_of) or [subject[0].key])
    return list(dict.fromkeys(keys))


# "Russian planes which operate in support of the Assad regime", "Hezbollah fighters fighting in support of the army":
# a relative clause or a participle right after the force says what it does in general (nineteenth session, helper
# outrecall5)
# ("Hezbollah fighters who fight": the name's head noun may stand between)
_DESCRIBED = re.compile(
    rf"(?<!\s)(?:\s++(?:fighters|militants|militiamen|troops|forces|units|{PLURALS}))?"
    # possessive spaces: no run of them is tried twice
    r"(?:\s*+,)?\s++(?:(?:which|that|who)\s++(?:[\w'’-]++\s++){1,3}?|[a-z]+ing\s++)",
    re.IGNORECASE,
)


def described_sides(text: str, base: int, actors: Sequence[Mention], support_of: re.Match[str]) -> list[str]:
    """The side a force is described as fighting for ("planes which operate in support of the regime"), else none.

    The described force is the one the sentence tells acting ("the strike was carried out by Russian planes which
    operate in support of the regime"): it stays a doer, and the side it fights for is its supporter, never the doer.
    """
    before = [m for m in actors if m.span.end - base <= support_of.start()]
    if not before or not _DESCRIBED.fullmatch(text, before[-1].span.end - base, support_of.start()):
        return []
    side = first_after(actors, support_of.end(), base, text, reach=12)
    return coordinated(side, actors, text, base) if side is not None else []


# Nouns of an act of fire from afar, not of the force that makes it: "Russian airstrikes" happened; "Russian jets"
# named as helpers are only who helps
_STRIKE_NOUN = re.compile(r"(?:air\s*|aerial\s+|bombing\s+)?(?:strikes?|raids?|bombardments?|bombings?)", re.IGNORECASE)


def helper_strikes(
    actors: Sequence[Mention], supporters: Sequence[str], text: str, base: int, match: re.Match[str]
) -> list[str]:
    """The supporter named right before a noun of strikes ("backed by Russian airstrikes"): those strikes' doer."""
    if not _STRIKE_NOUN.fullmatch(match.group(0)):
        return []
    for m in actors:
        end = m.span.end - base
        if m.key in supporters and end <= match.start() and re.fullmatch(r"[\s-]*", text[end : match.start()]):
            return [m.key]
    return []
