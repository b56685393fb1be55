"""The per-article pass of the SHACL validation (see graph/article_validation.py): each article's graph with the
ontology and reference graphs, a few dozen articles per pyshacl run in worker processes, the results cached with the
article."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph import parallel_validation, validation, validation_report
from graph.article_file import ArticleTexts, read_span
from graph.cache import ExtractionCache
from graph.pattern import has_blank

CHUNK_ARTICLES = 48  # articles per pyshacl run: one run has a fixed cost of ~0.2 s, each article ~0.03 s
CACHE_KIND = "validation"


@dataclass(frozen=True)
class Record:
    """One validation result, portable between processes and builds."""

    focus: str  # the focus node, in N-Triples form
    ntriples: str  # the result node and the blank nodes it leads to (path, anonymous shape), as N-Triples
    article: str | None  # identifier(s) of the article the focus node comes from


@dataclass(frozen=True)
class ArticleValidation:
    """The outcome of validating one article's graph."""

    nodes: tuple[str, ...]  # every IRI in the article's triples, N-Triples form, sorted
    validated: tuple[str, ...]  # those validated here (the others are left to the cross-article pass)
    records: tuple[Record, ...]  # results on validated nodes

    def fields(self) -> dict[str, object]:
        """JSON-ready fields for the cache."""
        return {
            "nodes": list(self.nodes),
            "validated": list(self.validated),
            "records": [[r.focus, r.ntriples, r.article] for r in self.records],
        }

    @classmethod
    def from_fields(cls, fields: dict[str, object]) -> ArticleValidation:
        """The inverse of `fields`."""
        records = tuple(Record(str(f), str(n), None if a is None else str(a)) for f, n, a in fields["records"])  # type: ignore[attr-defined]
        return cls(tuple(fields["nodes"]), tuple(fields["validated"]), records)  # type: ignore[arg-type]


# The ontology and reference triples by subject, as rdflib terms, loaded once per process.
_static: dict[Node, list[tuple[Node, Node, Node]]] = {}
_static_subjects: frozenset[str] = frozenset()
_shapes: Graph | None = None
_cache: tuple[str | None, str, str] = (None, "", "")  # cache folder, extractor version, validation version


def init_worker(static_nt: str, shapes_nt: str, folder: str | None, extractor: str, checked: str) -> None:
    """Load the ontology and reference triples and the shapes once in a process."""
    global _static, _static_subjects, _shapes, _cache
    triples = [q.triple for q in ox.parse(path=static_nt, format=ox.RdfFormat.N_TRIPLES)]
    graph = parallel_validation.rdflib_graph(triples)
    _static = {}
    for triple in graph:
        _static.setdefault(triple[0], []).append(triple)
    _static_subjects = frozenset(str(t.subject) for t in triples)
    _shapes = Graph().parse(data=shapes_nt, format="nt")
    _cache = (folder, extractor, checked)


# An article's N-Triples, or where to read them: (file, offset, length).
Text = str | tuple[str, int, int]


def validate_chunk(items: Sequence[tuple[str, Text]]) -> list[ArticleValidation]:
    """Validate the graphs of a few articles ((cache key, N-Triples) each) in one pyshacl run; store each in the
    cache. A node several of them share is left to the cross-article pass."""
    assert _shapes is not None, "worker started without its shapes"
    texts = [text if isinstance(text, str) else read_span(*text) for _, text in items]
    parsed = [list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)) for text in texts]
    nodes = [nodes_of(q.triple for q in quads) for quads in parsed]
    seen = Counter(n for found in nodes for n in found)
    blanks = [any(has_blank(q.triple) for q in quads) for quads in parsed]
    # A blank node's label is the parser's, not the article's: an article that has one is validated in the cross pass.
    own = [
        frozenset() if blank else frozenset(n for n in found if seen[n] == 1 and n not in _static_subjects)
        for found, blank in zip(nodes, blanks, strict=True)
    ]
    graph = parallel_validation.rdflib_graph(q.triple for quads in parsed for q in quads)
    graph.addN((s, p, o, graph) for s, p, o in _reachable(graph))
    focus = {parallel_validation.rdflib_term(ox.NamedNode(n[1:-1])) for names in own for n in names}
    result = validation.validate(graph, _shapes, focus=focus)  # type: ignore[arg-type]
    by_focus: dict[str, list[Record]] = {}
    for record in records(result, graph):
        by_focus.setdefault(record.focus, []).append(record)
    outcomes = []
    folder, extractor, checked = _cache
    for (key, _), found, mine in zip(items, nodes, own, strict=True):
        outcome = ArticleValidation(
            tuple(sorted(found)),
            tuple(sorted(mine)),
            tuple(r for n in sorted(mine) for r in by_focus.get(n, ())),
        )
        if folder is not None and key:
            ExtractionCache(Path(folder), extractor).put(key, {"version": checked, **outcome.fields()}, CACHE_KIND)
        outcomes.append(outcome)
    return outcomes


def _reachable(graph: Graph) -> list[tuple[Node, Node, Node]]:
    """The ontology and reference triples reachable from the graph's nodes by following objects: all a validation
    of the graph's own nodes can read of them (classes and their superclasses, concepts and their schemes, places
    and the places they are part of), a half or less of them."""
    todo = [n for n in graph.all_nodes() if n in _static]
    seen = set(todo)
    found = []
    while todo:
        for triple in _static[todo.pop()]:
            found.append(triple)
            value = triple[2]
            if value not in seen and value in _static:
                seen.add(value)
                todo.append(value)
    return found


def nodes_of(triples: Iterable[ox.Triple]) -> set[str]:
    """The IRIs of the triples (subjects and objects), in N-Triples form."""
    found: set[str] = set()
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            found.add(str(t.subject))
        if isinstance(t.object, ox.NamedNode):
            found.add(str(t.object))
    return found


def records(result: validation_report.ValidationResult, data: Graph) -> list[Record]:
    """Each result of a validation as a Record: its report triples and the article of its focus node."""
    found = []
    report = result.report_graph
    for node in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(node, SH.focusNode)
        closure = Graph()
        todo: list[Node] = [node]
        done: set[Node] = set()
        while todo:
            current = todo.pop()
            if current in done:
                continue
            done.add(current)
            for _, p, o in report.triples((current, None, None)):
                closure.add((current, p, o))
                if isinstance(o, BNode):
                    todo.append(o)
        article = validation_report.article_of(data, focus) if focus is not None else None
        focus_text = focus.n3() if focus is not None else ""
        found.append(Record(focus_text, closure.serialize(format="nt"), article))
    return found


# --- Driving the pass from the build -----------------------------------------------------------------------------


class LocalPass:
    """The per-article pass under way: cached outcomes now, the others from worker processes (or this one)."""

    def __init__(
        self,
        texts: Sequence[str] | ArticleTexts,
        keys: Sequence[str],
        static_nt: Path,
        shapes: Graph,
        processes: int,
        cache: ExtractionCache | None,
        checked: str,
    ) -> None:
        self.outcomes: list[ArticleValidation | None] = [None] * len(texts)
        self.from_cache = 0
        if cache is not None:
            for i, key in enumerate(keys):
                fields = cache.get(key, CACHE_KIND)
                if fields is not None and fields.get("version") == checked:
                    self.outcomes[i] = ArticleValidation.from_fields(fields)
                    self.from_cache += 1
        todo = [i for i, outcome in enumerate(self.outcomes) if outcome is None]
        chunks = [todo[i : i + CHUNK_ARTICLES] for i in range(0, len(todo), CHUNK_ARTICLES)]
        initargs = (
            str(static_nt),
            shapes.serialize(format="nt"),
            str(cache.root) if cache is not None else None,
            cache.version if cache is not None else "",
            checked,
        )
        use_keys = cache is not None

        def text(i: int) -> Text:
            # Workers read an article's lines from the file: the queued chunks hold no article text.
            return (str(texts.path), *texts.spans[i]) if isinstance(texts, ArticleTexts) else texts[i]

        self.pool: ProcessPoolExecutor | None = None
        self.futures: list[tuple[list[int], Future[list[ArticleValidation]]]] = []
        if processes <= 1 or len(chunks) <= 1:
            init_worker(*initargs)
            for chunk in chunks:
                done = validate_chunk([(keys[i] if use_keys else "", text(i)) for i in chunk])
                for i, outcome in zip(chunk, done, strict=True):
                    self.outcomes[i] = outcome
            return
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(
            min(processes, len(chunks)), mp_context=context, initializer=init_worker, initargs=initargs
        )
        for chunk in chunks:
            items = [(keys[i] if use_keys else "", text(i)) for i in chunk]
            self.futures.append((chunk, self.pool.submit(validate_chunk, items)))

    def collect(self) -> list[ArticleValidation]:
        """Every article's outcome, in order, once the workers are done."""
        try:
            for chunk, future in self.futures:
                for i, outcome in zip(chunk, future.result(), strict=True):
                    self.outcomes[i] = outcome
        finally:
            self.close()
        return [o for o in self.outcomes if o is not None]

    def close(self) -> None:
        """Stop the workers (after a failure elsewhere, without waiting for them)."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
