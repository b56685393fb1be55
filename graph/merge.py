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
from pathlib import Path

import pyoxigraph as ox

from graph.namespaces import KG
from graph.pattern import Graphs, match, remove_all

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
_DROPPED = (_EARLIEST, _LATEST, _PRECISION, _LABEL)  # a merged engagement's own, not carried to the kept one
_REDATED = (_EARLIEST, _LATEST, _PRECISION)
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


@dataclass(frozen=True)
class Merge:
    """What merging the engagements changes: merged IRI -> kept IRI, and each kept one's intersected dates."""

    mapping: dict[ox.NamedNode, ox.NamedNode]
    dates: dict[ox.NamedNode, tuple[date, date]]

    def iris(self) -> dict[str, str]:
        """The mapping as IRIs, sorted."""
        return {old.value: new.value for old, new in sorted(self.mapping.items(), key=lambda item: item[0].value)}

    def date_triples(self) -> list[ox.Triple]:
        """The dates each kept engagement gets, sorted."""
        found = []
        for new, (earliest, latest) in sorted(self.dates.items(), key=lambda item: item[0].value):
            found.append(ox.Triple(new, _EARLIEST, ox.Literal(earliest.isoformat(), datatype=_XSD_DATE)))
            found.append(ox.Triple(new, _LATEST, ox.Literal(latest.isoformat(), datatype=_XSD_DATE)))
            found.append(ox.Triple(new, _PRECISION, _DAY if earliest == latest else _WEEK))
        return found


def merge_engagements(data: Graphs, graph: str, base: str, ancestors: Ancestors) -> dict[str, str]:
    """Merge the engagements of the named graph that report one event; returns merged IRI -> kept IRI."""
    plan = plan_merge(data, graph, base, ancestors)
    apply_merge(data, graph, plan)
    return plan.iris()


def plan_merge(data: Graphs, graph: str, base: str, ancestors: Ancestors) -> Merge:
    """Which engagements of the named graph report one event, reading only the predicates the rule compares."""
    reports = _reports(data, ox.NamedNode(graph), base)
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
    by_iri = {r.iri: r for r in reports}
    members: dict[ox.NamedNode, list[_Report]] = defaultdict(list)
    for old, new in mapping.items():
        members[new].append(by_iri[old])
    dates = {}
    for new, olds in members.items():
        group = [by_iri[new], *olds]
        dates[new] = (max(r.earliest for r in group), min(r.latest for r in group))
    return Merge(mapping, dates)


def _reports(data: Graphs, graph: ox.NamedNode, base: str) -> list[_Report]:
    """The engagements of the graph dated to within a week, with the articles that state them, sorted by IRI.

    Read one predicate at a time, keeping IRIs as strings and only the candidates' values: at x100 a dictionary of
    every value as Oxigraph terms took over 3 GB.
    """
    shared: dict[str, str] = {}  # one string object per article IRI, however many claims name it
    stated: dict[str, list[str]] = defaultdict(list)
    for quad in match(data, None, _STATED_IN, None, graph):
        if isinstance(quad.subject, ox.NamedNode):
            value = quad.object.value  # type: ignore[union-attr]
            stated[quad.subject.value].append(shared.setdefault(value, value))
    articles: dict[str, set[str]] = defaultdict(set)
    for quad in match(data, None, _ABOUT, None, graph):
        if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.NamedNode):
            articles[quad.object.value].update(stated.get(quad.subject.value, ()))
    del stated, shared
    types: dict[str, list[ox.NamedNode | ox.Literal]] = defaultdict(list)
    for quad in match(data, None, _TYPE, None, graph):
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value in articles:
            types[quad.subject.value].append(quad.object)  # type: ignore[arg-type]
    candidates = {node for node, found in types.items() if len(found) == 1 and isinstance(found[0], ox.NamedNode)}
    values: dict[tuple[str, ox.NamedNode], list[ox.NamedNode | ox.Literal]] = defaultdict(list)
    for predicate in (_EARLIEST, _LATEST, _PLACE, _ATTACKER):
        for quad in match(data, None, predicate, None, graph):
            if isinstance(quad.subject, ox.NamedNode) and quad.subject.value in candidates:
                values[quad.subject.value, predicate].append(quad.object)  # type: ignore[arg-type]
    reports = []
    for node in candidates:
        earliest, latest = _day(values.get((node, _EARLIEST), [])), _day(values.get((node, _LATEST), []))
        if earliest is None or latest is None or latest - earliest > timedelta(days=MAX_DAYS - 1):
            continue
        places = _keys(values.get((node, _PLACE), []), base)
        if places:
            attackers = _keys(values.get((node, _ATTACKER), []), base)
            kind = types[node][0]
            assert isinstance(kind, ox.NamedNode)
            iri = ox.NamedNode(node)
            reports.append(_Report(iri, kind, frozenset(articles[node]), places, attackers, earliest, latest))
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
    open_ones: list[list[_Report]] = []  # the clusters a report may still join, in the order of `clusters`
    for report in sorted(reports, key=lambda r: (r.earliest, r.latest, r.iri.value)):
        # Reports come by start date: a cluster whose last member ended over a week before this one starts can
        # take no later report either, so it is set aside (else every report would scan every cluster: quadratic).
        horizon = report.earliest - timedelta(days=MAX_DAYS)
        open_ones = [c for c in open_ones if c[-1].latest >= horizon]
        for cluster in open_ones:
            if all(match(report, member) for member in cluster):
                cluster.append(report)
                break
        else:
            clusters.append([report])
            open_ones.append(clusters[-1])
    return [c for c in clusters if len(c) > 1]


def apply_merge(data: Graphs, graph: str, plan: Merge) -> None:
    """Point every reference to a merged engagement at the kept one, and give the kept one the members'
    participants, places and the intersection of their dates."""
    name = ox.NamedNode(graph)
    touched: set[ox.Quad] = set()
    for old in plan.mapping:
        touched.update(match(data, None, None, old, name))
        touched.update(match(data, old, None, None, name))
    for new in plan.dates:
        for predicate in _REDATED:
            touched.update(match(data, new, predicate, None, name))
    added = [ox.Quad(t.subject, t.predicate, t.object, name) for t in plan.date_triples()]
    for quad in touched:
        moved = _moved(quad.triple, plan)
        if moved is not None:
            added.append(ox.Quad(moved.subject, moved.predicate, moved.object, name))
    remove_all(data, touched)
    if isinstance(data, ox.Store):
        data.extend(added)  # one transaction, not one per quad
    else:
        for quad in added:
            data.add(quad)


def _moved(triple: ox.Triple, plan: Merge) -> ox.Triple | None:
    """A triple of the graph after the merge (None: dropped): merged engagements renamed to the kept ones, their own
    dates and labels and the kept ones' dates dropped (the kept ones get the intersection)."""
    subject, predicate, value = triple.subject, triple.predicate, triple.object
    if subject in plan.mapping:
        if predicate in _DROPPED:
            return None
        subject = plan.mapping[subject]  # type: ignore[index]
    elif subject in plan.dates and predicate in _REDATED:
        return None
    if isinstance(value, ox.NamedNode) and value in plan.mapping:
        value = plan.mapping[value]
    return ox.Triple(subject, predicate, value)


def rewrite_ntriples(source: Path, target: Path, plan: Merge) -> None:
    """`apply_merge` on an N-Triples file in Oxigraph's line form (one triple a line, no blank node), line by
    line: the same triples as the merged graph (some lines twice, as in the source), in bounded memory."""
    renamed = {str(old): str(new) for old, new in plan.mapping.items()}
    kept = {str(new) for new in plan.dates}
    dropped, redated = {str(p) for p in _DROPPED}, {str(p) for p in _REDATED}
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            subject, predicate, rest = line.split(" ", 2)
            if subject in renamed:
                if predicate in dropped:
                    continue
                subject = renamed[subject]
            elif subject in kept and predicate in redated:
                continue
            value = rest[:-3]  # the line ends with " .\n"
            out.write(f"{subject} {predicate} {renamed.get(value, value)} .\n")
    with target.open("ab") as out:
        ox.serialize(plan.date_triples(), out, ox.RdfFormat.N_TRIPLES)


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
