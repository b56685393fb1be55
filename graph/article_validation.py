"""SHACL validation in bounded memory: each article's graph with the ontology and reference graphs (in worker
processes, a few dozen articles per pyshacl run, the results cached with the article), then once over a bounded
extract of the merged graph for the nodes no single article holds.

A node is *local* to an article when it occurs (as subject or object) in that article's triples and in no other
article's, is not described by the ontology or reference graphs, and is not touched by the merge of engagements
(graph/merge.py; `merge_touched`). What the shapes read about a local node — its own triples, the claims about
it, the article its evidence quotes — then lies in its article's triples; the entities it points to (gazetteer
entities, local actors and places) are described by every article that names them the same way, and by the
reference graph. So a local node's results are the same in its article's graph as in the whole graph, and depend on
the article alone (which is why they can be cached with it).

Every other node (an entity several articles name, a merged engagement, the reference and ontology nodes) is
validated once, in the *cross-article* pass: its neighbourhood is taken from the merged dataset — the triples of
the nodes and of what lies fewer than `depth(shapes)` hops from them, a step back by a predicate the shapes or the
report follow backwards (kg:about, oa:hasSelector, kg:evidence, any sh:inversePath) counting as a hop, and the
identifiers of the nodes one hop further — with the ontology and reference graphs, and only those nodes are
validated in it. The report names node, shape and article as one validation of the whole graph does.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, RDF, SH
from rdflib.term import Node

from graph import article_pass, parallel_validation, validation, validation_report
from graph.article_pass import ArticleValidation, LocalPass, Record, nodes_of, records
from graph.namespaces import ARTICLES_GRAPH, KG, OA
from graph.pattern import Graphs, match

# Hops out from a cross-article node at least (see `depth`): engagement <- claim -> article -> identifier.
MIN_DEPTH = 2
_BACKWARD = (KG.about, OA.hasSelector, KG.evidence)  # what validation_report.article_of walks backwards
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))
_PLAIN = ("http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def version(extra_shapes: Sequence[Path], extractor_version: str) -> str:
    """A digest of what an article's validation depends on besides the article: the extractor (and with it the
    reference data), the shapes files, the ontology, this code and pyshacl."""
    import ontology

    digest = hashlib.sha256(f"{extractor_version}\npyshacl {pyshacl.__version__}\n".encode())
    files = [ontology.path(name) for name in (*ontology.ONTOLOGY_FILES, ontology.SHAPES_FILE)]
    for path in [
        *files,
        *extra_shapes,
        Path(__file__),
        Path(article_pass.__file__),
        Path(validation.__file__),
        Path(validation_report.__file__),
    ]:
        digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()[:32]


def local_nodes(outcomes: Sequence[ArticleValidation], touched: Iterable[str], static_subjects: set[str]) -> set[str]:
    """The nodes validated in their article's graph whose results stand: in one article only, not rewritten by the
    merge, not described by the ontology or reference graphs."""
    seen = Counter(n for outcome in outcomes for n in outcome.nodes)
    excluded = {f"<{iri}>" for iri in touched} | static_subjects
    return {n for outcome in outcomes for n in outcome.validated if seen[n] == 1 and n not in excluded}


def cross_extract(
    data: Graphs,
    outcomes: Sequence[ArticleValidation],
    local: set[str],
    shapes: Graph,
    lossless: Path | None = None,
) -> list[ox.Triple]:
    """The articles' triples a validation of every non-local node reads (see the module's docstring): the triples
    of the nodes up to `depth` - 1 hops from them (a step back by a backward predicate counts as a hop), and the
    dcterms:identifier of the nodes one hop further (the report names articles by it). `lossless`: the articles'
    triples as N-Triples, read for typed literals when `data` is a store."""
    articles = ox.NamedNode(ARTICLES_GRAPH)
    backward = {ox.NamedNode(str(p)) for p in (*_BACKWARD, *shapes.objects(None, SH.inversePath))}
    seeds: set[ox.NamedNode | ox.BlankNode] = {
        ox.NamedNode(n[1:-1]) for outcome in outcomes for n in outcome.nodes if n not in local
    }
    taken: set[ox.Triple] = set()
    behind: set[ox.NamedNode | ox.BlankNode] = set()  # one hop away, backwards
    for node in seeds:
        for quad in match(data, None, None, node, articles):
            subject = quad.subject
            if quad.predicate in backward and not isinstance(subject, ox.Triple):
                taken.add(quad.triple)
                if subject not in seeds:
                    behind.add(subject)
    frontier, pending = set(seeds), behind
    seen = seeds | behind
    for _ in range(depth(shapes)):
        following, pending = pending, set()
        for node in frontier:
            for quad in match(data, node, None, None, articles):  # the ontology and reference graphs come whole
                taken.add(quad.triple)
                value = quad.object
                if isinstance(value, ox.NamedNode | ox.BlankNode) and value not in seen:
                    seen.add(value)
                    following.add(value)
        frontier = following
    for node in frontier:
        taken.update(q.triple for q in match(data, node, _IDENTIFIER))
    if lossless is not None:
        taken = _literals_from(lossless, taken)
    return sorted(taken, key=str)


def _literals_from(source: Path, taken: set[ox.Triple]) -> set[ox.Triple]:
    """The triples with their typed literals (numbers, dates...) as the N-Triples file `source` writes them: an
    Oxigraph store keeps such a literal by its value ("7"^^xsd:nonNegativeInteger comes back as xsd:integer), and
    the shapes check the datatype written."""
    typed = {t for t in taken if isinstance(t.object, ox.Literal) and t.object.datatype.value not in _PLAIN}
    if not typed:
        return taken
    subjects = {str(t.subject) for t in typed}
    found = set(taken - typed)
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line[: line.find(" ")] in subjects and '"^^<' in line:
                (quad,) = ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                if isinstance(quad.object, ox.Literal) and quad.object.datatype.value not in _PLAIN:
                    found.add(quad.triple)
    return found


def depth(shapes: Graph) -> int:
    """How many nodes' out-going triples, counted in hops from a focus node, its validation reads: the longest chain
    of path steps through the shapes of the values (sh:property, sh:node), plus one for a value's type (sh:class);
    at least MIN_DEPTH, what validation_report.article_of walks."""
    memo: dict[Node, int] = {}

    def reach(shape: Node, seen: frozenset[Node]) -> int:
        if shape in seen:
            return 0  # a recursive shape: validated node by node, each its own focus
        if shape not in memo:
            inner = seen | {shape}
            path = shapes.value(shape, SH.path)
            steps = _path_length(shapes, path) if path is not None else 0
            deeper = [reach(s, inner) for s in shapes.objects(shape, SH.property)]
            deeper += [reach(s, inner) for s in shapes.objects(shape, SH.node)]
            deeper += [1 for _ in shapes.objects(shape, SH["class"])]
            memo[shape] = steps + max(deeper, default=0)
        return memo[shape]

    return max([MIN_DEPTH, *(reach(s, frozenset()) for s in parallel_validation.targeted_shapes(shapes))])


def _path_length(shapes: Graph, path: Node) -> int:
    """The number of steps of a SHACL path (an alternative counts as its longest; * and + as two)."""
    if not isinstance(path, BNode):
        return 1
    if shapes.value(path, RDF.first) is not None:
        return sum(_path_length(shapes, step) for step in Collection(shapes, path))
    for predicate, extra in ((SH.inversePath, 0), (SH.zeroOrOnePath, 0), (SH.zeroOrMorePath, 1), (SH.oneOrMorePath, 1)):
        inner = shapes.value(path, predicate)
        if inner is not None:
            return _path_length(shapes, inner) + extra
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return max((_path_length(shapes, step) for step in Collection(shapes, alternatives)), default=1)
    return 1


def cross_graph(extract: Sequence[ox.Triple], static_nt: Path, local: set[str]) -> tuple[Graph, set[URIRef]]:
    """The extract with the ontology and reference graphs as one rdflib graph, and the nodes to validate in it."""
    triples = [*extract, *(q.triple for q in ox.parse(path=str(static_nt), format=ox.RdfFormat.N_TRIPLES))]
    # Only the non-local nodes are validated: the local ones here are neighbours, their results come from their
    # articles. (pyshacl's focus filter takes IRIs only: the ontology's blank nodes, RDF lists, are no shape's target.)
    return parallel_validation.rdflib_graph(triples), {URIRef(n[1:-1]) for n in nodes_of(triples) if n not in local}


def validate_cross(graph: Graph, focus: set[URIRef], shapes: Graph, local: set[str]) -> list[Record]:
    """Validate the focus nodes of the cross-article graph; keep the results on non-local nodes."""
    result = validation.validate(graph, shapes, focus=focus)
    return [r for r in records(result, graph) if r.focus not in local]


def assemble(
    outcomes: Sequence[ArticleValidation], local: set[str], cross: Sequence[Record]
) -> validation_report.ValidationResult:
    """One validation result from the kept local results and the cross-article ones, under one report node."""
    kept = [r for outcome in outcomes for r in outcome.records if r.focus in local]
    report = Graph()
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    violations = []
    for record in sorted([*kept, *cross], key=lambda r: (r.focus, r.ntriples)):
        part = Graph().parse(data=record.ntriples, format="nt")
        result = part.value(predicate=RDF.type, object=SH.ValidationResult)
        report += part
        report.add((node, SH.result, result))  # type: ignore[arg-type]
        violations.append(_violation(report, result, record.article))  # type: ignore[arg-type]
    conforms = not violations  # as pyshacl without allow_warnings: any result fails
    report.add((node, SH.conforms, Literal(conforms)))
    ordered = tuple(sorted(violations, key=lambda v: validation_report.report_line(v, report)))
    merged = validation_report.ValidationResult(conforms, report, "", ordered)
    return validation_report.ValidationResult(conforms, report, validation_report.format_report(merged), ordered)


def _violation(report: Graph, result: Node, article: str | None) -> validation_report.Violation:
    """The Violation of a result node of the report."""
    (found,) = validation_report.violations_of(report, [result], lambda _focus: article)
    return found


def merge_touched(data: Graphs, merged: dict[str, str], shapes: Graph) -> set[str]:
    """The IRIs whose validation the merge of engagements can change: the merged engagements, the kept ones, and
    the subjects of the articles' triples pointing at a kept one (the claims about it) by a predicate the shapes
    read forward (the project's read kg:about only backwards, from the engagement: its claims stay local)."""
    articles = ox.NamedNode(ARTICLES_GRAPH)
    read = forward_predicates(shapes)
    touched = set(merged) | set(merged.values())
    for kept in set(merged.values()):
        for quad in match(data, None, None, ox.NamedNode(kept), articles):
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and quad.predicate.value in read:
                touched.add(subject.value)
    return touched


def forward_predicates(shapes: Graph) -> set[str]:
    """The predicates the shapes' paths follow forward, and every predicate a SPARQL constraint may name (any IRI
    of the shapes graph whose local name its query mentions): what a validation can read out of a node."""
    read: set[str] = set()

    def walk(path: Node, inverse: bool) -> None:
        if isinstance(path, URIRef):
            if not inverse:
                read.add(str(path))
            return
        if shapes.value(path, RDF.first) is not None:
            for step in Collection(shapes, path):
                walk(step, inverse)
            return
        for predicate in (SH.zeroOrOnePath, SH.zeroOrMorePath, SH.oneOrMorePath):
            for inner in shapes.objects(path, predicate):
                walk(inner, inverse)
        for inner in shapes.objects(path, SH.inversePath):
            walk(inner, not inverse)
        for alternatives in shapes.objects(path, SH.alternativePath):
            for step in Collection(shapes, alternatives):
                walk(step, inverse)

    for path in shapes.objects(None, SH.path):
        walk(path, False)
    for predicate in (SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint):
        read.update(str(p) for p in shapes.objects(None, predicate))
    queries = " ".join(str(q) for q in shapes.objects(None, SH.select))
    if queries:
        names = {str(t) for triple in shapes for t in triple if isinstance(t, URIRef)}
        read.update(n for n in names if re.split(r"[#/]", n)[-1] in queries)
    return read


def finish(
    local_pass: LocalPass,
    data: Graphs,
    touched: set[str],
    static_nt: Path,
    shapes: Graph,
    lossless: Path | None = None,
) -> tuple[validation_report.ValidationResult, str]:
    """Wait for the per-article pass, run the cross-article pass; return the result and a line saying what ran.
    `lossless`: the articles' triples as N-Triples, when `data` is a store (see `cross_extract`)."""
    outcomes = local_pass.collect()
    started = time.monotonic()
    static_subjects = {str(q.subject) for q in ox.parse(path=str(static_nt), format=ox.RdfFormat.N_TRIPLES)}
    local = local_nodes(outcomes, touched, static_subjects)
    extract = cross_extract(data, outcomes, local, shapes, lossless)
    # Something in the validation below keeps this frame alive after it returns: it must not keep the store open.
    del data
    # What grows with the corpus goes before pyshacl runs: each article's node IRIs, the extract as Oxigraph terms.
    outcomes = [replace(o, nodes=(), validated=()) for o in outcomes]
    local_pass.outcomes = []
    del static_subjects
    size = len(extract)
    graph, focus = cross_graph(extract, static_nt, local)
    del extract
    cross = validate_cross(graph, focus, shapes, local)
    summary = (
        f"validated {len(outcomes)} article graphs ({local_pass.from_cache} from the cache), then the nodes no "
        f"single article holds over {size} of the articles' triples in {time.monotonic() - started:.1f} s"
    )
    return assemble(outcomes, local, cross), summary
