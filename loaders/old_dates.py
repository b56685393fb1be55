"""Dates that set an event in the past, shared by the readings of old events (`compared_events`, `places_of_events`)."""

from __future__ import annotations

# How many years or months back: "two years ago", "several months ago", "many years ago".
_COUNT = r"(?:a|one|two|three|four|five|six|several|many|\d+)"
# A year or more back: "in 2012", "in March 2015", "two years ago", "last year". A remembered clause or an opening
# likeness needs this much: a month back may still be the news the article tells.
OLD_DATE = rf"(?:in\s+(?:\w+\s+)?(?:19|20)\d\d|{_COUNT}\s+years?\s+ago|last\s+year)"
# Any past time from a month back: an old date, "last month", "last summer", "three months ago". Enough for an event
# already told as earlier by its own words ("a similar strike ... last month", "an earlier raid ... last summer").
PAST_DATE = rf"(?:{OLD_DATE}|last\s+(?:month|summer|winter|spring|autumn)|{_COUNT}\s+months?\s+ago)"
