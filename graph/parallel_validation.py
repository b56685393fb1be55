"""SHACL validation of a large graph on several cores: the shapes split in parts, each part validated in its own
process over the whole graph, the reports merged.

Splitting the shapes, not the data, keeps the result exactly that of one validation: every part sees the whole
graph, so a constraint reads what it would read in one run, and each targeted shape is validated in exactly one
part. A part keeps every shape (so sh:node and sh:property references still resolve) but only its own shapes'
targets; a shape left without targets and referenced by no other shape validates nothing in that part.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.term import Node

from graph import validation, validation_report

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_TYPE, _SUBCLASS, _XSD_STRING = str(RDF.type), str(RDFS.subClassOf), str(XSD.string)
PartResult = tuple[bool, list[tuple[Node, Node, Node]], str, tuple[validation_report.Violation, ...]]


def targeted_shapes(shapes: Graph) -> list[Node]:
    """The shapes with explicit targets, sorted."""
    return sorted({s for p in TARGETS for s in shapes.subjects(p, None)}, key=str)


def split_shapes(shapes: Graph, parts: int, weights: Mapping[Node, float] | None = None) -> list[Graph]:
    """The shapes graph as up to `parts` graphs whose targeted shapes are disjoint and cover all of them.

    Heavier shapes (by `weights`, default 1) are spread first, each to the lightest part; the split depends only
    on the shapes and weights. A shape that is also a class (implicit targets) cannot be split off: one part then.
    """
    tops = targeted_shapes(shapes)
    implicit = any((s, RDF.type, c) in shapes for s in shapes.subjects(RDF.type, None) for c in (RDFS.Class, OWL.Class))
    parts = min(parts, len(tops))
    if parts <= 1 or implicit:
        return [shapes]
    weight = weights or {}
    bins: list[list[Node]] = [[] for _ in range(parts)]
    loads = [0.0] * parts
    for shape in sorted(tops, key=lambda s: (-weight.get(s, 1.0), str(s))):
        lightest = loads.index(min(loads))
        bins[lightest].append(shape)
        loads[lightest] += weight.get(shape, 1.0)
    graphs = []
    for own in bins:
        part = Graph()
        part += shapes
        for shape in tops:
            if shape in own:
                continue
            for predicate in TARGETS:
                part.remove((shape, predicate, None))
            if not any(shapes.triples((None, None, shape))):
                # Untargeted and unreferenced here: its SPARQL constraints would only be run and filtered away.
                part.remove((shape, SH.sparql, None))
        graphs.append(part)
    return graphs


def shape_weights(shapes: Graph, triples: Iterable[ox.Triple]) -> dict[Node, float]:
    """An estimate of each targeted shape's cost in the graph of `triples`: its focus nodes times its constraints.

    >>> from rdflib import Namespace
    >>> ex = Namespace("http://example.org/")
    >>> g = Graph()
    >>> _ = g.add((ex.S, SH.targetClass, ex.C)); _ = g.add((ex.S, SH.property, ex.p1))
    >>> a, sub, c = ox.NamedNode(ex.a), ox.NamedNode(RDFS.subClassOf), ox.NamedNode(ex.C)
    >>> data = [ox.Triple(a, ox.NamedNode(RDF.type), ox.NamedNode(ex.D)), ox.Triple(ox.NamedNode(ex.D), sub, c)]
    >>> shape_weights(g, data)[ex.S]
    2.0
    """
    types: Counter[str] = Counter()
    predicates: Counter[str] = Counter()
    subclasses: dict[str, set[str]] = defaultdict(set)
    for t in triples:
        predicates[t.predicate.value] += 1
        if t.predicate.value == _TYPE and isinstance(t.object, ox.NamedNode):
            types[t.object.value] += 1
        elif (
            t.predicate.value == _SUBCLASS
            and isinstance(t.object, ox.NamedNode)
            and isinstance(t.subject, ox.NamedNode)
        ):
            subclasses[t.object.value].add(t.subject.value)
    weights = {}
    for shape in targeted_shapes(shapes):
        classes = _with_subclasses({str(c) for c in shapes.objects(shape, SH.targetClass)}, subclasses)
        # Targets of one shape mostly overlap (oa:SpecificResource and objects of kg:evidence): the largest counts.
        focus = max(
            sum(types[c] for c in classes),
            sum(1 for _ in shapes.objects(shape, SH.targetNode)),
            *(
                sum(predicates[str(p)] for p in shapes.objects(shape, t))
                for t in (SH.targetSubjectsOf, SH.targetObjectsOf)
            ),
        )
        constraints = 1 + len(set(shapes.objects(shape, SH.property))) + len(set(shapes.objects(shape, SH.sparql)))
        weights[shape] = float(focus * constraints)
    return weights


def _with_subclasses(classes: set[str], subclasses: Mapping[str, set[str]]) -> set[str]:
    """The classes and all their subclasses."""
    found, todo = set(classes), list(classes)
    while todo:
        for sub in subclasses.get(todo.pop(), ()):
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def start(
    data_nt: Path, parts: int, weights: Mapping[Node, float] | None = None, shapes: Graph | None = None
) -> tuple[ProcessPoolExecutor, list[Future[PartResult]]]:
    """Start validating the N-Triples file in `parts` processes; `collect` gathers the result."""
    shape_parts = split_shapes(shapes if shapes is not None else validation.load_shapes(), parts, weights)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(len(shape_parts), mp_context=context)
    futures = [pool.submit(_validate_part, str(data_nt), part.serialize(format="nt")) for part in shape_parts]
    return pool, futures


def collect(pool: ProcessPoolExecutor, futures: Sequence[Future[PartResult]]) -> validation_report.ValidationResult:
    """Wait for the parts and merge them into one validation result."""
    try:
        return merge([f.result() for f in futures])
    finally:
        pool.shutdown(cancel_futures=True)


def validate_file(
    data_nt: Path, parts: int, weights: Mapping[Node, float] | None = None
) -> validation_report.ValidationResult:
    """Validate an N-Triples file against the project's shapes in `parts` processes."""
    return collect(*start(data_nt, parts, weights))


def merge(results: Sequence[PartResult]) -> validation_report.ValidationResult:
    """One validation result from the parts': one report node holding every part's results."""
    conforms = all(r[0] for r in results)
    report = Graph()
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, Literal(conforms)))
    part_reports = {s for r in results for s, p, o in r[1] if p == RDF.type and o == SH.ValidationReport}
    for _, triples, _, _ in results:
        for s, p, o in triples:
            if s in part_reports:
                if p not in (RDF.type, SH.conforms):
                    report.add((node, p, o))
            else:
                report.add((s, p, o))
    violations = tuple(v for r in results for v in r[3])
    texts = [r[2] for r in results if not r[0]] or [results[0][2]]
    return validation_report.ValidationResult(conforms, report, "".join(texts), violations)


def read_ntriples(path: Path) -> Graph:
    """An N-Triples file as an rdflib graph, parsed by Oxigraph (twice as fast as rdflib's parser)."""
    return rdflib_graph(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))


def rdflib_graph(triples: Iterable[ox.Triple]) -> Graph:
    """Oxigraph triples as an rdflib graph, each term made once: the graph rdflib would parse from their
    N-Triples (rdflib normalises a literal when it is made, either way)."""
    graph = Graph()
    terms: dict[ox.NamedNode | ox.BlankNode | ox.Literal, Node] = {}

    def term(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        found = terms.get(node)
        if found is None:
            found = terms[node] = rdflib_term(node)
        return found

    # Hundreds of thousands of new objects, none cyclic: the cycle collector would only rescan them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)  # type: ignore[arg-type]
    finally:
        if collecting:
            gc.enable()
    return graph


def rdflib_term(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """An Oxigraph term as rdflib's N-Triples parser would make it."""
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    if node.datatype.value == _XSD_STRING:  # a simple literal: rdflib gives it no datatype
        return Literal(node.value)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def _validate_part(data_nt: str, shapes_nt: str) -> PartResult:
    """Validate the whole data graph against one part of the shapes (in a worker process)."""
    data = read_ntriples(Path(data_nt))
    shapes = Graph().parse(data=shapes_nt, format="nt")
    result = validation.validate(data, shapes)
    # Triples and violations keep their blank node ids when pickled; a serialised report would not.
    return result.conforms, list(result.report_graph), result.text, result.violations
