"""Triggers told as one already reported ('the attack', 'Monday's raid') or as another ('another raid')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.counts import NUMBER
from loaders.grown_since import COMPARISON
from loaders.model import Mention, Span

_DEFINITE = re.compile(r"\b(?:the|this|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# A time phrase opening on "the" before a trigger with no article of its own: "During the day Friday airstrikes hit",
# "In the morning warplanes struck", "Later in the evening shells fell" (eighteenth session)
_TIME_PHRASE_BEFORE = re.compile(
    r"\b(?:during|in|over|throughout|through|later\s+in|earlier\s+in|late\s+in|early\s+in)\s+the\s+"
    r"(?:same\s+|previous\s+|following\s+)?(?:day|night|morning|afternoon|evening|dawn|weekend)\s+"
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?$",
    re.IGNORECASE,
)
# A passive with a definite subject tells what happened to something already named: "the men were executed",
# "The NDF base was attacked".
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|[.,;:]\s*|\b(?:and|but|said|says|that)\s+)[\"“]?"
    # a part of the group named ("Some of the executed troops were beheaded": thirtieth session, dup30)
    r"(?:(?:some|many|most|several|all|none|each|both|one|two|three|dozens|scores|hundreds)\s+of\s+)?"
    r"(?:the|these|those)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
    re.IGNORECASE,
)
# "Monday's raid", "yesterdays attack" (FA-KES drops the apostrophe): the one of that day, already told.
_DAY_POSSESSIVE = re.compile(r"\b(?:\w+day|yesterday|today|tonight)(?:'s|’s|s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "another raid", "a similar twin bombing", "the second such attack": an engagement other than the one just told; not
# "a second day of fighting", "a third straight day of clashes", which tell the one battle going on
ANOTHER = re.compile(
    r"\b(?:another|similar|separate|second\s+such|(?:a|an)\s+other|"
    r"a\s+(?:second|third|fourth)(?!\s+(?:(?:consecutive|straight|successive)\s+)?(?:day|night|week)s?\b))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "one of the airstrikes targeted the town of al-Ghanto": one strike of the many a report told, told as an event of its
# own (not "one of the shells landed on the mosque": a munition of the barrage told)
# (not "one of the deadliest air strikes of the war": a superlative ranks the strike told, no strike of its own)
_ONE_OF = re.compile(
    rf"\bone\s+of\s+(?:the|these|those|its|their)\s+(?:(?!{COMPARISON}\b)[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
_EVENT_NOUN = re.compile(r"(?:strikes|raids|attacks|bombings|sorties|assaults|offensives|bombardments)", re.IGNORECASE)


def one_of_many(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is one of many events told ("one of the airstrikes"), not a munition of one ("one of the
    shells")."""
    return _EVENT_NOUN.search(match.group(0)) is not None and _ONE_OF.search(text, 0, match.start()) is not None


# "Another army unit destroyed ...", "In Daraa, other units killed ...": a sentence whose subject is another unit of
# a force than the one just told reports what that unit did, an engagement of its own (news roundups list one unit's
# action a sentence)
_ANOTHER_UNIT = re.compile(
    r"\W*(?:(?:meanwhile|elsewhere|later|(?:in|on|at)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s*,?\s+)?(?:another|other)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:units?|detachments?|squads?|battalions?|brigades?|patrols?|formations?)\b",
    re.IGNORECASE,
)
# "Rocket attacks on another government-held neighbourhood", "exploded in another district of the city"
ANOTHER_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:in|on|at|into|targeting|targeted|hit|struck)\s+(?:another|a\s+different)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:neighbou?rhoods?|districts?|towns?|villages?|areas?|quarters?|parts?|cit(?:y|ies))\b",
    re.IGNORECASE,
)

# "attacked Saraqeb, another opposition-held city in Idlib province": a place named and set in apposition as another
# one than the place told before (nineteenth session, helper outrecall6)
_ANOTHER_NAMED = re.compile(
    r",?\s+(?:another|a\s+different)\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rhood|district|town|village|area|quarter|"
    r"city|suburb)\b",
    re.IGNORECASE,
)


def another_place_named(body: str, sentence: Span, mentions: Sequence[Mention]) -> bool:
    """Whether the sentence names a place as another than the one told before ("Saraqeb, another rebel-held city")."""
    return any(
        m.kind == "place" and sentence.start <= m.span.start < sentence.end and _ANOTHER_NAMED.match(body, m.span.end)
        for m in mentions
    )


_UNIT_WORDS = r"(?:units?|detachments?|squads?|battalions?|brigades?|patrols?|formations?)"
# ... or the subject of a clause joined to the sentence's first: "Army units targeted gatherings in Bosra while other
# units destroyed a bulldozer in al-Nueima" (twenty-first session, helper outrecall8: roundups pair two units' deeds
# in one sentence, as they give one a sentence); not "and" or "as", which also join two subjects of one deed ("The
# army and other units shelled the town")
# (twenty-seventh session, helper taken27: or a unit brought in by "a", "while an army unit eliminated gatherings in
# Deir Ezzor" after air strikes told first; the indefinite subject is a new doer, not the one just told)
_OTHER_UNITS_CLAUSE = re.compile(
    r"\b(?:(?:while|whereas|but)\s+(?:the\s+)?(?:another|other)|(?:while|whereas)\s+an?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+(?:(?!(?:and|or|of|in|on|at|with|from)\b)[\w-]+\s+){{0,3}}$",
    re.IGNORECASE,
)


# A clause that opens on another unit: "... while other army units continued operations in al-Moslemieh"
_OPENS_ON_OTHER_UNITS = re.compile(
    rf"\s*(?:while|whereas|but)\s+(?:the\s+)?(?:another|other)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\b",
    re.IGNORECASE,
)


def opens_on_another_unit(text: str, start: int) -> bool:
    """Whether the clause at `start` opens on another unit as its subject ("while other units destroyed ...")."""
    return _OPENS_ON_OTHER_UNITS.match(text, start) is not None


def another_unit(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's subject is another unit than the one just told: the sentence's ("Another army unit killed
    ...") or its joined clause's ("... while other units destroyed ...")."""
    unit = _ANOTHER_UNIT.match(text)
    if unit is not None and unit.end() <= match.start():
        return True
    return _OTHER_UNITS_CLAUSE.search(text, 0, match.start()) is not None


# "Three more civilians were killed ... in a barrel bomb attack", "Another 27 people were killed in raids": dead counted
# on top of those told, in an event told anew (twentieth session, helper merges3)
# (the project's count, `counts.NUMBER`: "twenty more", "a further 14"; twentieth session, helper review9)
_MORE_DEAD = re.compile(
    rf"\b(?:another\s+{NUMBER}|{NUMBER}\s+(?:more|other)|a\s+further\s+{NUMBER})\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?killed\b",
    re.IGNORECASE,
)


def more_dead(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's sentence counts its dead as more than those told ("Three more civilians were killed"),
    before a trigger told anew ("in a barrel bomb attack", not "in the attack")."""
    return _MORE_DEAD.search(text, 0, match.start()) is not None and not definite(text, match)


# "The regime forces shelled", "The army struck": a verb in the past after a subject its article opens (one to three
# words); the article picks out the doer, not an event told before (twenty-second session, helper merges22). Not a
# passive ("The NDF base was attacked": the deed done to what was told, `_DEFINITE_SUBJECT`)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?:(?!(?:was|were|been|is|are|be|being)\s)[\w'’-]+\s+){1,3}$", re.IGNORECASE
)
_PAST_VERB = re.compile(r"[a-z]{2,}ed|struck|hit|shot|fought|took|overran|blew", re.IGNORECASE)


def definite_by_subject(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is a verb whose subject alone carries the article ("The regime forces shelled areas in
    al-Latamneh"): read as definite, yet no description of an engagement told before."""
    return (
        _PAST_VERB.fullmatch(match.group(0)) is not None
        and _SUBJECT_BEFORE.search(text, max(0, match.start() - 80), match.start()) is not None
    )


def definite(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is told as known already: "the attack", "the IS assault", "Friday's strike"."""
    before = text[: match.start()]
    if _TIME_PHRASE_BEFORE.search(before[-80:]):
        return False  # "During the day Friday airstrikes hit ...": the article is the time's, the trigger's is none
    return bool(_DEFINITE.search(before) or _DEFINITE_SUBJECT.search(before) or _DAY_POSSESSIVE.search(before))
