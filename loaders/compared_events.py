"""Engagements only compared with or remembered: the object of "similar to", "reminiscent of", "recalled" or
"echoed" (thirty-first session, helper quiet31, written-sentence probe)."""

from __future__ import annotations

import re

from loaders.old_dates import OLD_DATE, PAST_DATE

# Words that end a noun phrase: a preposition, conjunction, relative pronoun or auxiliary between ends it ("recalled
# the truce before jets bombed Douma": the bombing is told).
_NOT_MODIFIER = (
    r"(?!(?:of|for|since|after|before|as|when|while|and|or|but|in|on|at|by|with|from|to|that|which|who|was|were|"
    r"is|are|has|have|had|amid|during|despite|then|now|today|yesterday)\b)"
)
# The trigger is the complement of a word of likeness or memory: the event is an earlier one the news is set beside
# or remembered by ("was similar to the chemical attack on Khan Sheikhoun", "Residents recalled the siege of Homs",
# "The assault echoed the 2016 offensive"). A determiner, then up to three modifiers; not "that", a conjunction after
# "recalled" ("recalled that jets bombed Saraqib on Monday" is the news retold). "as it did for the attack on Khan
# Sheikhoun last year" sets a response beside an earlier one (quiet31b, written-sentence probe).
_LIKENED_TO = re.compile(
    r"\b(?:similar\s+to|akin\s+to|comparable\s+to|reminiscent\s+of|reminders?\s+of|memories\s+of|(?<!would\s)like|"
    r"unlike|as\s+(?:it|they|he|she|we|I)\s+did\s+(?:for|after|with|in|following)|echo(?:es|ed|ing)?|"
    r"mirror(?:s|ed|ing)|resembl(?:e|es|ed|ing)|recall(?:s|ed|ing)?|"
    r"remember(?:s|ed|ing)?|compar(?:e|es|ed|ing)\s+(?:it|this|them|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:with|to))\s+"
    r"(?:the|an?|its|their|those|one|earlier)\s+"
    rf"(?:{_NOT_MODIFIER}[\w'’-]+\s+){{0,3}}$",
    re.IGNORECASE,
)

# The trigger is the verb of a clause told as remembered and dated a year or more back: "Locals recalled how
# government forces stormed the town in 2012", "He recalled that regime jets had bombed the market in 2015", "Activists
# marked the day the regime shelled the town in 2012". A witness's "recalled how the jets struck" with no old date is
# the day's news retold, and stays.
_RECALLED_CLAUSE = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|mark(?:s|ed|ing)\s+the\s+day)\s+(?:how|that|when|the\s+day)?\s*"
    r"(?:(?!(?:and|but|while|as|after|before|then|now|today|yesterday)\b)[\w'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
# ... its old date closing the clause, at most six words on: "in 2012", "in March 2015", "years ago", "last year"
OLD_DATE_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|but|while|as|after|before|when)\b)[\w'’-]+){{0,6}}?\s+{OLD_DATE}\b",
    re.IGNORECASE,
)


# An earlier event of the same kind named by its order: "a previous attack on the town", "a prior offensive on Daraa"
# (quiet31b, written-sentence probe). A determiner, the word of order, at most two modifiers.
_PREVIOUS_ONE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:previous|prior)\s+(?:(?!(?:of|on|in|at|by|and|which|that)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... or by likeness or as earlier, with a past date closing its phrase: "a similar strike on Maarat al-Numan last
# month", "an earlier raid on the town in 2016"; "a similar strike hit Binnish on Tuesday" may be the day's news.
# Any past date, a month back too (`old_dates.PAST_DATE`), not only an old one as a remembered clause needs: the words
# "similar" or "earlier" already tell an earlier event.
_SIMILAR_ONE = re.compile(
    r"\b(?:an?|the)\s+(?:similar|earlier)\s+(?:(?!(?:of|on|in|at|by|and|which|that)\b)[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PAST_DATE_AFTER = re.compile(
    r"(?:\s+(?:on|in|against|near|at|of)\s+(?:(?!(?:and|but|while|after|before|when)\b)[\w'’-]+\s+){0,3}?"
    rf"[\w'’-]+)?\s+{PAST_DATE}\b",
    re.IGNORECASE,
)


def compared_or_recalled(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is an earlier event the sentence compares with, or one remembered."""
    before = text[max(0, match.start() - 100) : match.start()]
    if _LIKENED_TO.search(before) is not None or _PREVIOUS_ONE.search(before[-60:]) is not None:
        return True
    if _SIMILAR_ONE.search(before[-60:]) is not None and _PAST_DATE_AFTER.match(text, match.end()) is not None:
        return True
    return _RECALLED_CLAUSE.search(before[-70:]) is not None and OLD_DATE_AFTER.match(text, match.end()) is not None
