"""Quads matching a pattern, alike from an in-memory `ox.Dataset` and an `ox.Store` (the build's, on disk)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

Subject = ox.NamedNode | ox.BlankNode
Graphs = ox.Dataset | ox.Store


def match(
    data: Graphs,
    subject: Subject | None = None,
    predicate: ox.NamedNode | None = None,
    obj: ox.NamedNode | ox.BlankNode | ox.Literal | None = None,
    graph: ox.NamedNode | None = None,
) -> Iterator[ox.Quad]:
    """The quads of `data` with the given terms (None: any)."""
    if isinstance(data, ox.Store):
        yield from data.quads_for_pattern(subject, predicate, obj, graph)
        return
    # A Dataset indexes one position at a time: start from the most selective one given, filter the rest.
    if subject is not None:
        found = data.quads_for_subject(subject)
    elif obj is not None:
        found = data.quads_for_object(obj)
    elif predicate is not None:
        found = data.quads_for_predicate(predicate)
    elif graph is not None:
        found = data.quads_for_graph_name(graph)
    else:
        found = iter(data)
    for quad in found:
        if (
            (predicate is None or quad.predicate == predicate)
            and (obj is None or quad.object == obj)
            and (graph is None or quad.graph_name == graph)
            and (subject is None or quad.subject == subject)
        ):
            yield quad


def remove_all(data: Graphs, quads: Iterable[ox.Quad]) -> None:
    """Remove the quads; from a store in one update (a transaction per quad costs a disk write each)."""
    if not isinstance(data, ox.Store):
        for quad in quads:
            data.remove(quad)
        return
    named: list[ox.Quad] = []
    other: list[ox.Quad] = []
    for quad in quads:
        (named if isinstance(quad.graph_name, ox.NamedNode) and not has_blank(quad) else other).append(quad)
    for quad in other:
        data.remove(quad)  # a blank node cannot be named in DELETE DATA
    if named:
        body = " ".join(f"GRAPH {q.graph_name} {{ {q.triple} }}" for q in named)
        data.update(f"DELETE DATA {{ {body} }}")


def has_blank(statement: ox.Quad | ox.Triple) -> bool:
    """Whether a blank node is the subject, the object or (of a quad) the graph name."""
    graph = statement.graph_name if isinstance(statement, ox.Quad) else None
    return any(isinstance(term, ox.BlankNode) for term in (statement.subject, statement.object, graph))
