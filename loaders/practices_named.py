"""A way of waging the war named, no engagement told (thirty-second session, helper generic32; docs/extraction.md,
"Engagements"): a siege named as a strategy or a tactic ("the regime's siege strategy", "the strategy of starving
besieged towns"), a means used as a weapon ("used sieges as a weapon of war") and deeds done "for years"."""

from __future__ import annotations

import re

from loaders.grown_since import COMPARISON
from loaders.sieges_held import under_for_years
from loaders.timex import DAY_AFTER, WEEKDAY

# A noun of method: what a side does as a rule, not what it did one day.
_METHOD = r"(?:strateg(?:y|ies)|tactics?|polic(?:y|ies)|methods?|doctrine)"
# The siege word as the modifier of such a noun: "siege strategy", "siege tactics", "siege warfare", "the
# siege-and-starve policy". The compound names a way of fighting, not one town shut in.
_METHOD_AFTER = re.compile(rf"(?:-and-[a-z]+|-style)?\s{{1,3}}(?:{_METHOD}|warfare)\b", re.IGNORECASE)
# ... or the method named before it, at most a gerund between: "the strategy of starving besieged towns", "a policy
# of besieging rebel areas", "the tactic of encircling and starving".
_METHOD_OF = re.compile(rf"\b{_METHOD}\s{{1,3}}of\s{{1,3}}(?:[a-z-]+ing\s{{1,3}}(?:and\s{{1,3}})?)?$", re.IGNORECASE)
_SIEGE_WORD = re.compile(r"(?i)sieges?|besieg|encircl|blockad|starv")
# A means used as a weapon: "use" before the trigger, "as a weapon / tactic / tool ..." after it: "has used sieges as a
# weapon of war", "uses barrel bombs as a tool of terror", "the use of starvation and siege as a tactic". The verb of
# using and the role together tell a practice; without the verb ("shelled Douma as a means of pressure") it is left.
_USE_BEFORE = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|resort(?:s|ed|ing)?\s{1,3}to)\s{1,3}"
    r"(?:(?!(?:on|in|at|against|near|after|since|when|while|but)\b)[\w'’-]+\s{1,3}){0,3}$",
    re.IGNORECASE,
)
_AS_WEAPON = re.compile(
    r"(?:\s{1,3}(?:of|and|or|in)\s{1,3}[a-z'’-]+){0,2}\s{1,3}as\s{1,3}(?:an?|the|their|its|his|her)\s{1,3}(?:[a-z-]+\s{1,3})?"
    rf"(?:weapons?|{_METHOD}|tools?|instruments?|means)\b",
    re.IGNORECASE,
)


def named_as_method(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger names a way of waging the war ("siege tactics", "used sieges as a weapon of war")."""
    before = text[max(0, match.start() - 60) : match.start()]
    if _USE_BEFORE.search(before) and _AS_WEAPON.match(text, match.end()):
        return True
    if not _SIEGE_WORD.match(match.group(0)):
        return False
    return bool(_METHOD_AFTER.match(text, match.end()) or _METHOD_OF.search(before))


# A span of years after the trigger, in its clause: "has besieged rebel areas for years", "shelling has killed hundreds
# over the years", "have bombed hospitals for decades". Many deeds summed up, none told; "for four years" (a siege's
# length) and "in years" ("the worst fighting in years") are left. A relative clause or infinitive between makes the
# span that clause's ("bombed the town, which had held out for years").
_YEARS_AFTER = re.compile(
    r"\b(?:for\s{1,3}(?:many\s{1,3}|several\s{1,3})?(?:years|decades)(?!\s{1,3}to\s{1,3}come)|over\s{1,3}the\s{1,3}years)\b",
    re.IGNORECASE,
)
# A day told between ("shelled Douma on Monday in the heaviest bombardment for years") dates the trigger.
_OTHER_CLAUSE = re.compile(
    rf"\b(?:which|that|who|whose|where|to|as|when|while|after|before|since|{WEEKDAY}|yesterday|today|overnight|"
    rf"{COMPARISON}|latest)\b",
    re.IGNORECASE,
)
# ... not measured against the years: "the heaviest fighting for years", "the first air strike on the town for years"
_COMPARED_BEFORE = re.compile(rf"\b(?:{COMPARISON}|latest)\s{{1,3}}(?:[\w'’-]+\s{{1,3}}){{0,3}}$", re.IGNORECASE)


def years_after(text: str, match: re.Match[str], end: int) -> bool:
    """Whether a span of years ("for years", "over the years") after the trigger sums up many deeds."""
    span = _YEARS_AFTER.search(text, match.end(), end)
    return (
        span is not None
        and _OTHER_CLAUSE.search(text, match.end(), span.start()) is None
        and _COMPARED_BEFORE.search(text, max(0, match.start() - 60), match.start()) is None
        and not under_for_years(text, match)  # "have been under siege for years": one siege's length
    )


# The engagement as what a debate is about: "the debate over US-led coalition strikes against ISIS", "MPs debated
# air strikes on Syria", "a debate on military action". A policy argued, none told; a day after it in the sentence
# ("the debate over the strike on the hospital on Monday") leaves the event to be read.
_DEBATE_OVER = re.compile(
    r"\b(?:debat(?:es?|ed|ing)\s{1,3}(?:(?:over|about|on|whether\s{1,3}to)\s{1,3})?|legality\s{1,3}of\s{1,3}|"
    r"case\s{1,3}(?:for|against)\s{1,3})(?:(?:the|any|more|further|new|renewed|extending|expanding|launching)\s{1,3})?"
    r"(?:(?!(?:of|for|since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|to|that|which|who|was|were|"
    r"is|are|has|have|had)\b)[\w'’-]+\s{1,3}){0,3}$",
    re.IGNORECASE,
)


def debated(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what a debate is about ("the debate over coalition strikes against ISIS")."""
    return bool(
        _DEBATE_OVER.search(text, max(0, match.start() - 80), match.start()) and not DAY_AFTER.match(text, match.end())
    )


# A side known for the deed: "the group is infamous for its suicide bombings", "notorious for barrel bombs". A
# reputation, no one engagement.
_REPUTED_FOR = re.compile(
    r"\b(?:known|notorious|infamous|famous|renowned|reviled|feared)\s{1,3}for\s{1,3}"
    r"(?:(?:its|their|his|her|the)\s{1,3})?(?:[\w'’-]+\s{1,3}){0,2}$",
    re.IGNORECASE,
)
# The whole war marked by the deed: "the war has been marked by sieges and air strikes", "the conflict has been
# characterised by indiscriminate shelling".
_WAR_MARKED_BY = re.compile(
    r"\b(?:war|conflict|uprising|crisis|revolution)\s{1,3}(?:has\s{1,3}been|had\s{1,3}been|was|is)\s{1,3}"
    r"(?:[a-z]+ly\s{1,3})?(?:marked|characteri[sz]ed|defined|dominated|punctuated|scarred)\s{1,3}by\s{1,3}"
    r"(?:[\w'’-]+\s{1,3}){0,3}$",
    re.IGNORECASE,
)
# The deed said to be a policy: "the bombardment of rebel areas is a deliberate policy", "the sieges are a tactic of
# war"; at most a phrase of three words between.
_IS_A_METHOD = re.compile(
    r"(?:\s{1,3}(?:of|on|against|in)\s{1,3}(?:[\w'’-]+\s{1,3}){0,2}?[\w'’-]+)?\s{1,3}(?:is|are|was|were|has\s{1,3}been|"
    rf"have\s{{1,3}}been)\s{{1,3}}(?:an?|the|part\s{{1,3}}of\s{{1,3}}(?:an?|the))\s{{1,3}}(?:[a-z-]+\s{{1,3}})?{_METHOD}\b",
    re.IGNORECASE,
)


def reputed(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what a side is known for, what marks the war, or a policy ("the war has been marked by
    sieges", "infamous for its suicide bombings", "the bombardment of rebel areas is a deliberate policy")."""
    before = text[max(0, match.start() - 80) : match.start()]
    return bool(_REPUTED_FOR.search(before) or _WAR_MARKED_BY.search(before) or _IS_A_METHOD.match(text, match.end()))


# A toll in thousands after the deed: "the coalition's air strikes have killed thousands of civilians", "shelling has
# killed tens of thousands": the whole campaign's dead, no one engagement. A day between leaves it ("shelled Douma on
# Monday, which has killed thousands" is no such toll anyway: a relative clause between ends it).
_THOUSANDS_KILLED = re.compile(
    r"(?:\s{1,3}(?:of|on|against|in|by)\s{1,3}(?:[\w'’-]+\s{1,3}){0,2}?[\w'’-]+)?\s{1,3}(?:has|have|had)\s{1,3}"
    r"(?:(?:so\s{1,3}far|now|already|reportedly)\s{1,3})?(?:killed|left\s{1,3}dead|claimed\s{1,3}the\s{1,3}lives\s{1,3}of)"
    r"\s{1,3}(?:(?:more\s{1,3}than|over|tens\s{1,3}of|hundreds\s{1,3}of|many)\s{1,3})?thousands\b",
    re.IGNORECASE,
)


def named_generically(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is named as a way of war, debated, reputed or given the war's toll: no engagement told."""
    return (
        named_as_method(text, match)
        or debated(text, match)
        or reputed(text, match)
        or _THOUSANDS_KILLED.match(text, match.end()) is not None
    )
