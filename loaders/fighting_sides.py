"""The sides of "the fighting in X" told with no one named: the two sides the article has shown acting at X."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from loaders.engagement_passes import EngagementDraft
from loaders.engagement_types import STATE_CLASSES
from loaders.engagements import Detection


def sides_told_at(
    detection: Detection, places: Sequence[str], before: Sequence[EngagementDraft], classes: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """Attackers and targets of a definite fight with no side named ("The fighting in Aleppo has killed 130"), when
    the reports before at its places were carried out by exactly two sides, a state's and an armed group's: one fought
    the other."""
    if detection.type != "armed-clash" or not detection.definite or detection.attackers or detection.targets:
        return [], []
    # who acted at the place, by the first doer of each report told before there (a report whose place is still to
    # be read, "Nine civilians died in rebel shelling on the government-held west", is told of the story's place)
    at = [e for e in before if e.attackers and (not e.places or set(e.places) & set(places))]
    doers = list(dict.fromkeys(e.attackers[0] for e in at))
    # not the army and its own air force ("troops advanced ... warplanes struck"): two camps, one each
    camps = {"state" if classes.get(k) in STATE_CLASSES else classes.get(k) for k in doers}
    if len(doers) != 2 or camps != {"state", "NonStateArmedGroup"}:
        return [], []
    return [doers[0]], [doers[1]]
