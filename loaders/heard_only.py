"""Blasts told only as heard are a sound, not an engagement (twenty-third session, helper precision23;
docs/extraction.md, "Engagements"): "Blasts and gunfire were also heard in Daraa city", "explosions could be heard
across the city", "residents heard two loud explosions". What was heard is told by the words for any blast; the act
behind it, when the article knows it, comes with its own words ("the blast heard on Saturday was due to a rocket").
"""

from __future__ import annotations

import re

# The words for a blast alone (`sentence_triggers.WEAK_EXPLOSIVE`): no weapon, no doer in the word itself.
_BLAST = re.compile(r"(?i)(?:explosions?|blasts?)")
# The blast the subject of "heard": "were also heard", "could be heard"; another noun of noise may be listed before
# the verb ("Blasts and gunfire were heard"), nothing else (not "blasts hit the town and were heard").
_HEARD_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?(?:gunfire|gunshots|shots|shooting|sirens|explosions|blasts))?"
    r"\s+(?:was|were|could\s+be|can\s+be|could\s+also\s+be|had\s+been|have\s+been)\s+(?:also\s+|clearly\s+|still\s+)?"
    r"heard\b",
    re.IGNORECASE,
)
# Words between the verb and the blast: "two loud explosions", "a huge explosion"
_MODIFIERS = r"a|an|the|two|three|several|many|loud|huge|heavy|massive|powerful|large|big|successive|multiple"
# The blast the object of "heard": "residents heard two loud explosions", "heard the sound of a blast".
_HEARD_BEFORE = re.compile(rf"\bheard\s+(?:the\s+sounds?\s+of\s+)?(?:(?:{_MODIFIERS}|more)\s+){{0,3}}$", re.IGNORECASE)
# The blast the object of a picture's "showed": "It showed scenes of heavy fighting including explosions", "footage
# shows a huge explosion" (twenty-ninth session, helper dup29): what a video or photo shows is told by its own words
_SHOWN_BEFORE = re.compile(
    rf"\b(?:showed|shows|showing)\s+(?:scenes\s+of\s+)?(?:[\w-]+\s+){{0,4}}?(?:including\s+)?(?:(?:{_MODIFIERS})\s+){{0,3}}$",
    re.IGNORECASE,
)

# What the blast did, told of the blast itself: a relative clause on it ("heard a blast that destroyed a bakery",
# "an explosion at the checkpoint which killed six") or a verb joined to the hearing ("was heard and killed seven").
# The blast is then an act that was also heard (twenty-third session, helper review23e); a clause of another subject
# ("as jets struck") is not the blast's.
_HARM = r"(?:killed|killing|wounded|injured|destroyed|damaged|hit|struck|targeted|tore|ripped|levelled|leveled)"
_RELATIVE_HARM = re.compile(
    r"(?:,?\s+(?!(?:as|when|after|before|while|and|but)\b)[\w'’-]+){0,6}?,?\s+(?:that|which)\s+(?:also\s+)?"
    rf"{_HARM}\b",
    re.IGNORECASE,
)
_JOINED_HARM = re.compile(rf"\s+and\s+(?:also\s+)?{_HARM}\b", re.IGNORECASE)


def only_heard(text: str, match: re.Match[str]) -> bool:
    """Whether a blast word is only what was heard ("explosions were heard in Homs") or shown, no act told by it."""
    if not _BLAST.fullmatch(match.group(0)):
        return False
    if _RELATIVE_HARM.match(text, match.end()):
        return False  # "heard a blast that destroyed a bakery": the blast's act told
    if heard := _HEARD_AFTER.match(text, match.end()):
        return _JOINED_HARM.match(text, heard.end()) is None
    before = max(0, match.start() - 60)
    return (
        _HEARD_BEFORE.search(text, before, match.start()) is not None
        or _SHOWN_BEFORE.search(text, before, match.start()) is not None
    )
