"""Counts in news prose: numbers in digits or words, vague quantities ('dozens') and the qualifiers before them."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Vague quantity words: (lower bound, exact?) — ACLED's convention.
VAGUE = {
    "dozens": 12, "tens": 10, "hundreds": 100, "scores": 20, "thousands": 1000, "a dozen": 12, "a hundred": 100,
    "a thousand": 1000, "a score": 20, "several dozen": 12, "several hundred": 100, "several thousand": 1000,
    "hundreds of thousands": 100000, "tens of thousands": 10000,
    "a quarter of a million": 250000, "half a million": 500000,
}  # fmt: skip
EXACT_VAGUE = {"a dozen", "a hundred", "a thousand", "a score", "a quarter of a million", "half a million"}
_SMALL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)"
)
_WORD_NUMBER = rf"(?:(?:{_SMALL}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
_NUMBER = (
    # Twenty-fourth session: a count of millions, "1.9 million", "a million" (before the digits, which would read "1")
    rf"(?:(?:\d+(?:\.\d+)?|a|one)\s+million|\d{{1,3}}(?:,\d{{3}})+|\d+|(?:two|three|four|five)\s+dozen|{_WORD_NUMBER}|several\s+(?:dozen|hundred|thousand)|"
    rf"hundreds\s+of\s+thousands|tens\s+of\s+thousands|a\s+quarter\s+of\s+a\s+million|half\s+a\s+million|"
    rf"dozens|tens|hundreds|"
    rf"scores|thousands|a\s+dozen|a\s+score)\b"
)
# A count in digits or words ("23", "twenty-three", "dozens"), for the rules that read who died.
NUMBER = _NUMBER
_QUALIFIER = (
    r"(?:at\s+least|more\s+than|(?:well\s+)?over|upwards\s+of|in\s+excess\s+of|up\s+to|as\s+many\s+as|nearly|almost|about|around|some|roughly|"
    r"approximately|an\s+estimated|no\s+fewer\s+than|no\s+less\s+than)"
)
_QUANTITY = rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<n>{_NUMBER})(?:\s+(?:to|-|–)\s+(?P<n2>{_NUMBER}))?"
_BETWEEN = rf"between\s+(?P<b1>{_NUMBER})\s+and\s+(?P<b2>{_NUMBER})"
_AMOUNT = rf"(?:{_BETWEEN}|{_QUANTITY})"
AMOUNT = _AMOUNT  # a count with its qualifier ("at least 40"), for `gapped_tolls`


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words.

    >>> [parse_number(t) for t in ("1,200", "fifteen", "two hundred", "twenty-one", "dozens", "a hundred")]
    [1200, 15, 200, 21, 12, 100]
    """
    t = text.lower().strip()
    if t in VAGUE:
        return VAGUE[t]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    millions = re.fullmatch(r"(\d+(?:\.\d+)?|a|one)\s+million", t)
    if millions:
        return round(float({"a": "1", "one": "1"}.get(millions.group(1), millions.group(1))) * 1_000_000)
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current
