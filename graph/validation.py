"""SHACL validation of a built graph with pyshacl; the report naming the node, the shape and the source article is
graph/validation_report.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import pyshacl
from pyshacl.graph_abstraction import DataGraph
from pyshacl.pytypes import SHACLExecutor
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import BNode, Node

import ontology
from graph.validation_report import ValidationResult, all_violations, report_line, term


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
    violations = tuple(sorted(all_violations(report_graph, target), key=lambda v: report_line(v, report_graph)))
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
                f"\tSeverity: {term(severity)}\n\tSource Shape: {term(shape)}\n\tFocus Node: {term(this)}\n"
                f"\tValue Node: {term(row.get('value') or this)}\n"  # type: ignore[union-attr]
                f"\tSource Constraint: {term(constraint)}\n" + "".join(f"\tMessage: {m}\n" for m in messages)
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


@lru_cache(maxsize=1)
def _default_shapes() -> Graph:
    """The project's shapes, parsed once per process (pyshacl does not modify the shapes graph)."""
    return load_shapes()
