"""Ground told as swathes or a share of a country: a conquest summed up, not one place taken (asked by
`trigger_guards.blocked`)."""

from __future__ import annotations

import re

from loaders.timeline_entries import entry_verb

# Ground told as "swathes" or "large parts" of a country is a conquest summed up, not one place taken: "the swathes of
# territory in Syria and Iraq that it seized in mid-2014", "took over large swathes of the country in 2014".
_SWATHES_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:large|vast|huge|wide|big)\s+)?(?:swathes|swaths|parts|tracts|areas)\s+of\s+"
    # a region of the country, not of a province or town: "captured areas of northern Hama" is one taking
    r"(?:territory|land|the\s+country|(?:(?:north|east|south|west)(?:ern)?\s+)?(?:Syria|Iraq))\b",
    re.IGNORECASE,
)
# A share of the country taken or held: "has regained control of 55 percent of the country", "seized a third of
# Syria": a war's balance summed up, no one place taken (twenty-first session, helper outprec6)
_SHARE_AFTER = re.compile(
    # (the word of measure takes its own blank: "(?:about)?\s*" after "\s+" read a run of blanks in quadratic time)
    r"\s+(?:(?:back\s+)?(?:full\s+)?control\s+(?:of|over)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|"
    r"roughly|less\s+than|up\s+to)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:a|one|two)\s+(?:third|quarter|half)s?"
    r"|half)\s+of\s+(?:the\s+country|Syria|(?:its|the|all)\s+territory|territory|the\s+land)\b"
    # or told by a word of quantity, the whole country its object: "has regained control of most of the country",
    # "much of Syria" (not "the bulk of the territory around Aleppo", "most of the country's oil fields"; thirty-third
    # session, vocab33, written-sentence probe)
    r"|\s+(?:(?:back\s+)?(?:full\s+)?control\s+(?:of|over)\s+)?(?:most|much|the\s+(?:bulk|majority)|(?:large|vast|big)\s+"
    r"parts?)\s+of\s+(?:the\s+country|Syria)\b(?![’'-])",
    re.IGNORECASE,
)
_SWATHES_BEFORE = re.compile(
    r"\b(?:swathes|swaths|tracts)\s+of\s+(?:territory|land)\b[^.;]{0,60}?\b(?:that|which)\s+(?:[\w-]+\s+){1,5}$",
    re.IGNORECASE,
)
_TAKING = re.compile(r"(?i)seiz|captur|t(?:ook|aken|ake|akes|aking)\s+(?:over|control)|over(?:ran|run)")


def conquest_summed_up(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger takes swathes of a country ("the swathes of territory it seized in 2014") or tells a share of
    it ("regained control of 55 percent of the country"): the war's balance, no one place taken."""
    before = text[: match.start()]
    if (
        _TAKING.match(match.group(0).lower())
        and (_SWATHES_AFTER.match(text, match.end()) or _SWATHES_BEFORE.search(before[-120:]))
        # (a timeline's entry tells the conquest as its event: "2014 IS group seizes swathes of territory")
        and not entry_verb(text, match)
    ):
        return True
    return _SHARE_AFTER.match(text, match.end()) is not None
