"""A way of waging the war named, no engagement told (thirty-second session, helper generic32; docs/extraction.md,
"Engagements"): a siege named as a strategy or a tactic ("the regime's siege strategy", "the strategy of starving
besieged towns"), a means used as a weapon ("used sieges as a weapon of war") and deeds done "for years"."""

from __future__ import annotations

import re

from loaders.grown_since import COMPARISON
from loaders.timex import WEEKDAY

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
_DAY_AFTER = re.compile(rf"[^.;]{{0,160}}?\b(?:{WEEKDAY}|today|yesterday|overnight)\b", re.IGNORECASE)


def debated(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what a debate is about ("the debate over coalition strikes against ISIS")."""
    return bool(
        _DEBATE_OVER.search(text, max(0, match.start() - 80), match.start()) and not _DAY_AFTER.match(text, match.end())
    )
