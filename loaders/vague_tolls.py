"""Tolls told without a number: "injured a number of civilians", "several people were killed" (docs/extraction.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft

# An amount news English gives when it has no number. The annotators give it no figure (a gold claim of "a number of
# civilians" injured carries none), so it is never read as one: it only tells that a toll was told.
_VAGUE = (
    r"(?:an?\s+(?:(?:large|great|small|unknown|unspecified)\s+)?number\s+of|"
    r"several|many|numerous|a\s+few|a\s+handful\s+of)"
)
# who was hurt: people by kind, "others" after a count told before
_PEOPLE = (
    r"(?:civilians|people|persons|citizens|residents|locals|children|women|others|fighters|soldiers|troops|"
    r"militants|terrorists|rebels|members|operatives|insurgents|jihadists|gunmen|personnel|officers|workers|"
    r"volunteers|students|worshippers|passers-?by)"
)
# up to three words of kind between the amount and who: "a number of ISIL terrorists", "several pro-government fighters"
_KIND = r"(?:[\w'’-]+\s+){0,3}?"
VAGUE_TOLL = re.compile(
    # the harm first: "injured a number of civilians", "killing and injuring several others"
    rf"\b(?:kill|wound|injur|hurt)(?:ed|ing|s)?\s+(?:and\s+(?:kill|wound|injur|hurt)(?:ed|ing)?\s+)?"
    rf"{_VAGUE}\s+{_KIND}{_PEOPLE}\b|"
    # who first: "a number of civilians were injured", "several others injured", "left several people dead"
    rf"\b{_VAGUE}\s+{_KIND}{_PEOPLE}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:also\s+|reportedly\s+)?"
    r"(?:killed|wounded|injured|hurt|dead)\b|"
    # "claimed the lives of several militants"
    rf"\b(?:claim(?:ed|ing|s)?|cost)\s+the\s+lives\s+of\s+{_VAGUE}\s+{_KIND}{_PEOPLE}\b",
    re.IGNORECASE,
)


def vaguely_tolled(engagements: Sequence[EngagementDraft], body: str) -> set[str]:
    """The keys of the engagements one of whose reports tells a toll without a number."""
    return {
        e.key for e in engagements if any(VAGUE_TOLL.search(body, c.evidence.start, c.evidence.end) for c in e.claims)
    }
