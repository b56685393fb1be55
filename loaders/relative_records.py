"""A side's record told in a relative clause set off by commas: "The YPG, which has fought IS in Kobane, is backed by
Washington" describes the YPG; it reports no engagement."""

from __future__ import annotations

import re

from loaders.timex import WEEKDAY

# ", which has fought", ", from which Russian jets have bombed", ", whose jets have struck": a comma, the relative
# pronoun, at most three words of its own subject, then a present perfect right before the trigger (an adverb between,
# or a light verb before a noun)
_RECORD_BEFORE = re.compile(
    r"(?P<head>\b[\w'’-]+),\s+(?:(?:from|in)\s+)?(?:which|who|whose)\s+"
    r"(?:(?!(?:and|but|said|says|on|in)\b)[\w'’-]+\s+){0,3}?(?:has|have)\s+(?:(?:also|long|already|\w+ly)\s+)?"
    # a light verb and up to two words of count before a noun trigger: "which has claimed (several) suicide bombings"
    r"(?:(?:carried\s+out|claimed|staged|launched|conducted|mounted|waged)\s+(?:[\w-]+\s+){0,2}?)?$",
    re.IGNORECASE,
)
# ... or the trigger is the clause's subject, its perfect after it: ", from which Russian jets have bombed rebels"
_RELATIVE_OPEN = re.compile(
    r"(?P<head>\b[\w'’-]+),\s+(?:(?:from|in)\s+)?(?:which|whose)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_PERFECT_AFTER = re.compile(
    r"\s+(?:has|have)\s+(?:(?:also|long|already|\w+ly)\s+)?[a-z]+ed\b|\s+(?:has|have)\s+(?:struck|hit|fought|shot)\b"
)
# What the clause is said of: an offensive or a campaign "which has hit hospitals" is the event itself, told going on
_EVENT_HEAD = re.compile(
    r"(?i)(?:offensives?|campaigns?|operations?|assaults?|attacks?|strikes|raids|bombardment|bombing|shelling|"
    r"fighting|battles?|war|conflict|violence|clashes|advance|push|siege)$"
)
# The clause goes on to a comma and a main verb after it (set off, not closing the sentence) ...
_SET_OFF = re.compile(r"[^.;,]{0,120},")
# ... and tells no time of its own: "which has shelled the town since Saturday", "this week", "on Monday"
_TIMED = re.compile(
    rf"\b(?:since|{WEEKDAY}|yesterday|today|tonight|overnight|this\s+(?:week|month|year|morning)|recent|recently|"
    r"last|days?|hours?|weeks?|ago|earlier|latest)\b",
    re.IGNORECASE,
)
# A siege lasts and is coded as one ("the airport, which IS has besieged for a year, ..."), and so is ground taken
# long ago ("IS, which took Manbij in 2014"): neither is left out as a record
_CODED_KINDS = re.compile(
    r"(?i)besieg|sieges?\b|encircl|surround|blockad|(?:re)?captur|seiz|(?:re)?took|overr[au]n|liberat|retak|regain"
)


def record_in_relative(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a side's record in a comma-set relative clause in the present perfect, with no time."""
    if _CODED_KINDS.match(match.group(0)):
        return False
    record = _RECORD_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if record is None and _PERFECT_AFTER.match(text, match.end()):
        record = _RELATIVE_OPEN.search(text, max(0, match.start() - 60), match.start())
    if record is None or _EVENT_HEAD.match(record.group("head")):
        return False
    rest = _SET_OFF.match(text, match.end())
    return rest is not None and _TIMED.search(text, record.start(), rest.end()) is None
