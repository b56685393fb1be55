"""Support told as a standing relation: "the offensive has been backed by air strikes" says how an ally helps."""

import re

# The support verb is the clause's finite predicate (an auxiliary before it): the sentence asserts who backs whom over
# the campaign, and the means it names ("air strikes", "artillery") are that ally's help, not one engagement of its own.
# A participle ("troops backed by Russian jets pushed into ...") is left alone: there the next verb is the engagement.
_STANDING_SUPPORT = re.compile(
    r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+|also\s+|been\s+)*(?:backed|supported|aided|assisted|covered)"
    # the means may be listed, joined by coordinators ("air strikes along with advisers and even an artillery
    # battery"); other words end the phrase ("supported by Russia since 2015 began attacking IS": a new verb)
    r"\s+by\s+(?:[\w'’-]+\s+){0,4}?(?:(?:and|along\s+with|as\s+well\s+as|with|plus)\s+(?:[\w'’-]+\s+){0,4}?){0,3}$",
    re.IGNORECASE,
)
# A past verb the means go on to ("backed by coalition jets and bombarded IS positions", "jets which shelled the
# town"): the sentence tells an act after all. "air strikes launched by the coalition" has no joining word: a means.
_ACT_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:and|which|that|who)\s+(?:then\s+|also\s+|later\s+)?(?!armed\b)[a-z]+ed\b", re.I
)


def standing_support(text: str, start: int, end: int) -> bool:
    """Whether the trigger at [start, end) is the means of a support relation told by a finite verb."""
    word = text[start:end]
    if re.search(r"(?i)\b(?!armed\b)[a-z]+ed\b", word) or _ACT_AFTER.match(text, end):
        return False  # "have been backed by Russian jets and then stormed the town": the verb tells an engagement
    return bool(_STANDING_SUPPORT.search(text[max(0, start - 160) : start]))
