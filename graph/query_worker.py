"""The loop a query worker process runs: open the store read-only, answer one query at a time over a pipe.

It lives apart from `server` so that a spawned worker imports only pyoxigraph (fast start after a timeout kill).
Results travel back as bytes Oxigraph writes and reads fast: a SELECT as SPARQL TSV (terms in N-Triples form),
a graph as N-Triples, each cut at max_rows with a flag saying so.
"""

from __future__ import annotations

import contextlib
import signal
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox


def run(store_path: str, conn: Connection) -> None:
    """Serve queries from `conn` until it closes: each request a dict, each answer a tuple."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it kills us
    try:
        store = _open(store_path)
    except (OSError, SyntaxError) as err:
        conn.send(("failed", f"cannot open the store at {store_path}: {err}"))
        return
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(answer(store, request))
        except (BrokenPipeError, OSError):
            return


def _open(store_path: str) -> ox.Store:
    """The build's store read-only, or for a .nq file (`--store memory`) a store in memory loaded from it."""
    if store_path.endswith(".nq"):
        store = ox.Store()
        store.bulk_load(path=store_path, format=ox.RdfFormat.N_QUADS)
        return store
    return ox.Store.read_only(store_path)


def answer(store: ox.Store, request: dict[str, Any]) -> tuple[Any, ...]:
    """Run one query request on the store; the answer tuple starts with its kind or 'error'."""
    max_rows: int = request["max_rows"]
    options: dict[str, Any] = {"base_iri": request.get("base_iri")}
    if request["default_graphs"] is not None or request["named_graphs"] is not None:
        options["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"] or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"] or ()]
    elif not request["has_dataset"]:
        options["use_default_graph_as_union"] = True
    query = request["query"]
    if request.get("with_values"):
        # The terms in a VALUES block opening the WHERE group: Oxigraph's optimiser then starts from them, where
        # `substitutions` left it to evaluate the pattern unbound and filter afterwards (a kg:partOf* path from
        # every place: 50 ms instead of 9 on the x1 build).
        query = request["with_values"]
    elif request["bindings"]:  # no WHERE group to put VALUES in, or a blank node: Oxigraph substitutes them
        options["substitutions"] = {ox.Variable(k): v for k, v in request["bindings"].items()}
    try:
        result = store.query(query, **options)
        if isinstance(result, ox.QueryBoolean):
            return ("ask", bool(result))
        if isinstance(result, ox.QuerySolutions):
            return _select(result, max_rows)
        return _graph(result, max_rows)
    except SyntaxError as err:
        return ("error", "syntax", str(err))
    except (OSError, ValueError, TypeError, RuntimeError) as err:
        return ("error", "failed", f"{type(err).__name__}: {err}")


def _select(solutions: ox.QuerySolutions, max_rows: int) -> tuple[Any, ...]:
    """The first max_rows solutions as TSV bytes, the row count, and whether more were there."""
    variables = [v.value for v in solutions.variables]
    out = _RowLimitedOutput(max_rows + 1)  # the header line, then max_rows rows
    with contextlib.suppress(_Full):
        # Oxigraph's own TSV writer (Rust), stopped by the output once it holds one row too many.
        solutions.serialize(out, format=ox.QueryResultsFormat.TSV)  # type: ignore[arg-type]  # a writer will do
    tsv, lines = out.cut()
    count = lines - 1
    return ("select", variables, tsv, count, out.full)


class _Full(Exception):
    """Raised into Oxigraph's writer to stop it: the result is longer than the row limit."""


class _RowLimitedOutput:
    """A binary output that keeps the first `limit` lines and stops the writer once more have come.

    A TSV result has one line per row: the writer escapes newlines and tabs inside terms.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.lines = 0
        self.full = False

    def write(self, data: bytes) -> int:
        """Keep the chunk; raise _Full once it holds a line past the limit."""
        self.parts.append(bytes(data))
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            self.full = True
            raise _Full
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""

    def cut(self) -> tuple[bytes, int]:
        """The bytes up to the end of line `limit` (or all of them), and how many lines that is."""
        data = b"".join(self.parts)
        if self.lines <= self.limit:
            return data, self.lines
        end = -1
        for _ in range(self.limit):
            end = data.index(b"\n", end + 1)
        return data[: end + 1], self.limit


def _graph(triples: ox.QueryTriples, max_rows: int) -> tuple[Any, ...]:
    """The first max_rows triples as N-Triples bytes (one a line), their count, and whether more were there."""
    out = _RowLimitedOutput(max_rows)
    with contextlib.suppress(_Full):
        triples.serialize(out, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]  # a writer will do
    ntriples, count = out.cut()
    return ("graph", ntriples, count, out.full)
