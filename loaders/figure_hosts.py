"""The engagement a figure with no report in its sentence counts: the one told last before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft
from loaders.same_engagement import ANAPHORA_WINDOW

# A toll's own words of a truce broken: its dead are the breaches' (`figure_host`); not "brokered", the truce made
# (twenty-first session, helper review10)
_TRUCE_BROKEN = re.compile(r"(?i)\b(?:violat|breach|broken?\b|despite\s+the\s+(?:truce|ceasefire|cease-fire))")


def figure_host(engagements: Sequence[EngagementDraft], index: int, text: str = "") -> EngagementDraft | None:
    """The engagement a figure with none in its sentence counts: the one told last in the sentences before it.

    Counted from where each was last told anew, not only first: a report that joined an engagement first told further
    back ("Meanwhile army units destroyed a bunker ... in Deir Ezzor") tells it again there, and "Scores of them were
    killed" after it counts that engagement's dead. A retelling by "the attack" does not move it: "the explosions were
    so strong" speaks of an event without telling it again (twentieth session).
    """
    previous = [e for e in engagements if not e.from_title and index - ANAPHORA_WINDOW <= _last_told_anew(e) < index]
    if not _TRUCE_BROKEN.search(text):
        # a truce kills no one, its breaches do: "Over 65 people have been killed as a result of these violations"
        # counts the truce's, "At least 32 are confirmed dead" after a truce told with car bombs does not (twenty-first
        # session, helper limits)
        previous = [e for e in previous if e.type != "ceasefire"]
    # the latest told; of two told in one sentence, the one created last
    return max(reversed(previous), key=_last_told_anew, default=None)


def _last_told_anew(engagement: EngagementDraft) -> int:
    """The sentence an engagement was last told in full: first, or by a report joining it that was not "the attack"."""
    return max(engagement.sentence, engagement.retold)
