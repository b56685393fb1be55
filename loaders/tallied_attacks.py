"""Attacks tallied over months or years are a count, not one engagement (nineteenth session, helper outprec4;
docs/extraction.md, "Engagements"): "the regime was behind at least three attacks in 2014 and 2015", "at least eight
chemical attacks ... during the final months in the battle"."""

from __future__ import annotations

import re

from loaders.counts import NUMBER
from loaders.grown_since import COMPARISON
from loaders.timex import DAY_AFTER, DAY_NAMED

# A tally before a plural trigger: "at least three", "more than 70", "dozens of" and at most two modifiers.
_TALLY = re.compile(
    rf"\b(?:(?:at\s+least|more\s+than|over|some|nearly|almost)\s+{NUMBER}(?:\s+of)?|(?:dozens|scores|hundreds)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... counted over a span of months or years in the same sentence: "in 2014 and 2015", "during the final months",
# "over the past two years", "since 2013", and "(so far) this year" with no preposition ("documented more than 3,000
# air strikes on Idlib this year"; thirtieth session, helper quiet30, written-sentence probe). A day's count ("at
# least three air strikes on the market on Monday", "dozens of strikes on Tuesday the worst day since 2015") is left:
# a day told before the span is the count's time.
_SPAN = re.compile(
    r"[^.;,]{0,120}?\b(?P<span>in|during|over|since|between|throughout)\s+(?:the\s+)?(?:(?:past|last|final|first|previous)\s+"
    r"(?:\w+\s+)?(?:months|years|year)|(?:19|20)\d\d)\b|[^.;,]{0,120}?\b(?:so\s+far\s+)?(?P<this>this)\s+year\b",
    re.IGNORECASE,
)

# A superlative right before the span makes it a comparison, not the count's time: "at least 20 air strikes hit Idlib
# in the heaviest bombardment since 2015" tells one day's strikes measured against years (helper review6).
_COMPARED = re.compile(
    rf"\b{COMPARISON}\s+(?:[\w'’-]+\s+){{0,4}}?$",
    re.IGNORECASE,
)


# A tally of the victims right after the verb: "executed more than 4,000 people", "has kidnapped thousands of".
_VICTIMS_TALLY = re.compile(
    rf"\s+(?:(?:at\s+least|more\s+than|over|some|nearly|almost|about|around|up\s+to)\s+)?(?:{NUMBER}|(?:thousands|"
    r"hundreds|dozens|scores)\s+of)\b",
    re.IGNORECASE,
)
_IN_A_YEAR = re.compile(r"in\s+(?:the\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# Attacks counted in thousands are a campaign's tally whatever span is told or none: "has carried out thousands of air
# strikes against IS in Syria and Iraq", "its jets have flown thousands of sorties" (thirty-second session, helper
# generic32, written-sentence probe). Not with a day after it in the sentence ("thousands of shells fell on Daraya on
# Monday": one day's bombardment).
_THOUSANDS = re.compile(r"\b(?:tens\s+of\s+)?thousands\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# A count recorded by a monitor in the perfect: "Amnesty has documented dozens of attacks on medical facilities", "the
# Observatory has recorded hundreds of air strikes": a tally kept over time, whatever span is told (generic32,
# written-sentence probe); a day after it ("has recorded 30 strikes since Saturday") is left to the day's news.
_RECORDED = re.compile(
    r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:documented|recorded|counted|verified|logged|tallied|registered)\s+"
    rf"(?:(?:at\s+least|more\s+than|over|some|nearly|almost)\s+)?(?:{NUMBER}|dozens|scores|hundreds|thousands)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def tallied(text: str, match: re.Match[str]) -> bool:
    """Whether a plural trigger, or a killing's victims, are counted over months or years: a tally, none reported."""
    # "IS executed more than 4,000 people since 2014": a toll of years, no one killing
    victims = _VICTIMS_TALLY.match(text, match.end())
    if victims is not None:
        # not one year: "executed 300 men in 2014" may be one killing of that year ("this year" is no year named)
        span = _SPAN.match(text, victims.end())
        one_year = span is not None and span.group("span") and _IN_A_YEAR.match(text, span.start("span"))
        return not one_year and _over_a_span(text, victims.end())
    if not match.group(0).lower().endswith("s"):
        return False
    if _THOUSANDS.search(text, max(0, match.start() - 60), match.start()) or _RECORDED.search(
        text, max(0, match.start() - 80), match.start()
    ):
        return not DAY_AFTER.match(text, match.end())
    # the tally may stand inside a trigger of several words ("fired dozens of rockets at"): before its last word
    head = match.start() + match.group(0).rstrip().rfind(" ") + 1
    if not _TALLY.search(text, max(0, match.start() - 60), head):
        return False
    return _over_a_span(text, match.end())


def _over_a_span(text: str, end: int) -> bool:
    """Whether the tally ending at text[end] is counted over a span of months or years, not a day's or a comparison."""
    span = _SPAN.match(text, end)
    where = span.start("span") if span is not None and span.group("span") else span.start("this") if span else 0
    if span is None or _COMPARED.search(text, max(end, where - 60), where):
        return False
    return not DAY_NAMED.search(text, end, span.end())
