"""Ground taken "in recent days": the gains of one push told together, not a habit summed up."""

from __future__ import annotations

import re

from loaders.engagement_triggers import TERRITORY_GROUP

# "In recent days rebel forces have captured a number of villages": a push's gains counted over days or weeks are
# what the wires report as one taking of ground (the annotators code it); months and years stay a course summed up.
_RECENT_DAYS = re.compile(r"(?i)in\s+recent\s+(?:days|weeks)")


def recent_gains(habit: re.Match[str], match: re.Match[str]) -> bool:
    """Whether the habit word is "in recent days/weeks" and the trigger a taking of ground."""
    return match.lastgroup == TERRITORY_GROUP and _RECENT_DAYS.fullmatch(habit.group(0)) is not None
