"""Fighting words that tell no new battle (displaced people, old outbreaks, not begun, paused, a cause, everywhere)."""

from __future__ import annotations

import re

from loaders.fight_words import FIGHT_WORD, FOUGHT
from loaders.timex import DAY_NAMED as _DAY

_NUMBER = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|\d+)"

# "Hundreds of families have been displaced by the clashes in Idlib province": the fighting's toll on people told
# alone, like "fled the fighting" (`trigger_guards._FLED_FROM`); the words between are the fighting's own.
_DISPLACED_BY = re.compile(
    r"\b(?:displaced|uprooted|made\s+homeless|forced\s+(?:from|out\s+of)\s+their\s+homes)\s+by\s+(?:the\s+)?"
    r"(?:(?!(?:as|when|while|after|before|because|since|until|and|but|or)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def displaced_by(text: str, match: re.Match[str]) -> bool:
    """Whether the fight is only what displaced people ("displaced by the fighting")."""
    return _DISPLACED_BY.search(text, max(0, match.start() - 60), match.start()) is not None


# "Many residents left the town when fighting broke out there three years ago": the outbreak, years back.
_BROKE_OUT_BACK = re.compile(
    r"\s{1,3}(?:first\s+)?(?:broke\s+out|erupted|began|started|flared)\s+(?:there\s+|in\s+(?:the\s+)?[\w'’-]+\s+)?"
    rf"(?:{_NUMBER}\s+years?\s+ago|last\s+year)\b",
    re.IGNORECASE,
)


def broke_out_years_back(text: str, match: re.Match[str]) -> bool:
    """Whether the fight is an outbreak told years back ("when fighting erupted there two years ago")."""
    return _BROKE_OUT_BACK.match(text, match.end()) is not None


# "The long-awaited offensive on Idlib has not yet begun", "the assault has yet to start", "the attack never
# materialised": a fight told as not begun, the negation after the fight word (`trigger_guards._NEGATION` reads it
# before).
_NOT_BEGUN = re.compile(
    r"(?:\s{1,3}(?!(?:and|but|which|who|that|when|while|after|before)\b)[\w'’-]+){0,5}?\s{1,3}"
    r"(?:(?:has|have|had)\s*(?:not|n['’]?t)\s+(?:yet\s+)?(?:begun|started|been\s+launched|materiali[sz]ed|taken\s+place)|"
    r"(?:is|are|was|were|has|have)\s+yet\s+to\s+(?:begin|start|be\s+launched|materiali[sz]e|take\s+place)|"
    r"never\s+(?:began|started|materiali[sz]ed|took\s+place|came))\b",
    re.IGNORECASE,
)


def not_begun(text: str, match: re.Match[str]) -> bool:
    """Whether the fight is told as not begun ("the offensive has yet to begin")."""
    return _NOT_BEGUN.match(text, match.end()) is not None


# "There was a lull in the fighting in Aleppo", "a respite from the clashes": a pause, no fight (like "pauses in" of
# `trigger_guards._NOT_HAPPENING`).
_LULL_IN = re.compile(
    r"\b(?:lulls?|respite|break)\s+(?:in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def lull_in(text: str, match: re.Match[str]) -> bool:
    """Whether the fight is what a lull paused ("a lull in the fighting")."""
    return _LULL_IN.search(text, max(0, match.start() - 50), match.start()) is not None


# "Russia says its forces are fighting terrorism in Syria", "the fight against terrorism": a cause fought, no armed
# foe (like the fire or the disease of `unarmed_fights`); a named group fought ("fighting terrorist groups") is left.
_CAUSE_FOUGHT = re.compile(
    r"\s{1,3}(?:against\s+|on\s+)?(?:(?:international|global|the|all)\s+)?(?:terrorism|terror|extremism|radicalism)\b"
    # "the fight against the terror group in Raqqa" names a foe
    r"(?![\w-]|\s+(?:groups?|organi[sz]ations?|cells?|networks?|outfits?|militias?|factions?|elements?|hideouts?|"
    r"positions?|targets?|bases?)\b)",
    re.IGNORECASE,
)


def cause_fought(text: str, match: re.Match[str]) -> bool:
    """Whether the fight's object is terrorism or extremism, a cause, not a foe ("fighting terrorism")."""
    return FOUGHT.match(match.group(0)) is not None and _CAUSE_FOUGHT.match(text, match.end()) is not None


# "Fighting continues on several fronts across the country", "clashes were still raging throughout Syria": the war's
# general state, told with no place or side of its own (a place read into it is the previous sentence's). Not
# `going_on_words.GOES_ON`, which finds one battle going on, to join to its earlier report; this needs the country.
# Nor `backdrops._CURRENTLY`, the present "are currently fighting" before a verb (see there why both stay).
_GOES_ON = re.compile(
    r"\s{1,3}(?:also\s+|still\s+)?(?:continues|continued|(?:is|are|was|were)\s+(?:still\s+)?(?:continuing|ongoing|raging)|"
    r"raged|rages|went\s+on|goes\s+on)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:on\s+(?:several|many|various|multiple|other|all|different)\s+fronts|across\s+(?:the\s+country|Syria)|"
    r"throughout\s+(?:the\s+country|Syria)|in\s+other\s+parts\s+of\s+the\s+country|nationwide)\b",
    re.IGNORECASE,
)


def goes_on_everywhere(text: str, match: re.Match[str]) -> bool:
    """Whether the fight is told going on everywhere ("fighting continues on several fronts"), with no day."""
    # (a day named makes it one day's news: "Fighting raged across the country on Monday, killing 80 people")
    return _GOES_ON.match(text, match.end()) is not None and _DAY.search(text) is None


def battle_aside(text: str, match: re.Match[str]) -> bool:
    """Whether a fighting word in the sentence tells no new battle (one of the readings above)."""
    if not FIGHT_WORD.match(match.group(0)):
        return False
    return (
        displaced_by(text, match)
        or broke_out_years_back(text, match)
        or not_begun(text, match)
        or lull_in(text, match)
        or cause_fought(text, match)
        or goes_on_everywhere(text, match)
    )
