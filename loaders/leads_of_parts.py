"""A lead that sums up reports told after it place by place: its parts, not an engagement of its own
(docs/extraction.md, "One engagement, several reports")."""

from __future__ import annotations

from dataclasses import replace

from loaders import retold_reports
from loaders.engagement_passes import EngagementDraft
from loaders.gazetteer import Gazetteer
from loaders.report_days import days_agree
from loaders.report_places import is_country, nested


def leads_of_parts(engagements: list[EngagementDraft], gazetteer: Gazetteer) -> list[EngagementDraft]:
    """The engagements without the leads whose every place has a later engagement of their own, claims passed on."""
    # A lead at two or more places ("terrorists shelling of the cities of Aleppo and al-Baath on Saturday") whose every
    # place the article later tells an engagement of its type at, one apiece and each at one of them only, gives its
    # claims to the first of them and goes: ACLED codes an event a place, no sum ("At the Aleppo neighbourhood of
    # al-Khalidiye terrorists killed a child with a rocket shelling", "Another shelling took place in al-Baath").
    gone: set[str] = set()
    for lead in engagements:
        spots = [k for k in lead.places if not is_country(k, gazetteer)]
        apart = not any(nested([a], [b], gazetteer) for a in spots for b in spots if a != b)
        if lead.from_title or len(spots) < 2 or not apart:
            continue
        later = [
            e
            for e in engagements
            if e.type == lead.type
            and e.sentence > lead.sentence
            and not e.from_title
            and e.key not in gone
            and days_agree((lead.type, e.type), lead.time, e.time)
            and retold_reports.sides_agree(lead, e, gazetteer)
        ]
        parts = []
        for spot in spots:
            here = [e for e in later if _at(spot, e.places, gazetteer)]
            if len(here) != 1 or sum(_at(k, here[0].places, gazetteer) for k in spots) != 1:
                break
            parts.append(here[0])
        else:
            first = min(parts, key=lambda e: e.sentence)
            first.claims.extend(replace(c, engagement=first.key) for c in lead.claims)
            gone.add(lead.key)
    return [e for e in engagements if e.key not in gone]


def _at(spot: str, places: list[str], gazetteer: Gazetteer) -> bool:
    """Whether a report's places hold the lead's spot, or lie in it."""
    return spot in places or nested([spot], places, gazetteer)
