"""A lead whose dead a later sentence counts place by place is the sum of those parts, not one of them."""

from __future__ import annotations

from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft
from loaders.gazetteer import Gazetteer
from loaders.report_places import around


def not_the_sum(
    lead: EngagementDraft | None, counted_apart: bool, stated: Sequence[str], gazetteer: Gazetteer
) -> EngagementDraft | None:
    """The report a part would join, or None where that report is a lead told at an area holding the part and the
    sentence counts its dead place by place: "Air strikes killed 42 in Idlib province ... The air raids killed 19
    outside Saraqeb and another 23 in the town of Ehsim" tells an event a town under a lead that sums them, and the
    first town is no more the lead than the second (ACLED codes an event a location). A lead placed only in the country
    stays apart here too and `engagement_passes.leads_told_where` then joins it to its first part, as before."""
    if lead is None or not counted_apart or not stated:
        return lead
    # each place counted lies inside the lead's area and is not itself one of the lead's places
    inside = all(k not in lead.places and set(around(k, gazetteer)) & set(lead.places) for k in stated)
    return None if inside else lead
