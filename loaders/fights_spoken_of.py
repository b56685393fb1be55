"""Engagement words that name a fight feared, to be halted or already over, not one told as news."""

from __future__ import annotations

import re

from loaders.aircraft_words import STRIKING
from loaders.spoken_of import FEARED_DETERMINER, REPORT_VERB

# Words that open a clause of their own: between them and the trigger the trigger is another clause's
_OPENER = r"(?:after|before|when|while|as|since|because|following|amid|and|but|or|that|which|who|where|then|until)"

# "Residents, fearing shelling by government forces, stayed in basements": the gerund of fearing with the fight its
# object; what people dread, none told (written-sentence probe, notevents33). The finite verb ("residents fear a new
# offensive") is `spoken_of._FEAR_VERB`'s, and "for / in fear of" is left, as there, the feared thing often real and
# told. At most two modifiers between, none opening a clause or a report ("fearing reprisals said air strikes hit").
_FEARING = re.compile(
    r"(?<![\w-])fearing\s+"
    + FEARED_DETERMINER
    + rf"(?:(?!(?:{_OPENER}|{REPORT_VERB}|of|for|in|on|at|by|with|from|to)\b)[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


def feared(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what people fearing it dread ("fearing shelling"), not a fight told."""
    return _FEARING.search(text, max(0, match.start() - 60), match.start()) is not None


# "talks aimed at ending the fighting", "ways of halting the bombardment of Douma", "steps toward stopping the
# clashes": the fight is what diplomacy would end, like "an end to the bombing" (`trigger_guards._NOT_HAPPENING`);
# the gerund after a preposition of aim or topic, "the" or a possessive, and at most two modifiers (written-sentence
# probe, notevents33). Not "succeeded in stopping the attack" or "credited with halting the assault": a fight repelled.
_TO_BE_HALTED = re.compile(
    r"\b(?:at|on|toward|towards|of|for|about)\s+(?:ending|halting|stopping|curbing|curtailing|de-escalating)\s+"
    r"(?:the|all|their|its|further)\s+(?:(?!" + _OPENER + r"\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def to_be_halted(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what talks or steps would end ("aimed at ending the fighting")."""
    return _TO_BE_HALTED.search(text, max(0, match.start() - 50), match.start()) is not None


# "Life returned to Aleppo after the clashes between rebels and government troops subsided", "once the shelling
# stopped": the fight's end used as a time, the news being what came after (written-sentence probe, notevents33).
# A time conjunction, "the", at most two modifiers before the trigger; after it at most seven words with no clause
# break, then the verb of ending.
_TIME_THE = re.compile(r"\b(?:after|once|when|until|since)\s+the\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_ENDED = re.compile(
    r"(?:\s+(?!(?:after|before|when|while|which|who|that|but|then)\b)[\w'’-]+){0,7}?\s+(?:had\s+)?"
    r"(?:ended|subsided|stopped|ceased|died\s+down|eased|calmed(?:\s+down)?|(?:was|were)\s+over)\b",
    re.IGNORECASE,
)


def ended_as_time(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a fight whose end dates what followed ("after the fighting ended")."""
    return (
        _TIME_THE.search(text, max(0, match.start() - 50), match.start()) is not None
        and _ENDED.match(text, match.end()) is not None
    )


# "Lavrov and Kerry discussed the bombing of Aleppo", "met to discuss the siege of Aleppo", "talked about the
# offensive": the fight is the talks' subject, told (if at all) where the article reports it (written-sentence probe,
# notevents33). The verb, "the" or a possessive, and at most two modifiers.
_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|(?:talked|talking|talks?)\s+about|debated?|debating)\s+(?:the|its|their)\s+"
    rf"(?:(?!{_OPENER}\b)[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


def discussed(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is what talks were about ("discussed the bombing of Aleppo")."""
    return _DISCUSSED.search(text, max(0, match.start() - 50), match.start()) is not None


# "Observers expect the army to launch an assault on Idlib", "Russia wants the army to begin an offensive": a fight
# another expects or wants a side to make, the object's infinitive (a bare "to attack" is `trigger_guards`' already);
# not "forced the army to pull back" or "ordered troops to storm": those verbs are left (written-sentence probe,
# notevents33). The verb, one to four words of object, "to" and at most three words before the trigger.
_WISHED_FOR = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|want(?:s|ed|ing)?|urg(?:es|ed|ing|e)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+on|encourag(?:es|ed|ing|e))\s+"
    rf"(?:(?!(?:{_OPENER}|{REPORT_VERB}|to)\b)[\w'’-]+\s+){{1,4}}to\s+(?:(?!(?:{_OPENER}|{REPORT_VERB})\b)[\w'’-]+\s+){{0,3}}$",
    re.IGNORECASE,
)


def wished_for(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a fight one expects or wants a side to make ("expect the army to launch an assault")."""
    return _WISHED_FOR.search(text, max(0, match.start() - 90), match.start()) is not None


# "an end to air strikes by Russian warplanes", "residents fear air strikes by Russian warplanes", "marked the
# anniversary of the attack by government helicopters": the aircraft are the agent of a strike a guard found told of
# no engagement, so they tell none of their own either (written-sentence probe, notevents33). "by" or "from" and at
# most three words (a side's name, or two joined: "by government and Russian jets") between, after the strike's own
# "of / on X" ("the bombing of Aleppo by Syrian warplanes").
_AIRCRAFT = re.compile(rf"(?:{STRIKING})$", re.IGNORECASE)
_AGENT_GAP = re.compile(
    r"(?:\s+(?:of|on|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:by|from)\s+"
    r"(?:(?!(?:but|after|when|while|which|who|that|on|in|at)\b)[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)


def agent_of_dropped(text: str, match: re.Match[str], dropped_end: int | None) -> bool:
    """Whether the trigger is the aircraft by which a strike a guard dropped was flown ("strikes by warplanes")."""
    if dropped_end is None or _AIRCRAFT.search(match.group(0)) is None:
        return False
    return _AGENT_GAP.fullmatch(text, dropped_end, match.start()) is not None


def spoken_of_only(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger names a fight feared, to be halted, over as a time, talked about or wished for."""
    return (
        feared(text, match)
        or to_be_halted(text, match)
        or ended_as_time(text, match)
        or discussed(text, match)
        or wished_for(text, match)
    )
