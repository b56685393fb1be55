"""SHACL validation of a built graph with pyshacl, and a report naming the node, the shape and the source article."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyshacl
from pyshacl.graph_abstraction import DataGraph
from pyshacl.pytypes import SHACLExecutor
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, XSD
from rdflib.term import BNode, Node

import ontology
from graph.namespaces import GEO, KG, OA, PREFIXES

SHAPES_NS = "https://w3id.org/conflict-kg/shapes#"


_NAMESPACES = Graph(bind_namespaces="none").namespace_manager
_NAMESPACES.bind("xsd", XSD)
_NAMESPACES.bind("geo", GEO)


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with the identifier of the article it comes from when that can be found."""

    focus_node: Node
    shape: Node
    path: Node | None
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: Node | None
    article: str | None  # dcterms:identifier of the source article(s), comma-separated when several
    component: str = ""  # the constraint that failed: "MinCount", "Class", "SPARQL", ... (sh:...ConstraintComponent)
    constraint: Node | None = None  # for a SPARQL constraint, the constraint node (kgsh:Evidence-quote-matches-body)


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of a validation: pyshacl's (conforms, report graph, text) plus the parsed violations."""

    conforms: bool
    report_graph: Graph
    text: str
    violations: tuple[Violation, ...]


def load_shapes(extra: Sequence[Path] = ()) -> Graph:
    """The project's SHACL shapes (ontology/shapes.ttl), plus any extra shapes files a user adds."""
    graph = Graph()
    graph.parse(ontology.path(ontology.SHAPES_FILE), format="turtle")
    for path in extra:
        try:
            graph.parse(path, format="turtle")
        except Exception as err:  # rdflib raises several kinds for a file that is not Turtle
            raise ShapesError(f"{path}: not a readable Turtle shapes file: {err}") from None
    return graph


class ShapesError(ValueError):
    """A shapes file given by the user cannot be read: names the file."""


def validate(
    data: Graph,
    shapes: Graph | None = None,
    *,
    ontology_graph: Graph | None = None,
    focus: Iterable[URIRef] | None = None,
) -> ValidationResult:
    """Validate `data` against the shapes (default: the project's) without inference.

    `data` should hold the ontology and SKOS schemes (a build's merged graph does): sh:class follows
    rdfs:subClassOf in the data graph. Pass `ontology_graph` to mix them in when it does not. `focus`: validate
    only these focus nodes (the others the shapes target are skipped), e.g. one article's nodes in a larger graph.
    """
    # pyshacl's own ont_graph mixing copies only RDFS/OWL axioms, not the SKOS schemes the shapes need
    target = data if ontology_graph is None else data + ontology_graph
    shapes_graph = shapes if shapes is not None else _default_shapes()
    core_shapes, sparql = _split_sparql_constraints(shapes_graph)
    wanted = frozenset(focus) if focus is not None else None
    options = {
        "inference": "none",
        # Core SHACL-SPARQL constraints need no advanced mode; without it pyshacl validates in place instead
        # of copying the whole data graph first.
        "advanced": False,
        "inplace": True,
        "abort_on_first": False,
        "allow_warnings": False,
        "focus_nodes": list(wanted) if wanted else None,
    }
    if wanted is not None and not wanted:
        # Nothing to validate (pyshacl would read an empty list as "every focus node").
        report_graph = Graph()
        report_graph.add((BNode(), RDF.type, SH.ValidationReport))
        report_graph.set((_report_node(report_graph), SH.conforms, Literal(True)))
        conforms, text = True, "Validation Report\nConforms: True\n"
    else:
        validator = _FocusValidator(DataGraph.from_rdflib(target), shacl_graph=core_shapes, options=options)
        conforms, report_graph, text = validator.run()
    assert isinstance(report_graph, Graph)
    extra = _check_sparql_constraints(target, shapes_graph, sparql, report_graph, wanted)
    if extra:
        conforms = False
        report_graph.set((_report_node(report_graph), SH.conforms, Literal(False)))
        text = _with_results(str(text), extra)
    violations = tuple(sorted(_violations(report_graph, target), key=lambda v: report_line(v, report_graph)))
    return ValidationResult(bool(conforms), report_graph, str(text), violations)


class _FocusValidator(pyshacl.Validator):
    """pyshacl's validator, its focus node filter a set: pyshacl scans a list for every target of every shape."""

    def make_executor(self) -> SHACLExecutor:
        executor = super().make_executor()
        if executor.focus_nodes:
            executor.focus_nodes = frozenset(executor.focus_nodes)  # type: ignore[assignment]
        return executor


def _split_sparql_constraints(shapes: Graph) -> tuple[Graph, list[tuple[Node, Node]]]:
    """The shapes without the SPARQL constraints this module checks itself, and those (shape, constraint) pairs.

    pyshacl runs a SPARQL constraint once per focus node, parsing the query each time and joining from the whole
    graph: minutes on a corpus. A constraint whose query is a plain pattern (no sub-select, aggregate, negation or
    $currentShape/$shapesGraph) on a node shape used only through its own targets gives the same solutions when
    run once over the whole graph and restricted to the shape's focus nodes, which takes a second.
    """
    taken = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        query = shapes.value(constraint, SH.select)
        if (
            query is not None
            and shapes.value(shape, SH.path) is None
            and shapes.value(shape, SH.target) is None
            and not any(shapes.triples((None, None, shape)))
            and "$this" in str(query)
            and not _NOT_PLAIN.search(str(query))
        ):
            taken.append((shape, constraint))
    # A copy in SimpleMemory (no contexts) even with nothing taken: pyshacl reads the shapes a fifth faster from it.
    core = Graph(store="SimpleMemory")
    core += shapes
    if not taken:
        return core, []
    for shape, constraint in taken:
        core.remove((shape, SH.sparql, constraint))
    return core, sorted(taken, key=str)


# Anything that could make "bind $this first" and "filter on ?this afterwards" differ sends the constraint to pyshacl.
_NOT_PLAIN = re.compile(
    r"(?i)\{\s*SELECT|\b(GROUP\s+BY|HAVING|MINUS|EXISTS|VALUES|OPTIONAL|UNION|BIND|SERVICE|GRAPH|LIMIT|OFFSET)\b"
    r"|\$currentShape|\$shapesGraph"
)


def _check_sparql_constraints(
    data: Graph,
    shapes: Graph,
    taken: list[tuple[Node, Node]],
    report_graph: Graph,
    wanted: frozenset[URIRef] | None = None,
) -> list[str]:
    """Run each taken SPARQL constraint once over the data; add a result per solution on a focus node.

    Returns the results in pyshacl's text form, for the text report.
    """
    added: list[str] = []
    report = _report_node(report_graph)
    for shape, constraint in taken:
        if Literal(True) in (shapes.value(shape, SH.deactivated), shapes.value(constraint, SH.deactivated)):
            continue
        focus = _focus_nodes(data, shapes, shape)
        if wanted is not None:
            focus &= wanted
        query = _prefix_declarations(shapes, constraint) + str(shapes.value(constraint, SH.select))
        messages = sorted(shapes.objects(constraint, SH.message), key=str) or sorted(
            shapes.objects(shape, SH.message), key=str
        )
        severity = shapes.value(shape, SH.severity) or SH.Violation
        for row in data.query(query):
            this = row.get("this")  # type: ignore[union-attr]
            if this is None or this not in focus:
                continue
            result = BNode()
            report_graph.add((report, SH.result, result))
            report_graph.add((result, RDF.type, SH.ValidationResult))
            report_graph.add((result, SH.focusNode, this))
            report_graph.add((result, SH.value, row.get("value") or this))  # type: ignore[union-attr]
            report_graph.add((result, SH.sourceShape, shape))
            report_graph.add((result, SH.sourceConstraint, constraint))
            report_graph.add((result, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
            report_graph.add((result, SH.resultSeverity, severity))
            for message in messages:
                report_graph.add((result, SH.resultMessage, message))
            added.append(
                "Constraint Violation in SPARQLConstraintComponent (http://www.w3.org/ns/shacl#SPARQLConstraintComponent):\n"
                f"\tSeverity: {_term(severity)}\n\tSource Shape: {_term(shape)}\n\tFocus Node: {_term(this)}\n"
                f"\tValue Node: {_term(row.get('value') or this)}\n"  # type: ignore[union-attr]
                f"\tSource Constraint: {_term(constraint)}\n" + "".join(f"\tMessage: {m}\n" for m in messages)
            )
    return added


def _with_results(text: str, results: list[str]) -> str:
    """pyshacl's text report with more results appended and its header updated to match.

    >>> print(_with_results("Validation Report\\nConforms: True\\n", ["Constraint Violation ...\\n"]))
    Validation Report
    Conforms: False
    Results (1):
    Constraint Violation ...
    <BLANKLINE>
    """
    count = re.search(r"Results \((\d+)\):", text)
    before = int(count.group(1)) if count else 0
    text = text.replace("Conforms: True", "Conforms: False")
    header = f"Results ({before + len(results)}):"
    text = text.replace(count.group(0), header) if count else text + header + "\n"
    return text + "".join(sorted(results))


def _report_node(report_graph: Graph) -> Node:
    """The sh:ValidationReport node of a report graph."""
    report = report_graph.value(predicate=RDF.type, object=SH.ValidationReport)
    if report is None:
        raise ValueError("pyshacl returned a report graph without a sh:ValidationReport")
    return report


def _focus_nodes(data: Graph, shapes: Graph, shape: Node) -> set[Node]:
    """The focus nodes of a node shape's targets in the data graph (SHACL 2.1.3)."""
    nodes: set[Node] = set(shapes.objects(shape, SH.targetNode))
    classes = set(shapes.objects(shape, SH.targetClass))
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        classes.add(shape)
    for cls in classes:
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            nodes.update(data.subjects(RDF.type, sub))
    for prop in shapes.objects(shape, SH.targetSubjectsOf):
        nodes.update(data.subjects(prop, None))
    for prop in shapes.objects(shape, SH.targetObjectsOf):
        nodes.update(data.objects(None, prop))
    return nodes


def _prefix_declarations(shapes: Graph, constraint: Node) -> str:
    """PREFIX lines for the sh:declare of every sh:prefixes of a SPARQL constraint."""
    lines = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(holder, SH.declare):
            prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                lines.append(f"PREFIX {prefix}: <{namespace}>\n")
    return "".join(sorted(set(lines)))


def format_report(result: ValidationResult) -> str:
    """One line per violation (node, shape, path, message, article), sorted; or a line saying the graph conforms."""
    if result.conforms and not result.violations:
        return "conforms: no violation of the shapes"
    lines = [f"does not conform: {len(result.violations)} result(s)"]
    lines.extend(sorted(report_line(v, result.report_graph) for v in result.violations))
    return "\n".join(lines)


def article_of(data: Graph, node: Node) -> str | None:
    """The identifier of the article a node comes from: the article itself, a claim's, its evidence's, its selector's,
    or an engagement's through the claims about it; None when the node leads to no article.

    >>> from rdflib import Namespace
    >>> ex = Namespace("http://example.org/")
    >>> g = Graph()
    >>> _ = g.add((ex.a, RDF.type, KG.Article)); _ = g.add((ex.a, DCTERMS.identifier, Literal("001")))
    >>> _ = g.add((ex.c, KG.statedIn, ex.a)); _ = g.add((ex.c, KG.evidence, ex.e))
    >>> article_of(g, ex.e), article_of(g, ex.c), article_of(g, ex.x)
    ('001', '001', None)
    """
    articles: set[Node] = set()
    if (node, RDF.type, KG.Article) in data:
        articles.add(node)
    articles.update(data.objects(node, KG.statedIn))
    articles.update(data.objects(node, OA.hasSource))
    evidences = {node, *data.subjects(OA.hasSelector, node)}
    for evidence in evidences:
        articles.update(data.objects(evidence, OA.hasSource))
        for claim in data.subjects(KG.evidence, evidence):
            articles.update(data.objects(claim, KG.statedIn))
    if (node, RDF.type, KG.Engagement) in data:
        for claim in data.subjects(KG.about, node):
            articles.update(data.objects(claim, KG.statedIn))
    identifiers = sorted({str(data.value(a, DCTERMS.identifier) or a) for a in articles})
    return ", ".join(identifiers) or None


def _violations(report: Graph, data: Graph) -> list[Violation]:
    """Every validation result of a pyshacl report graph."""
    return violations_of(report, report.subjects(RDF.type, SH.ValidationResult), lambda node: article_of(data, node))


def violations_of(report: Graph, results: Iterable[Node], article: Callable[[Node], str | None]) -> list[Violation]:
    """The Violations of these result nodes of a report graph; `article` names the article of a focus node."""
    found = []
    for result in results:
        focus = report.value(result, SH.focusNode)
        shape = report.value(result, SH.sourceShape)
        severity = report.value(result, SH.resultSeverity)
        component = report.value(result, SH.sourceConstraintComponent)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        found.append(
            Violation(
                focus_node=focus if focus is not None else Literal(""),
                shape=shape if shape is not None else Literal(""),
                path=report.value(result, SH.resultPath),
                message="; ".join(messages),
                severity=_local_name(severity) if severity is not None else "Violation",
                value=report.value(result, SH.value),
                article=article(focus) if focus is not None else None,
                component=_local_name(component).removesuffix("ConstraintComponent") if component is not None else "",
                constraint=report.value(result, SH.sourceConstraint),
            )
        )
    return found


def report_line(violation: Violation, report: Graph) -> str:
    """One line of the text report."""
    path = _path_text(report, violation.path) if violation.path is not None else "-"
    value = f" value {_term(violation.value)}" if violation.value is not None else ""
    shape = _shape_text(report, violation.shape)
    if violation.constraint is not None:
        shape += f" constraint {_shape_text(report, violation.constraint)}"
    elif violation.component:
        shape += f" ({violation.component})"
    return (
        f"{violation.severity}: node {_term(violation.focus_node)} shape {shape} "
        f"path {path}{value}: {violation.message} (article {violation.article or 'unknown'})"
    )


def _shape_text(report: Graph, shape: Node) -> str:
    """A shape's name: its compact IRI, or for a blank property shape, the path it checks."""
    if isinstance(shape, BNode):
        path = report.value(shape, SH.path)
        return f"[{_path_text(report, path)}]" if path is not None else "[anonymous shape]"
    return _term(shape)


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax (kg:a, ^kg:a, kg:a/kg:b, kg:a|kg:b)."""
    if not isinstance(path, BNode):
        return _term(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(graph, inverse)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path_text(graph, p) for p in Collection(graph, alternatives)) + ")"
    for predicate, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = graph.value(path, predicate)
        if inner is not None:
            return _path_text(graph, inner) + mark
    if graph.value(path, RDF.first) is not None:
        return "/".join(_path_text(graph, p) for p in Collection(graph, path))
    return "[path]"


def _term(node: Node | None) -> str:
    """A node for a report line: an IRI compacted with the project's prefixes, a literal in N-Triples.

    >>> _term(KG.claimant), _term(URIRef("http://example.org/x")), _term(Literal("a"))
    ('kg:claimant', '<http://example.org/x>', '"a"')
    """
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in (("kgsh", SHAPES_NS), *sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))):
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        text = node.n3(_NAMESPACES)
        return text if len(text) <= 80 else text[:77] + '..."'
    return "[]"  # a blank node: its id changes from run to run, so it is not shown


def _local_name(iri: Node) -> str:
    """The part of an IRI after its '#' (sh:Violation -> Violation)."""
    return str(iri).rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def _default_shapes() -> Graph:
    """The project's shapes, parsed once per process (pyshacl does not modify the shapes graph)."""
    return load_shapes()
