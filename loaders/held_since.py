"""Ground held "since" a month of the past year ("under IS control since May"): its taking, dated by the month."""

from __future__ import annotations

from loaders.timex import FULL_MONTHS

# a month with no year after it: one of the year before the article, so the taking it dates is recent news ("since
# 2012" or "since September 2012" is the war's old map, a standing state annotators leave uncoded)
_SINCE_MONTH = rf"since\s+(?:(?:early|mid|late)[\s-]+)?(?-i:{FULL_MONTHS})\b(?!\s*,?\s*\d)"
# "has been under Daesh control since May", "has been controlled mostly by Al-Nusra Front since April", "held by the
# rebels since March": the trigger is "under" or "controlled by", the holder named after it read as the taker
HELD_SINCE_MONTH = (
    rf"under(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,2}}?control\s+{_SINCE_MONTH})|"
    rf"(?:controlled|held)\s+(?:(?:mostly|largely|entirely|fully)\s+)?by(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,4}}?"
    rf"{_SINCE_MONTH})"
)
# the trigger's own words, for the roles that read the holder after it (`taken_from.TAKER_AFTER`)
HELD_BY = r"under|(?:controlled|held)\s+(?:(?:mostly|largely|entirely|fully)\s+)?by"
