"""Tolls told as a part of the dead by who they were: "14 of the dead were rebels", "six of those killed were"."""

from __future__ import annotations

import re

from loaders.counts import AMOUNT

# "At least 14 of the dead were rebels", "two of the killed in Jayrud were medics", "six of those killed were
# fighters": a count of the dead, told by who they were (the annotators count it as a toll of its own).
OF_THE_DEAD = re.compile(
    rf"(?<![\w-]){AMOUNT}\s+of\s+(?:the\s+dead|the\s+killed|the\s+victims|those\s+killed|those\s+who\s+(?:died|were\s+killed))"
    # where they died, a few words before the verb: "of the killed in Jayrud were"
    r"(?:\s+(?:in|at|on)(?:\s+(?!were\b|was\b)[\w'-]+){1,3}?)?\s+(?:were|was)\b",
    re.IGNORECASE,
)
