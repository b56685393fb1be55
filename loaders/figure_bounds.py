"""The bounds of a matched casualty count: lower and upper, by its qualifier ("at least", "more than", "up to"),
or None for what is no count of people (a distance, a year, an age) (read by `figures.find_figures`)."""

from __future__ import annotations

import re

from loaders.counts import EXACT_VAGUE, VAGUE, parse_number

# Counts that are not casualties: a number followed by one of these is never a figure.
_NOT_CASUALTY = re.compile(
    # twenty-fourth session: "of" before the thing counted too, "dozens of villages", "hundreds of rockets"
    r"\s*(?:-\s*)?(?:of\s+)?(?:%|percent|per\s+cent|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|hours?|days?|weeks?|"
    r"months?|years?|minutes?|shelters?|posts?|villages?|towns?|buildings?|vehicles?|tanks?|tons?|tonnes?|"
    r"times|dollars?|\$|million|billion|am\b|pm\b|bombs?|rockets?|missiles?|airstrikes?|strikes?|raids?|attacks?)",
    re.IGNORECASE,
)

# An age before the count: "a child under the age of ten died", "a man aged 40 was killed" tell how old, not how many
# (twenty-first session, helper outlets2; the Observatory's English and other outlets).
_AGE_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?ages?\s+of|aged)\s+(?:(?:under|over|below|above|between|about|around|nearly|some)\s+)?$",
    re.IGNORECASE,
)

# "more than 40"; twenty-fourth session: "well over 1000", "upwards of 162000", "in excess of 300" say more than too
_ABOVE = (["more", "than"], ["well", "over"], ["upwards", "of"], ["in", "excess"])


def bounds(match: re.Match[str]) -> tuple[int, int | None] | None:
    """Lower and upper bound of the matched amount, or None when it is not a casualty count."""
    groups = match.groupdict()
    if _told_as_age(match):
        return None
    if groups.get("b1"):
        low, high = parse_number(groups["b1"]), parse_number(groups["b2"])
        if low is None or high is None:
            return None
        return low, high
    raw = groups["n"]
    after = match.string[match.end("n") :]
    if groups.get("n2"):
        after = match.string[match.end("n2") :]
    if _NOT_CASUALTY.match(after) and not groups.get("who"):
        return None
    value = parse_number(raw)
    if value is None:
        return None
    if re.fullmatch(r"(19|20)\d\d", raw) and not groups.get("who"):
        return None  # a year, not a count
    if groups.get("n2"):
        high = parse_number(groups["n2"])
        if high is None or high < value:
            return None
        return value, high
    qualifier = (groups.get("q") or groups.get("q2") or "").lower().split()
    vague = raw.lower() in VAGUE and raw.lower() not in EXACT_VAGUE
    if qualifier[:2] in _ABOVE or qualifier[:1] == ["over"]:
        return value + 1, None
    if qualifier[:2] in (["up", "to"], ["as", "many"]):
        return (1, value) if value >= 1 else None
    if qualifier or vague:
        return value, None
    return value, value


def _told_as_age(match: re.Match[str]) -> bool:
    """Whether the matched amount is someone's age ("under the age of ten"), not a count of people."""
    first = next(name for name in ("b1", "q", "n") if match.groupdict().get(name))
    return _AGE_BEFORE.search(match.string, max(0, match.start(first) - 40), match.start(first)) is not None
