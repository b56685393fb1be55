"""Whether a report placed only by a wide region (a compass part of the country, or the country) retells an
engagement told at a finer place of that country on the same day (docs/extraction.md, "region_retellings")."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.report_conflicts import Reported
from loaders.report_days import on_same_day
from loaders.report_places import around
from loaders.retold_reports import country_of_region, sides_agree
from loaders.same_engagement import CAMPAIGN_PLACES, kin


def retold_by_region(report: Reported, host: Reported, gazetteer: Gazetteer) -> bool:
    """Whether a report placed only in a wide region ("A double suicide bombing in northern Syria on Tuesday") tells
    the engagement of its type told on the same day at a place inside that region's country, naming no side that
    conflicts: the gazetteer files no town inside "Northern Syria", so the region cannot tie them by place."""
    if not kin(report.type, host.type) or not report.places or not host.places:
        return False
    countries = {country_of_region(k, gazetteer) for k in report.places}
    if len(countries) != 1 or None in countries:
        return False
    (country,) = countries
    # the host is told at a finer place of that country, and at one or two places, not a campaign's many
    known = [k for k in host.places if k in gazetteer]
    if len(host.places) >= CAMPAIGN_PLACES or not known:
        return False
    if not all(country_of_region(k, gazetteer) is None and country in around(k, gazetteer) for k in known):
        return False
    return on_same_day(report.time, host.time) and sides_agree(report, host, gazetteer)
