"""Strikes told as stopped are none told (nineteenth session, helper outprec4; docs/extraction.md, "Engagements"):
"the Russian and Syrian air forces had stopped bombing Aleppo", "halted airstrikes for a 48-hour pause" tell a halt,
which the truce words read, not a strike."""

from __future__ import annotations

import re

from loaders.aircraft_words import ENDS_IN_SUBJECT
from loaders.sentence_heads import DEFINITE, DEMONSTRATIVE, head_before

# A verb of ceasing right before the strike or shelling it takes as its complement: ceasing asserts the event no
# longer happens. "Rebels halted the army's advance" is a battle and is left: only bombing, shelling and strikes; so is
# "non-stop shelling" (a hyphen before) and "a bus stop" (a noun). The one word allowed between qualifies the strike;
# a conjunction or preposition there opens a clause or phrase of its own, and what stopped is something else: "an aid
# convoy stopped as shelling hit the road", "the talks were suspended amid air strikes" (helper review6).
_CEASED = re.compile(
    r"(?<![\w-])(?<!bus\s)(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|cease[sd]?|ceasing|suspend(?:s|ed|ing)?|paus(?:es|ed|ing))\s+"
    r"(?:(?:the|their|its|all|further)\s+)?(?:(?!(?:as|when|while|after|before|because|since|until|amid|during|and|but|"
    r"or|under|despite|with|without|by|for|at|near|on|in|from)\s)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_STRIKE_WORD = re.compile(r"(?i)(?:air\s*)?(?:strik|raid|bomb|shell)")
_REACH = 60
_AIRCRAFT = ENDS_IN_SUBJECT
# Aircraft, a trigger of their own, whose verb right after is one of ceasing: "the warplanes had stopped bombing",
# "the air force suspended air strikes". At most two words between, none opening a clause of its own.
_AIRCRAFT_CEASED = re.compile(
    r"\s+(?:(?!(?:that|which|who|whose|and|or|but|while|as)\b)[\w-]+\s+){0,2}?"
    r"(?:stop(?:s|ped)?|halt(?:s|ed)?|cease[sd]?|suspend(?:s|ed)?|paus(?:es|ed))\s+"
    r"(?:(?:the|their|its|all|further)\s+)?(?:air\s*)?(?:strik|raid|bomb|shell|sortie|flight)",
    re.IGNORECASE,
)


# An engagement named with "the" at the head of its sentence (at most two modifiers before it) whose own verb right
# after is one of ceasing: "The shelling stopped after the ceasefire took effect", "The sniper fire ceased", "The
# fighting subsided on Tuesday". The article refers back to the engagement told before; the verb tells its end.
# "The", "This", "That", "These", "Those", "Such": a demonstrative refers back as plainly as "the" (twenty-second
# session, one head with `spoken_of`)
_DEFINITE_HEAD = head_before(DEFINITE + DEMONSTRATIVE)
_HALTED = re.compile(
    r"\s+(?:(?:has|have|had|finally|then|later|soon|also)\s+){0,2}"
    r"(?:stopped|halted|ceased|ended|subsided|calmed|eased|abated|died\s+down|came\s+to\s+an?\s+(?:end|halt))\b",
    re.IGNORECASE,
)


def ceased_strike(text: str, match: re.Match[str]) -> bool:
    """Whether a strike trigger, or aircraft as the subject, goes with a verb of ceasing ("stopped bombing Aleppo")."""
    if _AIRCRAFT.search(match.group(0)) and _AIRCRAFT_CEASED.match(text, match.end()):
        return True  # "the warplanes had stopped bombing": the aircraft are the halt's subject
    if _HALTED.match(text, match.end()) and _DEFINITE_HEAD.search(text, max(0, match.start() - 60), match.start()):
        return True  # "The sniper fire stopped after the ceasefire": the end of one told before, none new
    if not _STRIKE_WORD.match(match.group(0)):
        return False
    return bool(_CEASED.search(text, max(0, match.start() - _REACH), match.start()))
