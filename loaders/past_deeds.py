"""Deeds told as history: "has carried out bombings in the past", "during the battle for Aleppo last year"."""

from __future__ import annotations

import re

from loaders.compared_events import OLD_DATE_AFTER
from loaders.relative_records import record_in_relative
from loaders.timex import FULL_MONTHS
from loaders.used_to import used_to_habit

# "has carried out several bombings", "have attacked": a perfect before the trigger, within a few words of it
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+){1,5}$", re.IGNORECASE)
# "... in Kurdish areas in Syria in the past.": the span closes the clause; "in the past 24 hours" counts back from now
_IN_THE_PAST = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s+in\s+the\s+past(?=\s*(?:[.,;:]|$))", re.IGNORECASE)
# a clause of its own between the perfect and the trigger: "who have fled after the strike in the past ..."
_BREAK = re.compile(r"[,;:]|\b(?:and|but|after|before|when|while|which|who|that)\b", re.IGNORECASE)


def done_in_the_past(text: str, match: re.Match[str]) -> bool:
    """Whether a perfect tense before the trigger and "in the past" closing its clause tell a deed as history."""
    perfect = _PERFECT_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if perfect is None or _BREAK.search(text, perfect.end(), match.start()):
        return False
    after = _IN_THE_PAST.match(text, match.end())
    return after is not None and not re.search(r"[,;:]", text[match.end() : after.start() + 1])


# A named battle used as a time: "during the battle for Aleppo last year", "since the siege of Homs in 2014": a time
# preposition, "the" and at most two modifiers before the trigger ("during the final months of the battle")
_TIME_THE_BEFORE = re.compile(
    r"\b(?:since|during|before|after|following|throughout|until|of|in)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... then at most its own "for / of / on X" phrase of four words and a time a year or more back, closing the phrase
_YEAR_BACK = re.compile(
    r"(?:\s+(?:for|of|on|in|over|against)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+"
    r"(?:last\s+year|(?:a|one|two|three|four|five|six|several|\d+)\s+years?\s+ago|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def dated_back(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a past engagement named as a time ("since the battle for Aleppo last year")."""
    return (
        _TIME_THE_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
        and _YEAR_BACK.match(text, match.end()) is not None
    )


# A place described by its taking in a relative clause dated by a month or a year: "the desert city, which regime
# forces recaptured in March", "the town that IS seized in 2015": the place's history, the taking told elsewhere or
# long before (prec31). The relative pronoun, at most four words of subject, no clause break, then the taking verb.
_WHICH_SUBJECT = re.compile(
    r"\b(?:which|that)\s+(?:(?!(?:and|but|when|while|after|before|as|which|who|that)\b)[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
_TAKING = re.compile(r"(?i)(?:re)?captur|seiz|(?:re)?took|overr[au]n|liberat|retak|regain")
_DATED_AFTER = re.compile(
    rf"(?:\s+(?:it|them|back))?\s+(?:in\s+(?:(?:early|late|mid)[\s-]+)?(?:{FULL_MONTHS})(?:\s+(?:19|20)\d\d)?|"
    r"in\s+(?:19|20)\d\d|last\s+(?:year|month|summer|winter|spring|autumn))\b",
)


def taken_in_relative(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger takes a place in a relative clause dated by a month or year ("which IS seized in May")."""
    return (
        _TAKING.match(match.group(0)) is not None
        and _WHICH_SUBJECT.search(text, max(0, match.start() - 60), match.start()) is not None
        and _DATED_AFTER.match(text, match.end()) is not None
    )


# A past engagement a person or a thing is described by, in a participle or a passive relative clause, dated a year or
# more back: "a man wounded in an air strike on Douma in 2015 now lives in Turkey", "who lost his leg in a barrel bomb
# attack on Aleppo in 2014", "The school, which was shelled by rebels in 2013, reopened" (quiet31, written-sentence
# probe). The harm's participle, "in / by", a determiner and up to three modifiers; or the relative's passive verb.
_HARMED_IN = re.compile(
    r"\b(?:wounded|injured|maimed|hurt|orphaned|disabled|blinded|lost\s+(?:his|her|their|both)\s+[\w-]+)\s+"
    r"(?:in|by)\s+(?:an?|the)\s+(?:(?!(?:of|on|in|at|by|and|but|which|who|that|when|was|were)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_PASSIVE_RELATIVE = re.compile(
    r"\b(?:which|that|who)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+)?$",
    re.IGNORECASE,
)

# A year as the event's modifier names one long past: "survived the 2013 chemical attack on Ghouta", "the 2016
# offensive on eastern Aleppo" (quiet31, written-sentence probe)
_YEAR_MODIFIER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:19|20)\d\d\s+(?:[a-z][\w-]*\s+){0,2}$")
# ... or names it after the event: "the massacre of 2012", "the Hama massacre of 1982"
_OF_YEAR = re.compile(r"\s+of\s+(?:19|20)\d\d\b")
# The clause that tells what happened in a past year named after a noun: "the massacre of 2012, when militiamen
# killed dozens", "the siege of Homs in 2014, when hundreds starved", "The Hama massacre of 1982, in which the army
# killed thousands". Not a year that opens the sentence ("In 2015, when IS overran Palmyra, ..."): a word before.
_WHEN_IN_YEAR = re.compile(
    r"(?<=\w\s)(?:of|in)\s+(?:\w+\s+)?(?:19|20)\d\d,\s+(?:when|in\s+which|during\s+which)\s+"
    r"(?:(?!(?:and|but|while|after|before|now|today|yesterday)\b)[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)


def dated_in_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a harm or a passive relative clause dated a year or more back ("wounded ... in 2015")."""
    before = text[max(0, match.start() - 60) : match.start()]
    if _YEAR_MODIFIER.search(before) is not None or _OF_YEAR.match(text, match.end()) is not None:
        return True
    if _WHEN_IN_YEAR.search(text, max(0, match.start() - 90), match.start()) is not None:
        return True
    if _HARMED_IN.search(before) is None and _PASSIVE_RELATIVE.search(before) is None:
        return False
    return OLD_DATE_AFTER.match(text, match.end()) is not None


def told_as_history(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a deed told as history: in the past, a dated time, a dated taking or a dated harm, a
    habit told with "used to", or a side's record in a relative clause set off by commas."""
    return (
        done_in_the_past(text, match)
        or dated_back(text, match)
        or taken_in_relative(text, match)
        or dated_in_clause(text, match)
        or used_to_habit(text, match)
        or record_in_relative(text, match)
    )
