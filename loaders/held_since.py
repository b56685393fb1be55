"""Ground held "since" a month of the past year ("under IS control since May"): its taking, dated by the month."""

from __future__ import annotations

from loaders.timex import FULL_MONTHS

# a month with no year after it: one of the year before the article, so the taking it dates is recent news ("since
# 2012" or "since September 2012" is the war's old map, a standing state annotators leave uncoded)
_SINCE_MONTH = rf"since\s+(?:last\s+)?(?:(?:early|mid|late)[\s-]+)?(?-i:{FULL_MONTHS})\b(?!\s*,?\s*\d)"
# people held are captives, not ground: "activists held by the regime since March", "who have been held by IS since
# May" (review35b); one lookbehind a word, as Python's must be of one width
_PEOPLE_HELD = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "people", "civilians", "detainees", "prisoners", "hostages", "captives", "activists", "journalists", "men",
        "women", "children", "soldiers", "fighters", "workers", "person", "civilian", "detainee", "prisoner",
        "hostage", "captive", "activist", "journalist", "man", "woman", "child", "soldier", "fighter", "worker",
        "pilot", "pilots", "reporter", "reporters", "who\\shave\\sbeen", "who\\shas\\sbeen",
        "who\\shad\\sbeen", "who\\sare", "who\\sis", "who\\swere", "who\\swas", "talks",
        "meetings", "negotiations",
    )
)  # fmt: skip
# "has been under Daesh control since May", "has been controlled mostly by Al-Nusra Front since April", "held by the
# rebels since March": the trigger is "under" or "controlled by", the holder named after it read as the taker
_HOLDING_BY = r"(?:controlled|held)\s+(?:(?:mostly|largely|entirely|fully)\s+)?by"
HELD_SINCE_MONTH = (
    rf"under(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,2}}?control\s+{_SINCE_MONTH})|"
    rf"(?=controlled|held){_PEOPLE_HELD}"
    rf"{_HOLDING_BY}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,4}}?{_SINCE_MONTH})"
)
# the trigger's own words, for the roles that read the holder after it (`taken_from.TAKER_AFTER`)
HELD_BY = rf"under|{_HOLDING_BY}"
