"""Engagements only remembered: the event an anniversary is of, or the one a span of years is counted since
("marked the first anniversary of the massacre in Houla", "Thursday marks three years since IS overran Palmyra";
thirtieth session, helper quiet30, written-sentence probe), and one that destroyed what is rebuilt
(thirty-third session, helper fixes33), and the killing that made orphans or widows of those honoured or helped
(helper fixes33b)."""

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

# A word of the phrase, none opening a clause of its own
_FREE_WORD = r"(?:(?!(?:and|but|or|as|when|while|after|before)\b)[\w'’-]+\s+)"
# What an attack left that people now rebuild, repair or return to: "Residents began rebuilding homes destroyed by
# air strikes", "returned to houses damaged by regime shelling" (thirty-third session, helper fixes33, written-sentence
# probe): the news is the rebuilding or the return, the strike an earlier one named to say what was destroyed; a
# search or a toll of the strike itself ("Rescuers searched homes destroyed by shelling") is still the strike.
_REBUILT = (
    r"\b(?:rebuil(?:d|ds|t|ding)|repair(?:s|ed|ing)?|restor(?:e|es|ed|ing)|renovat(?:e|es|ed|ing)|"
    r"reconstruct(?:s|ed|ing)?|reopen(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|"
    r"(?:went|go|goes|going|came|come|comes|coming|moved?|moves|moving)\s+back\s+(?:to|into)|"
    r"clear(?:s|ed|ing)?\s+(?:the\s+)?(?:rubble|debris)\s+(?:from|of))\s+"
    r"(?:(?:the|their|its|his|her|a|an|some|many|dozens\s+of|hundreds\s+of|\d+)\s+)?"
    rf"{_FREE_WORD}{{1,4}}?"
)
_DAMAGED = r"(?:destroyed|damaged|flattened|levell?ed|gutted|ruined|wrecked|razed|devastated|shattered)"
# (the strike after the participle: "homes destroyed by regime shelling"; the participle itself: "homes destroyed")
_REBUILT_DAMAGE = re.compile(
    rf"{_REBUILT}{_DAMAGED}\s+(?:by|in|during)\s+{_FREE_WORD}{{0,3}}$",
    re.IGNORECASE,
)
_REBUILT_THING = re.compile(rf"{_REBUILT}$", re.IGNORECASE)
_DAMAGED_BY = re.compile(rf"{_DAMAGED}\s+(?:by|in|during)\s", re.IGNORECASE)
# The dead named to say whose kin the sentence is about: "Orphans of fighters killed by IS in Kobani were honoured",
# "Families of soldiers killed by rebels received aid" (thirty-third session, helper fixes33b, written-sentence
# probe): the news is the kin, the killing a past one told to say who they are, as fixes33's "victims of" is; at most
# three modifiers between ("widows of the Kurdish fighters killed"), and only a participle of killing follows.
_KIN_OF_KILLED = re.compile(
    r"\b(?:orphans|widows|families|relatives|parents|mothers|fathers|wives|sons|daughters|children|loved\s+ones|kin)"
    r"\s+of\s+(?:(?!(?:and|or|but|in|on|at|by|with|from|to|who|which|that|was|were|is|are)\b)[\w'’-]+\s+){1,4}$",
    re.IGNORECASE,
)
_KILLED = re.compile(r"(?:killed|slain|martyred|murdered)\b", re.IGNORECASE)


def remembered(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is an anniversary's event, one years are counted since, or what destroyed what is rebuilt."""
    # (the whole text searched between positions, not a slice of it, so a word the window's start cuts, "grandparents"
    # seen from its "parents", does not look whole to a "\b"; blanks33)
    start, near, far = match.start(), max(0, match.start() - 80), max(0, match.start() - 120)
    return (
        (_KILLED.match(text, start) is not None and _KIN_OF_KILLED.search(text, near, start) is not None)
        or _ANNIVERSARY_OF.search(text, near, start) is not None
        or _YEARS_SINCE.search(text, near, start) is not None
        or _REBUILT_DAMAGE.search(text, far, start) is not None
        or (_DAMAGED_BY.match(text, start) is not None and _REBUILT_THING.search(text, near, start) is not None)
    )
