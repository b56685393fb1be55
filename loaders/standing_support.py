"""Support told as a standing relation: "the offensive has been backed by air strikes" says how an ally helps."""

import re

# The support verb is the clause's finite predicate (an auxiliary before it): the sentence asserts who backs whom over
# the campaign, and the means it names ("air strikes", "artillery") are that ally's help, not one engagement of its own.
# A participle ("troops backed by Russian jets pushed into ...") is left alone: there the next verb is the engagement.
# A word that opens a clause of its own ends the means ("backed by Russia while US air strikes hit Raqqa", "supported
# by Russia since 2015 began attacking IS": eighteenth session, helper review2)
_WORD = (
    r"(?!(?:while|whereas|but|although|though|when|whenever|after|before|because|as|since|until|then|yet|so|where|if|"
    r"unless)\b)[\w'’-]+\s+"
)
_STANDING_SUPPORT = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+|also\s+|been\s+)*(?:backed|supported|aided|assisted|covered)"
    # the means may be listed, joined by coordinators ("air strikes along with advisers and even an artillery
    # battery"); other words end the phrase
    rf"\s+by\s+(?:{_WORD}){{0,4}}?(?:(?:and|along\s+with|as\s+well\s+as|with|plus)\s+(?:{_WORD}){{0,4}}?){{0,3}}$",
    re.IGNORECASE,
)
# A past verb the means go on to ("backed by coalition jets and bombarded IS positions", "jets which shelled the
# town"): the sentence tells an act after all. "air strikes launched by the coalition" has no joining word: a means.
_ACT_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:and|which|that|who)\s+(?:then\s+|also\s+|later\s+)?(?!armed\b)[a-z]+ed\b", re.I
)


# A trigger that is a verb of its own: a past without "-ed" ("backed by Russia and its warplanes struck Douma"), or a
# present with its object after ("rebels who are backed by Turkey attack the town"): eighteenth session, review2
_IRREGULAR_PAST = re.compile(r"(?i)\b(?:struck|hit|shot|fought|overran|took|blew|threw|drove)\b")
_PRESENT_WITH_OBJECT = re.compile(
    r"(?i)(?:attack|strike|shell|bomb|raid|pound|target|hit|storm|ambush|besiege|seize|capture)s?"
    r"(?=\s+(?:the|a|an|its|their|his|her|rebel|regime|government|army)\b)"
)


def standing_support(text: str, start: int, end: int) -> bool:
    """Whether the trigger at [start, end) is the means of a support relation told by a finite verb."""
    word = text[start:end]
    if re.search(r"(?i)\b(?!armed\b)[a-z]+ed\b", word) or _ACT_AFTER.match(text, end) or _a_verb(text, start, end):
        return False  # "have been backed by Russian jets and then stormed the town": the verb tells an engagement
    return bool(_STANDING_SUPPORT.search(text[max(0, start - 160) : start]))


def _a_verb(text: str, start: int, end: int) -> bool:
    """Whether the trigger is a past without "-ed" or a present verb with its object after it."""
    present = _PRESENT_WITH_OBJECT.match(text, start)
    return bool(_IRREGULAR_PAST.search(text, start, end)) or (present is not None and present.end() == end)
