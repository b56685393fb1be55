"""The one place queries run (HTTP endpoint, saved queries, `kg query`): bounded in time and rows, read-only.

pyoxigraph cannot cancel a query and a Python thread cannot be killed, so queries run in a small pool of
long-lived worker processes (spawned, never forked: pyoxigraph is not fork-safe) that open the store
read-only. A query over its time limit gets its worker killed and replaced; the caller gets `QueryTimeout`.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from flask import Flask, current_app

from graph import query_worker
from graph.store import StoreMissing
from server.querytext import read_query_text, where_group_start
from server.result_bytes import ReadOnDemand, Term, read_ntriples, read_tsv, reorder
from server.syntaxmessage import syntax_message

MAX_QUERY_CHARS = 100_000
_START_TIMEOUT = 60.0  # seconds a new worker may take to open the store
log = logging.getLogger("conflict_kg.engine")


class QueryError(Exception):
    """A query that could not be answered; subclasses say why."""


class QuerySyntaxError(QueryError):
    """The query does not parse; the message carries the parser's line and column."""


class QueryTimeout(QueryError):
    """The query ran over its time limit and was stopped."""


class QueryRefused(QueryError):
    """The query asks for something this read-only, offline endpoint does not do (updates, SERVICE)."""


class UpdateRefused(QueryRefused):
    """The text is a SPARQL update: the endpoint is read-only."""


class QueryTooLarge(QueryError):
    """The query text is longer than the engine accepts."""


class QueryFailed(QueryError):
    """The store could not answer (an evaluation or storage error): not the client's mistake."""


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: solutions, a boolean or triples, with the truncation flag and the time taken."""

    kind: str  # "select" | "ask" | "graph"
    variables: tuple[str, ...] = ()
    rows: Sequence[tuple[Term | None, ...]] = ()
    boolean: bool | None = None
    triples: Sequence[ox.Triple] = ()
    truncated: bool = False  # True when max_rows cut the result
    elapsed: float = 0.0
    tsv: bytes | None = None  # the rows as SPARQL TSV when the worker sent them so: written out without reading them
    ntriples: bytes | None = None  # the triples as N-Triples, likewise

    @property
    def size(self) -> int:
        """Rows of a select, triples of a graph, 1 for an ask."""
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any, store_path: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=query_worker.run, args=(store_path, child), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> str | None:
        """None when the worker has opened the store, else why it has not."""
        try:
            if not self.conn.poll(timeout):
                return f"the query worker did not start within {timeout:.0f} s"
            message = self.conn.recv()
        except (EOFError, OSError) as err:
            return f"the query worker died while starting ({err})"
        return None if message[0] == "ready" else str(message[1])

    def kill(self) -> None:
        """Stop the process at once and release its pipe."""
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryEngine:
    """A pool of query worker processes over one read-only store."""

    def __init__(
        self,
        store_path: Path,
        *,
        timeout: float = 30.0,
        max_rows: int = 10_000,
        workers: int = 2,
        service_allowlist: Sequence[str] = (),
    ) -> None:
        self.store_path = Path(store_path)  # a store folder, or a kg.nq file each worker loads into memory
        if not (self.store_path.is_dir() or (self.store_path.suffix == ".nq" and self.store_path.is_file())):
            raise StoreMissing(f"{self.store_path}: no Oxigraph store here (run `kg build` to make one)")
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.service_allowlist = tuple(service_allowlist)
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the last used worker: its caches are warm
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._starters: list[threading.Thread] = []
        started = [self._spawn() for _ in range(max(1, workers))]
        for worker in started:
            problem = worker.wait_ready(_START_TIMEOUT)
            if problem:
                self.close()
                raise StoreMissing(f"{self.store_path}: {problem}")
            self._idle.put(worker)

    def execute(
        self,
        query: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        bindings: Mapping[str, Term] | None = None,
        timeout: float | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a read-only query; raises QuerySyntaxError, QueryRefused, QueryTooLarge or QueryTimeout.

        Relative IRIs in the query resolve against `base_iri` (the protocol uses the request's URL).
        """
        if self._closed:
            raise QueryFailed("the query engine is closed")
        limit = self.timeout if timeout is None else min(self.timeout, float(timeout))
        started = time.monotonic()
        request = self._request(query, default_graphs, named_graphs, bindings)
        request["base_iri"] = base_iri
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"every query worker stayed busy for the whole time limit of {limit:g} s") from None
        try:
            worker.conn.send(request)
            remaining = max(0.0, limit - (time.monotonic() - started))
            if not worker.conn.poll(remaining):
                self._replace(worker)
                raise QueryTimeout(f"the query ran over the time limit of {limit:g} s and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError) as err:
            self._replace(worker)
            raise QueryFailed(f"the query worker died ({err})") from None
        self._idle.put(worker)
        parsed = request["with_values"] or query  # the text the worker parsed, whose positions its errors give
        return self._result(reply, time.monotonic() - started, request["star_order"], parsed)

    def close(self) -> None:
        """Stop every worker; the engine answers no more queries."""
        self._closed = True
        with self._lock:
            starters = list(self._starters)
        for starter in starters:  # a successor being started is killed by its starter once it sees _closed
            starter.join(_START_TIMEOUT)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()

    def _request(
        self,
        query: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        bindings: Mapping[str, Term] | None,
    ) -> dict[str, Any]:
        """Check the query text and make the request a worker runs."""
        if len(query) > MAX_QUERY_CHARS:
            raise QueryTooLarge(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
        text = read_query_text(query)
        if text.update_keyword:
            raise UpdateRefused(f"{text.update_keyword} is a SPARQL update; this endpoint is read-only")
        for endpoint in text.services:
            if endpoint is None:
                raise QueryRefused("SERVICE with a variable endpoint is refused: no outbound requests")
            if endpoint not in self.service_allowlist:
                raise QueryRefused(f"SERVICE <{endpoint}> is not on the allow-list: no outbound requests")
        for name, term in (bindings or {}).items():
            if not isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
                raise TypeError(f"binding {name!r} must be a pyoxigraph term, not {type(term).__name__}")
            try:
                ox.Variable(name.lstrip("?$"))
            except ValueError:
                raise ValueError(f"binding {name!r} is not a SPARQL variable name") from None
        names = {k.lstrip("?$"): v for k, v in (bindings or {}).items()}
        return {
            "query": query,
            "with_values": with_values(query, names) if names else None,
            "default_graphs": list(default_graphs) if default_graphs is not None else None,
            "named_graphs": list(named_graphs) if named_graphs is not None else None,
            "has_dataset": text.has_dataset,
            "star_order": text.star_order,
            "bindings": names,
            "max_rows": self.max_rows,
        }

    def _result(
        self, reply: tuple[Any, ...], elapsed: float, order: tuple[str, ...] | None, parsed: str
    ) -> QueryResult:
        """Turn a worker's answer into a QueryResult, or raise what went wrong."""
        kind = reply[0]
        if kind == "error":
            if reply[1] == "syntax":
                raise QuerySyntaxError(syntax_message(reply[2], parsed))
            if "SERVICE" in reply[2] or "service" in reply[2]:
                raise QueryFailed(f"a SERVICE call failed: {reply[2]}")
            raise QueryFailed(reply[2])
        if kind == "ask":
            return QueryResult("ask", boolean=reply[1], elapsed=elapsed)
        if kind == "select":
            _, variables, tsv, count, truncated = reply
            if not variables:  # rows with no columns: nothing to read, and no TSV header to write them under
                return QueryResult("select", (), ((),) * count, truncated=truncated, elapsed=elapsed)
            if order:
                # Oxigraph lists the variables of SELECT * alphabetically; people expect the order they wrote.
                variables, tsv = reorder(variables, tsv, order)
            rows: ReadOnDemand[tuple[Term | None, ...]] = ReadOnDemand(tsv, count, read_tsv)
            return QueryResult("select", tuple(variables), rows, truncated=truncated, elapsed=elapsed, tsv=tsv)
        _, ntriples, count, truncated = reply
        triples: ReadOnDemand[ox.Triple] = ReadOnDemand(ntriples, count, read_ntriples)
        return QueryResult("graph", triples=triples, truncated=truncated, elapsed=elapsed, ntriples=ntriples)

    def _spawn(self) -> _Worker:
        """Start one worker process and remember it."""
        worker = _Worker(self._context, str(self.store_path))
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start its successor in the background, so the caller is not kept waiting."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if self._closed:
            return

        def start() -> None:
            try:
                successor = self._spawn()
            except Exception:
                log.exception("query worker could not be started")
                return
            problem = successor.wait_ready(_START_TIMEOUT)
            if problem or self._closed:
                if not self._closed:
                    log.error("query worker could not be replaced: %s", problem)
                with self._lock:
                    self._all.discard(successor)
                successor.kill()
                return
            self._idle.put(successor)

        starter = threading.Thread(target=start, name="query-worker-start", daemon=True)
        with self._lock:
            self._starters = [t for t in self._starters if t.is_alive()] + [starter]
        starter.start()


def with_values(query: str, bindings: Mapping[str, Term]) -> str | None:
    """The query with the bound terms in a VALUES block opening its WHERE group, or None where that cannot be.

    Each term is written by Oxigraph's N-Triples writer from a term object it has already checked (an IRI
    cannot hold `>` or a space; a literal's quotes and newlines are escaped), so a value cannot become syntax.

    >>> with_values("SELECT ?e { ?e ?p ?o FILTER(?o > ?min) }", {"min": ox.Literal("3")})
    'SELECT ?e { VALUES (?min) { ("3") } ?e ?p ?o FILTER(?o > ?min) }'
    """
    point = where_group_start(query)
    if point is None or not all(isinstance(t, ox.NamedNode | ox.Literal) for t in bindings.values()):
        return None
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    return f"{query[:point]} VALUES ({names}) {{ ({values}) }}{query[point:]}"


_ENGINE_KEY = "conflict_kg.engine"
_engine_lock = threading.Lock()


def get_engine(app: Flask | None = None) -> QueryEngine:
    """The app's query engine over its STORE (BUILD_DIR/store by default), started on first use."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    engine = app.extensions.get(_ENGINE_KEY)
    if engine is None:
        with _engine_lock:
            engine = app.extensions.get(_ENGINE_KEY)
            if engine is None:
                config = app.config
                store = str(config.get("STORE") or "disk")
                if store.startswith("sparql:"):
                    from server.remote_engine import from_config

                    engine = from_config(config)
                else:
                    engine = QueryEngine(
                        Path(config["BUILD_DIR"]) / ("kg.nq" if store == "memory" else "store"),
                        timeout=config["QUERY_TIMEOUT"],
                        max_rows=config["MAX_ROWS"],
                        workers=config["QUERY_WORKERS"],
                        service_allowlist=config["SERVICE_ALLOWLIST"],
                    )
                app.extensions[_ENGINE_KEY] = engine
    return engine


def close_engine(app: Flask) -> None:
    """Stop the app's query engine, if it was started."""
    engine = app.extensions.pop(_ENGINE_KEY, None)
    if engine is not None:
        engine.close()
