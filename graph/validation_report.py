"""A SHACL validation's results as the project reports them: one line per result, naming node, shape, path and the
article the node comes from."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, RDF, SH, XSD
from rdflib.term import BNode, Node

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


def all_violations(report: Graph, data: Graph) -> list[Violation]:
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
    value = f" value {term(violation.value)}" if violation.value is not None else ""
    shape = _shape_text(report, violation.shape)
    if violation.constraint is not None:
        shape += f" constraint {_shape_text(report, violation.constraint)}"
    elif violation.component:
        shape += f" ({violation.component})"
    return (
        f"{violation.severity}: node {term(violation.focus_node)} shape {shape} "
        f"path {path}{value}: {violation.message} (article {violation.article or 'unknown'})"
    )


def _shape_text(report: Graph, shape: Node) -> str:
    """A shape's name: its compact IRI, or for a blank property shape, the path it checks."""
    if isinstance(shape, BNode):
        path = report.value(shape, SH.path)
        return f"[{_path_text(report, path)}]" if path is not None else "[anonymous shape]"
    return term(shape)


def _path_text(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax (kg:a, ^kg:a, kg:a/kg:b, kg:a|kg:b)."""
    if not isinstance(path, BNode):
        return term(path)
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


def term(node: Node | None) -> str:
    """A node for a report line: an IRI compacted with the project's prefixes, a literal in N-Triples.

    >>> term(KG.claimant), term(URIRef("http://example.org/x")), term(Literal("a"))
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
