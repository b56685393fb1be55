"""What a lone kill verb tells by its words: people killed with no word of fighting, or a suicide bomber's act."""

from __future__ import annotations

import re

from loaders.counts import NUMBER

# Who fought: a victim named by a fighter's noun or by membership is no civilian ("killed five people, all soldiers",
# "killed 20 men of the regime army", "killed three people from the Nusra Front").
_COMBATANT = (
    r"fighters?|soldiers?|troops|militants?|militiamen|rebels?|jihadists?|terrorists?|gunmen|insurgents?|members?|"
    r"officers?|personnel|elements?|recruits?|mercenaries|combatants?|guards?|policemen|conscripts?|snipers?|"
    # men of a force or a group: "killed 12 men of the regime army", "nine men from the rebel factions"
    r"army|forces|regime|militias?|factions?|brigades?|battalions?|units|groups?|armed"
)
_COUNT = rf"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to)\s+)?(?:{NUMBER}|several)"
# "shot dead five people", "killed at least nine men", "gunned down two persons": a count of people no word types.
# Not "killed people" (no count: a generic claim) nor a person named by role ("killed the commander").
_PEOPLE_AFTER = re.compile(
    rf"\s+{_COUNT}\s+(?:(?:more|other|young|local|unarmed)\s+)?(?:people|persons|men|individuals)\b|"
    # one man, after a verb or its noun: "killed a young man", "the killing of a man" (twenty-third session, kills23)
    r"\s+(?:of\s+)?(?:a|an|one)\s+(?:(?:young|local|unarmed|elderly|old)\s+)?(?:man|person|individual)\b"
)
# "Five people were shot dead by", "nine men have been killed by": the count before a passive kill verb.
_PEOPLE_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:people|persons|men|individuals)\s+(?:were|have\s+been|had\s+been)\s+$", re.IGNORECASE
)
# The rest of the victims' phrase, up to a clause break or its source: "five people, most of them fighters" names
# fighters, "five people, the army said" does not.
_PHRASE_END = re.compile(
    r"[.;:]|\b(?:when|while|after|as|during|in\s+(?:clashes|fighting|battles?))\b|"
    r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|says|reported|reports|told|added|according)\b",
    re.IGNORECASE,
)
_COMBATANT_WORD = re.compile(rf"\b(?:{_COMBATANT})\b", re.IGNORECASE)


# "IS claimed the killing of a young man", "the killing of two activists": the noun of one killing, its victims counted
# (not "the killed", the dead; nor "the killing of civilians", a charge with no count; twenty-third session, kills23)
ONE_KILLING = re.compile(rf"killing\s+of\s+(?:a|an|one|{_COUNT})\s", re.IGNORECASE)


# "a Jordanian suicide bomber from ISIL killed 32 soldiers": the bomber as the subject of the kill verb, in its clause
# (no stop, comma or second verb of another subject between), tells the killing's means: a suicide bombing.
_BOMBER_SUBJECT = re.compile(
    r"\bsuicide\s+(?:car\s+|truck\s+)?(?:bombers?|attackers?)\b(?P<gap>[^.,;:]{0,90}?)\s*$", re.IGNORECASE
)
# Not the bomber killed ("suicide bombers were killed by troops") nor another subject ("before troops killed").
_NOT_THE_BOMBERS_ACT = re.compile(
    r"\b(?:were|was|been|being|while|whereas|after|before|troops|forces|soldiers|army|guards|police)\b",
    re.IGNORECASE,
)


def killed_by_suicide_bomber(text: str, start: int) -> bool:
    """Whether the kill verb at text offset `start` has a suicide bomber as its subject."""
    bomber = _BOMBER_SUBJECT.search(text, max(0, start - 140), start)
    return bomber is not None and _NOT_THE_BOMBERS_ACT.search(bomber.group("gap")) is None


def unnamed_people_killed(text: str, start: int, end: int) -> bool:
    """Whether the kill verb at text[start:end] has a count of people as its victims, none named as a fighter."""
    after = _PEOPLE_AFTER.match(text, end)
    if after is not None:
        # the victims' phrase runs on after the count: "five people, all of them fighters"
        stop = _PHRASE_END.search(text, after.end(), after.end() + 80)
        return _COMBATANT_WORD.search(text, after.end(), stop.start() if stop else after.end() + 80) is None
    # the passive: the victims before the verb ("Five people were shot dead by"), the agent after it
    before = _PEOPLE_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and _COMBATANT_WORD.search(text, max(0, start - 60), start) is None
