"""Aircraft named with no strike told: "the warplane crashed", "rebels downed a helicopter", "the roar of fighter
jets", "a downed pilot" (asked by `trigger_guards.blocked`)."""

from __future__ import annotations

import re

from loaders.aircraft_words import DRONES, PLANES, STRIKING, SUBJECT

_CRASHED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:crash(?:ed|es)?|went\s+down|(?:was|had\s+been)\s+(?:shot|brought)\s+down|was\s+downed|"
    # "their helicopter came under fire from the ground", "the helicopter was hit by gunfire": the aircraft was hit
    r"came\s+under\s+(?:\w+\s+)?fire|(?:was|were)\s+hit)\b",
    re.I,
)
# Aircraft named alone are a strike only with something done in the sentence: struck, bombed, killed, fired.
# (the air-strike trigger's own aircraft words)
_AIRCRAFT_ONLY = re.compile(STRIKING, re.IGNORECASE)
_AIR_ACTION = re.compile(
    r"\b(?:struck|strik\w*|bomb\w*|hit\w*|target\w*|attack\w*|raid\w*|pound\w*|drop\w*|fir(?:e|ed|es|ing)|kill\w*|"
    r"shell\w*|pummel\w*|destroy\w*|launch\w*|carr(?:ied|y|ies|ying)\s+out|conduct\w*|sorties|missiles?|rockets?|"
    # "SOHR documented the death of 7 civilians by warplanes": the Observatory's noun for the dead (bulletin31)
    r"blast\w*|bombard\w*|wound\w*|injur\w*|dead|died|deaths?|massacre\w*|hammer\w*|"
    # verbs of what was destroyed: "warplanes flattened a market", "helicopters unleashed barrels"
    r"flatten\w*|raz(?:e|ed|es|ing)|levell?(?:ed|ing)|demolish\w*|devastat\w*|unleash\w*|barrages?|barrels?)\b",
    re.IGNORECASE,
)
# Aircraft at the trigger's start, the subject words and a lone "plane" too: one crashed or downed is often one.
# An action denied is none done: "jets flew over Idlib without striking", "warplanes circled but did not carry out any
# strikes" (thirty-third session, helper fixes33, written-sentence probe)
# (none of the words between opening a clause of its own: "flew in without warning and struck a market" struck)
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:without|not|never)|n['’]t)\s+(?:(?!(?:and|but|or|then|before|after|while|as)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# ... but a past form after words of its own is the clause's verb, no longer under the negation: "warplanes without
# warning struck a market", "jets that had not flown for days struck Saraqib", "not only bombed" (reread33b); an adverb
# alone between leaves it negated ("have not yet bombed")
_STILL_NEGATED = frozenset({"yet", "ever", "once", "even", "actually", "directly", "really", "previously", "since"})
# A clause of contrast of its own: "Jets flew over Idlib and did not strike, but helicopters dropped barrel bombs on
# Daraa" (thirty-third session, helper fixes33b, written-sentence probe): the helicopters' strike is not the jets'.
_CONTRAST = re.compile(r"(?:[,;]\s*(?:but|while|whereas|although)|;)\s", re.IGNORECASE)
_DOWNED_AIRCRAFT = re.compile(rf"(?i){SUBJECT}|{PLANES}")
_DOWNED_BEFORE = re.compile(r"\b(?:(?:shot|shoot(?:s|ing)?)\s+down|down(?:ed|ing))\s+(?:[\w-]+\s+){0,4}$", re.I)


def aircraft_without_strike(text: str, match: re.Match[str]) -> bool:
    """Whether an aircraft trigger names aircraft that struck nothing: crashed, shot down, only seen or heard."""
    before = text[: match.start()]
    word = match.group(0).lower()
    if (_CRASHED.match(text, match.end()) or _DOWNED_BEFORE.search(before)) and _DOWNED_AIRCRAFT.match(word):
        return True  # "the warplane crashed in a busy market", "rebels downed a helicopter": no strike
    start, end = _own_clause(text, match)
    if _AIRCRAFT_ONLY.fullmatch(word) and not any(
        not _denied(text, act, start) for act in _AIR_ACTION.finditer(text, start, end)
    ):
        return True  # "a helicopter on a test flight", "the roar of fighter jets": aircraft named, nothing struck
    # "a downed pilot was killed": the shooting down is told, if at all, elsewhere
    return bool(re.fullmatch(r"(?i)downed", word) and re.search(r"(?i)\b(?:a|an|the|his|its|their)\s+$", before))


def _denied(text: str, act: re.Match[str], start: int) -> bool:
    """Whether a word of air action is under a negation before it ("without striking", "did not carry out strikes")."""
    denial = _DENIED_BEFORE.search(text, max(start, act.start() - 60), act.start())
    if denial is None:
        return False
    verb = act.group(0).lower()
    between = denial.group(0).lower().split()[1:]
    past = verb in ("struck", "hit") or verb.endswith("ed")
    return not (past and any(w not in _STILL_NEGATED for w in between))


def _own_clause(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The bounds of the clause of contrast the aircraft word stands in (the whole sentence when there is none)."""
    start, end = 0, len(text)
    for turn in _CONTRAST.finditer(text):
        if turn.end() <= match.start():
            start = turn.end()
        elif turn.start() >= match.end():
            end = turn.start()
            break
    return start, end


# "The warplanes carried out raids on Ariha", "helicopters dropped barrel bombs on Tafas", "SOHR monitored the warplanes
# carrying out raids": aircraft as the subject of a strike done in the past, or seen doing it. A perfect ("have
# bombed"), a modal ("would strike") or a negation puts a word between the aircraft and the verb, and is no match; a
# verb that may carry anything ("dropped", "carried out") needs a weapon or a strike after it, not leaflets or food.
# (the trigger's aircraft words, "aircraft" and drones: what is seen or told striking)
_AIRCRAFT = rf"(?:{STRIKING}|aircraft|{DRONES})"
_STRIKE_NOUN = (
    r"(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?raids?|(?:air\s*)?strikes?|sorties|bombs?|barrels?|missiles?|rockets?|shells?|"
    r"explosives?|cylinders?|mines?|attacks?|bombardments?)\b"
)
_AIRCRAFT_DID = re.compile(
    rf"(?<![\w-]){_AIRCRAFT}\s+(?:(?:also|again|then)\s+)?"
    # not a participle with its agent after it ("helicopters hit by rebel fire crashed": the aircraft were struck)
    rf"(?:(?:bombed|struck|targeted|hit|shelled|pounded|raided|bombarded)\b(?!\s+by\b)|"
    rf"(?:carried\s+out|conducted|executed|launched|dropped|fired)\s+{_STRIKE_NOUN})",
    re.IGNORECASE,
)
# ... or as the agent of a passive or of a strike noun: "areas were shelled by helicopters", "a bombing by
# warplanes on X" (twenty-second session, helper outlets3)
_BY_AIRCRAFT = re.compile(
    rf"\b(?:(?:was|were)\s+(?:\w+ly\s+)?(?:bombed|struck|targeted|hit|shelled|pounded|raided|bombarded)|"
    rf"(?:bombing|shelling|bombardment|raids?|strikes?))\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?{_AIRCRAFT}\b",
    re.IGNORECASE,
)
_AIRCRAFT_SEEN = re.compile(
    rf"\b(?:monitored|documented|observed|saw|spotted)\s+(?:the\s+)?{_AIRCRAFT}\s+"
    rf"(?:(?:bombing|striking|targeting)\b|(?:carrying\s+out|dropping|launching|firing)\s+{_STRIKE_NOUN})",
    re.IGNORECASE,
)


def told_by_aircraft(text: str, start: int, end: int) -> bool:
    """Whether the span [start, end) tells aircraft doing the strike: the report says who struck, if not whose."""
    return bool(
        _AIRCRAFT_DID.search(text, start, end)
        or _AIRCRAFT_SEEN.search(text, start, end)
        or _BY_AIRCRAFT.search(text, start, end)
    )
