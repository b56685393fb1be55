"""Whether a truce is told as lately made ("the recent ceasefires in Aleppo"): a standing state the article dates."""

from __future__ import annotations

import re

# "the recent ceasefires in Aleppo and Lattakia", "the recent local truce": made lately, and holding as the article is
# written (as "has been under siege" holds); "recently" is left to the verb it goes with ("recently agreed"). The
# phrase before a truce word, one word between at most; `truce_made.TRUCE_MADE` reads it too, with its guard against a
# truce only put forward ("the recent ceasefire proposal")
RECENT = r"recent\s+(?:[\w-]+\s+)?"
_RECENT_BEFORE = re.compile(rf"\b{RECENT}$", re.IGNORECASE)


def lately_made_truce(etype: str, text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a truce word after "recent" (one word between at most)."""
    return etype == "ceasefire" and _RECENT_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
