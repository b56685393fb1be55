"""Whether a report that would join an engagement told before is told apart from it: a spot or a day of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.counted_days import COUNTS
from loaders.engagement_passes import EngagementDraft
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.spots_added import adds_a_spot

# A sentence opening on a day counted from the one just told: "Two days earlier", "A day later", "The next day", "The
# day before", "A week later" (not "Hours later", which may be the same day; not "Days later" told of the toll); "10
# days earlier", "Ten days later" too (thirty-third session, helper fixes33b, written-sentence probe); "Twelve days
# earlier", "Several days before", "A month earlier" (thirty-fourth session, helper leftopen34, written-sentence probe)
DAY_SHIFT = re.compile(
    rf"(?:{COUNTS}\s+(?:days?|weeks?|months?)\s+(?:earlier|later|before|after)"
    r"|the\s+(?:next|following|previous)\s+(?:day|week)|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)


def told_apart(
    body: str,
    sentence_start: int,
    detection: Detection,
    also: bool,
    stated: Sequence[str],
    earlier: EngagementDraft,
    gazetteer: Gazetteer,
) -> bool:
    """Whether the detection is another engagement than `earlier`: an "also" deed at a new spot, or a day apart."""
    # ("Two days earlier, a car bomb in the same town killed five" after Thursday's car bomb there is told anew; "the
    # attack" a day later still refers back)
    if adds_a_spot(body, detection, also, stated, earlier, gazetteer):
        return True
    anew = not detection.definite or detection.by_subject
    # told in a sentence before this one (its first report's evidence starts earlier), not beside it in this one
    before = bool(earlier.claims) and earlier.claims[0].evidence.start < sentence_start
    return anew and before and DAY_SHIFT.match(body, sentence_start) is not None
