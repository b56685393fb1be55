"""One engagement for one event: engagements that several articles report are merged, by the rule of docs/model.md.

Two engagements from different articles are the same event when they have the same engagement type, a place of
one is a place of the other or lies inside it (through the gazetteer's partOf chain, never through the country),
both are dated to within a week and the date ranges overlap, and, when both name attackers, they share one. A
cluster grows only by engagements that match every member, so a chain of near matches (a town, its governorate, a
second town) never joins two different places. Undated or vaguely dated engagements stay apart: "in March" cannot
tell two air strikes on Aleppo apart.

The merged engagement keeps the IRI of its first member (by IRI, so it is stable), the union of participants and
places, and the intersection of the date ranges; every claim of the members is then about it, so conflicting
figures from several outlets sit side by side on one event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import pyoxigraph as ox

from graph.namespaces import KG

MAX_DAYS = 7  # date ranges wider than this (a month, a year) are too vague to identify an event

_TYPE = ox.NamedNode(str(KG.engagementType))
_ABOUT = ox.NamedNode(str(KG.about))
_STATED_IN = ox.NamedNode(str(KG.statedIn))
_PLACE = ox.NamedNode(str(KG.place))
_ATTACKER = ox.NamedNode(str(KG.attacker))
_EARLIEST = ox.NamedNode(str(KG.earliestDate))
_LATEST = ox.NamedNode(str(KG.latestDate))
_PRECISION = ox.NamedNode(str(KG.datePrecision))
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_DAY = ox.NamedNode(str(KG.Day))
_WEEK = ox.NamedNode(str(KG.Week))
_COUNTRY_LEVEL = 1  # partOf chains end at the country: containment through it alone says nothing

# Place key -> its enclosing places, nearest first, up to the country (empty when unknown).
Ancestors = Callable[[str], Iterable[str]]


@dataclass(frozen=True)
class _Report:
    """An engagement as one article reports it: what the rule compares."""

    iri: ox.NamedNode
    type: ox.NamedNode
    articles: frozenset[str]
    places: frozenset[str]
    attackers: frozenset[str]
    earliest: date
    latest: date


def merge_engagements(dataset: ox.Dataset, graph: str, base: str, ancestors: Ancestors) -> dict[str, str]:
    """Merge the engagements of the named graph that report one event; returns merged IRI -> kept IRI."""
    name = ox.NamedNode(graph)
    reports = _reports(dataset, name, base)
    mapping: dict[ox.NamedNode, ox.NamedNode] = {}
    by_type: dict[ox.NamedNode, list[_Report]] = defaultdict(list)
    for report in reports:
        by_type[report.type].append(report)
    for same_type in by_type.values():
        for cluster in _clusters(same_type, ancestors):
            kept = min(r.iri.value for r in cluster)
            for report in cluster:
                if report.iri.value != kept:
                    mapping[report.iri] = ox.NamedNode(kept)
    if mapping:
        _rewrite(dataset, name, mapping, {r.iri: r for r in reports})
    return {old.value: new.value for old, new in sorted(mapping.items(), key=lambda item: item[0].value)}


def _reports(dataset: ox.Dataset, graph: ox.NamedNode, base: str) -> list[_Report]:
    """The engagements of the graph dated to within a week, with the articles that state them, sorted by IRI."""
    wanted = (_TYPE, _PLACE, _ATTACKER, _EARLIEST, _LATEST, _ABOUT, _STATED_IN)
    values: dict[tuple[ox.NamedNode, ox.NamedNode], list[ox.NamedNode | ox.Literal]] = defaultdict(list)
    for quad in dataset.quads_for_graph_name(graph):
        if quad.predicate in wanted and isinstance(quad.subject, ox.NamedNode):
            values[quad.subject, quad.predicate].append(quad.object)  # type: ignore[arg-type]
    articles: dict[ox.NamedNode, set[str]] = defaultdict(set)
    for (claim, predicate), objects in values.items():
        if predicate == _ABOUT:
            stated = {o.value for o in values.get((claim, _STATED_IN), [])}
            for about in objects:
                if isinstance(about, ox.NamedNode):
                    articles[about].update(stated)
    reports = []
    for (node, predicate), types in values.items():
        if predicate != _TYPE or len(types) != 1 or not isinstance(types[0], ox.NamedNode) or node not in articles:
            continue
        earliest, latest = _day(values.get((node, _EARLIEST), [])), _day(values.get((node, _LATEST), []))
        if earliest is None or latest is None or latest - earliest > timedelta(days=MAX_DAYS - 1):
            continue
        places = _keys(values.get((node, _PLACE), []), base)
        if places:
            attackers = _keys(values.get((node, _ATTACKER), []), base)
            reports.append(_Report(node, types[0], frozenset(articles[node]), places, attackers, earliest, latest))
    return sorted(reports, key=lambda r: r.iri.value)


def _clusters(reports: list[_Report], ancestors: Ancestors) -> list[list[_Report]]:
    """Group reports of one type into events: in date order, each joins the first cluster all of whose members
    it matches, or starts its own."""
    lineage: dict[str, frozenset[str]] = {}

    def inside(place: str) -> frozenset[str]:
        if place not in lineage:
            chain = list(ancestors(place))
            lineage[place] = frozenset(chain[: max(0, len(chain) - _COUNTRY_LEVEL)])
        return lineage[place]

    def same_place(a: _Report, b: _Report) -> bool:
        return any(p == q or q in inside(p) or p in inside(q) for p in a.places for q in b.places)

    def match(a: _Report, b: _Report) -> bool:
        return (
            not (a.articles & b.articles)
            and a.earliest <= b.latest
            and b.earliest <= a.latest
            and (not a.attackers or not b.attackers or bool(a.attackers & b.attackers))
            and same_place(a, b)
        )

    clusters: list[list[_Report]] = []
    for report in sorted(reports, key=lambda r: (r.earliest, r.latest, r.iri.value)):
        for cluster in clusters:
            if cluster[-1].latest >= report.earliest - timedelta(days=MAX_DAYS) and all(
                match(report, member) for member in cluster
            ):
                cluster.append(report)
                break
        else:
            clusters.append([report])
    return [c for c in clusters if len(c) > 1]


def _rewrite(
    dataset: ox.Dataset,
    graph: ox.NamedNode,
    mapping: dict[ox.NamedNode, ox.NamedNode],
    reports: dict[ox.NamedNode, _Report],
) -> None:
    """Point every reference to a merged engagement at the kept one, and give the kept one the members'
    participants, places and the intersection of their dates."""
    members: dict[ox.NamedNode, list[ox.NamedNode]] = defaultdict(list)
    for old, new in mapping.items():
        members[new].append(old)
    for old, new in mapping.items():
        for quad in [q for q in dataset.quads_for_object(old) if q.graph_name == graph]:
            dataset.remove(quad)
            dataset.add(ox.Quad(quad.subject, quad.predicate, new, graph))
        for quad in [q for q in dataset.quads_for_subject(old) if q.graph_name == graph]:
            dataset.remove(quad)
            if quad.predicate not in (_EARLIEST, _LATEST, _PRECISION, _LABEL):
                dataset.add(ox.Quad(new, quad.predicate, quad.object, graph))
    for new, olds in members.items():
        group = [reports[new], *(reports[o] for o in olds)]
        earliest, latest = max(r.earliest for r in group), min(r.latest for r in group)
        for predicate in (_EARLIEST, _LATEST, _PRECISION):
            for quad in [
                q for q in dataset.quads_for_subject(new) if q.predicate == predicate and q.graph_name == graph
            ]:
                dataset.remove(quad)
        dataset.add(ox.Quad(new, _EARLIEST, ox.Literal(earliest.isoformat(), datatype=_XSD_DATE), graph))
        dataset.add(ox.Quad(new, _LATEST, ox.Literal(latest.isoformat(), datatype=_XSD_DATE), graph))
        dataset.add(ox.Quad(new, _PRECISION, _DAY if earliest == latest else _WEEK, graph))


def _day(values: list[ox.NamedNode | ox.Literal]) -> date | None:
    """The one xsd:date of a property's values, or None."""
    if len(values) != 1 or not isinstance(values[0], ox.Literal):
        return None
    try:
        return date.fromisoformat(values[0].value)
    except ValueError:
        return None


def _keys(values: list[ox.NamedNode | ox.Literal], base: str) -> frozenset[str]:
    """The resource keys (IRIs less the base) among a property's values."""
    return frozenset(
        v.value[len(base) :] if v.value.startswith(base) else v.value for v in values if isinstance(v, ox.NamedNode)
    )
