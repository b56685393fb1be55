"""Whether a report tells an engagement told elsewhere in the article: it details, retells or made it."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.place_readings import compass_region
from loaders.report_conflicts import Reported
from loaders.report_days import days_agree
from loaders.report_places import (
    around,
    innermost,
    is_country,
    nested,
    shared_place,
)
from loaders.report_sides import STATE_CLASSES, Sides
from loaders.same_engagement import ANAPHORA_WINDOW, BOMBARDMENTS, CAMPAIGN_PLACES

# The bombardments that say how a generic attack was made, and a chemical attack, which `one_chemical_attack` tells
# in place of the bombs or shells that delivered it
MADE_BY = BOMBARDMENTS | {"chemical-weapon"}


def details(lead: Reported, report: Reported, gazetteer: Gazetteer) -> bool:
    """Whether a report a sentence or three from a lead placed only in the country (or a compass part of it) says
    where that lead happened ("A suicide bomber of IS killed 30 in Syria" ... "blew himself up in the village of Tall
    Tawil"): the same type in a town there, with no actor, target or day that conflicts."""
    if lead.type != report.type or not lead.places or abs(lead.sentence - report.sentence) > ANAPHORA_WINDOW:
        return False
    # a part of the country ("northern Syria") has no town filed inside it in the gazetteer: any town of its country
    # may be where the lead happened
    countries = [country_of_region(k, gazetteer) for k in lead.places]
    if not all(k is not None and gazetteer.get(k).cls == "Country" for k in countries):
        return False
    # the report must name a town (or a place inside one): a province is a summary's place as much as a country
    towns = [k for k in report.places if k not in gazetteer or gazetteer.get(k).cls in ("Settlement", "Facility")]
    if not towns or not all(any(k in around(t, gazetteer) for t in towns) for k in countries):
        return False
    sides = Sides(gazetteer)
    for mine, theirs in ((lead.attackers, report.attackers), (lead.targets, report.targets)):
        if mine and theirs and not sides.share(mine, theirs):
            return False
    if set(lead.attackers) & set(report.targets) or set(lead.targets) & set(report.attackers):
        return False
    return days_agree((lead.type, report.type), lead.time, report.time)


def country_of_region(key: str, gazetteer: Gazetteer) -> str | None:
    """The country a wide place names: a country itself, or the one a compass part of it ("Northern Syria") lies in."""
    # (`region_retellings` had a copy of this; tidy33)
    if key not in gazetteer:
        return None
    entity = gazetteer.get(key)
    if compass_region(key, gazetteer):
        return entity.parent
    return key if entity.cls == "Country" else None


def sides_agree(report: Reported, other: Reported, gazetteer: Gazetteer) -> bool:
    """Whether two reports name no sides that conflict: where both name attackers (or targets) they share a side,
    and no actor attacks in one and is attacked in the other (a clash's two sides may come in either order, and a
    report may name one side only)."""
    sides = Sides(gazetteer)
    if report.type == "armed-clash" and other.type == "armed-clash":
        mine, theirs = [*report.attackers, *report.targets], [*other.attackers, *other.targets]
        return not (mine and theirs) or sides.share(mine, theirs)
    for mine, theirs in ((report.attackers, other.attackers), (report.targets, other.targets)):
        if mine and theirs and not sides.share(mine, theirs):
            return False
    return not ({sides.side(k) for k in report.attackers} & {sides.side(k) for k in other.targets}) and not (
        {sides.side(k) for k in report.targets} & {sides.side(k) for k in other.attackers}
    )


def retells(report: Reported, placed: Reported, gazetteer: Gazetteer) -> bool:
    """Whether a report the article never places retells a placed engagement: the same type and a side in common in
    the same role ("Syrian government shelling of an opposition-held town" and the shelling of Jayrud by the
    regime), with no actor, target or day that conflicts."""
    if report.type != placed.type or report.places or not placed.places:
        return False
    if not days_agree((report.type, placed.type), report.time, placed.time):
        return False
    sides = Sides(gazetteer)
    if report.type == "armed-clash":  # a clash has two sides, and which one a report names first tells nothing
        theirs = [*placed.attackers, *placed.targets]
        mine = [*report.attackers, *report.targets]
        return bool(mine) and all(sides.share([k], theirs) for k in mine)
    shared = any(
        mine and theirs for mine, theirs in ((report.attackers, placed.attackers), (report.targets, placed.targets))
    )
    return shared and sides_agree(report, placed, gazetteer)


def made_by(attack: Reported, bombardment: Reported, gazetteer: Gazetteer) -> bool:
    """Whether a bombardment (shelling, air strike) reported in an article is how a generic attack there was made:
    at the attack's places, on a day that agrees, and naming no sides that conflict."""
    return (
        bombardment.type in MADE_BY
        and bool(attack.places)
        # a province told beside the towns in it adds no place to count: "Fuaa and Kafraya in Idlib province" are two
        and len(innermost(bombardment.places, gazetteer)) < CAMPAIGN_PLACES
        and len(innermost(attack.places, gazetteer)) < CAMPAIGN_PLACES
        # a place both name, or one inside the other: a country, or names the gazetteer lacks, tie nothing
        and (
            shared_place(attack.places, bombardment.places, gazetteer)
            or nested(attack.places, bombardment.places, gazetteer)
        )
        and not all(k not in gazetteer or is_country(k, gazetteer) for k in attack.places)
        and days_agree((attack.type, bombardment.type), attack.time, bombardment.time)
        and sides_agree(attack, bombardment, gazetteer)
        # the army's ground "operations" near Palmyra are not its air force's strikes there
        and (not bombardment.attackers or set(attack.attackers) <= set(bombardment.attackers))
        # rebels launch no air strikes: an air strike is how only a state or its forces attacked
        and (
            bombardment.type != "air-strike"
            or all(
                k in gazetteer and gazetteer.get(k).cls in (*STATE_CLASSES, "International") for k in attack.attackers
            )
        )
    )
