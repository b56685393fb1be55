"""The loop a query worker process runs: open the store read-only, answer one query at a time over a pipe.

It lives apart from `server` so that a spawned worker imports only pyoxigraph (fast start after a timeout kill).
Results travel back as bytes Oxigraph writes and reads fast: a SELECT as SPARQL TSV (terms in N-Triples form),
a graph as N-Triples, each cut at max_rows with a flag saying so.
"""

from __future__ import annotations

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
    if request["bindings"]:
        options["substitutions"] = {ox.Variable(k): v for k, v in request["bindings"].items()}
    try:
        try:
            result = store.query(request["query"], **options)
        except RuntimeError as err:
            # Oxigraph substitutes only variables the query projects; the parent then sends the same
            # query with the terms in a VALUES block at the top of its WHERE group.
            if "does not contain" not in str(err) or not request.get("fallback"):
                raise
            options.pop("substitutions")
            result = store.query(request["fallback"], **options)
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
    lines = ["\t".join("?" + v for v in variables)]
    count, truncated = 0, False
    for solution in solutions:
        if count == max_rows:
            truncated = True
            break
        lines.append("\t".join("" if term is None else str(term) for term in solution))
        count += 1
    return ("select", variables, ("\n".join(lines) + "\n").encode("utf-8"), count, truncated)


def _graph(triples: Any, max_rows: int) -> tuple[Any, ...]:
    """The first max_rows triples as N-Triples bytes, and whether more were there."""
    kept: list[ox.Triple] = []
    truncated = False
    for triple in triples:
        if len(kept) == max_rows:
            truncated = True
            break
        kept.append(triple)
    return ("graph", ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES) or b"", truncated)
