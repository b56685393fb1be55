"""Engagements only remembered: the event an anniversary is of, or the one a span of years is counted since
("marked the first anniversary of the massacre in Houla", "Thursday marks three years since IS overran Palmyra";
thirtieth session, helper quiet30, written-sentence probe)."""

from __future__ import annotations

import re

# The trigger is the complement of "anniversary of": a past event remembered, the news is the remembering. Modifiers
# only between ("the fifth anniversary of the sarin attack"); a preposition, conjunction or verb ends the phrase.
_ANNIVERSARY_OF = re.compile(
    r"\banniversar(?:y|ies)\s+of\s+(?:(?:the|an?|its|their)\s+)?"
    r"(?:(?!(?:of|for|since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|to|that|which|who|was|were|"
    r"is|are|has|have|had|amid|during|despite)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A span counted since the event: "marks three years since", "marked one year since"; the clause after "since" up to
# its verb (at most six words, no punctuation: "since Islamic State fighters overran"); a preposition or conjunction
# ends that clause ("marked two years since the truce by shelling Douma": the shelling is the news).
_YEARS_SINCE = re.compile(
    r"\bmark(?:s|ed|ing)?\s+(?:(?:exactly|nearly|almost|about|some)\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+since\s+"
    r"(?:(?!(?:by|with|when|while|as|after|before|and|but|or|amid|despite)\b)[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)


def remembered(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is the event an anniversary is of, or the one years are marked since."""
    before = text[max(0, match.start() - 80) : match.start()]
    return _ANNIVERSARY_OF.search(before) is not None or _YEARS_SINCE.search(before) is not None
