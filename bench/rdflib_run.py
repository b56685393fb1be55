"""The saved queries over rdflib's in-memory store, each in a forked child so a slow one can be stopped.

The store is a Dataset read from kg.nq with the union of its graphs as default graph, as both servers query it:
some saved queries name graphs (GRAPH kg:inferred), which a plain rdflib Graph cannot answer.
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from rdflib import Dataset

_GRAPH: Dataset | None = None


def load(nq: Path) -> float:
    """Parse the N-Quads dump into the module's dataset (forked children share it); return the seconds taken."""
    global _GRAPH
    start = time.perf_counter()
    graph = Dataset(default_union=True)
    graph.parse(nq, format="nquads")
    _GRAPH = graph
    return time.perf_counter() - start


def unload() -> None:
    """Drop the parsed dataset."""
    global _GRAPH
    _GRAPH = None


def _child(query: str, repetitions: int, conn: Connection) -> None:
    """Run the query `repetitions` times and send the times in milliseconds (or the error, as text)."""
    assert _GRAPH is not None
    times: list[float] = []
    try:
        for _ in range(repetitions):
            start = time.perf_counter()
            len(list(_GRAPH.query(query)))
            times.append((time.perf_counter() - start) * 1000)
            conn.send(times[:])
    except Exception as err:  # rdflib's own failures are reported in the table, not raised here
        conn.send(f"{type(err).__name__}: {err}"[:100])
    conn.close()


def median_ms(query: str, repetitions: int, cap_seconds: float) -> tuple[float | None, int, str | None]:
    """Median of up to `repetitions` runs, stopping at the cap (None if none finished in time), runs, error."""
    context = mp.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(query, repetitions, child))
    process.start()
    child.close()
    times: Sequence[float] = []
    error: str | None = None
    deadline = time.monotonic() + cap_seconds
    while (time.monotonic() < deadline and process.is_alive()) or parent.poll():
        if parent.poll(max(0.0, min(0.5, deadline - time.monotonic()))):
            try:
                reply = parent.recv()
            except EOFError:
                break
            if isinstance(reply, str):
                error = reply
                break
            times = reply
        if len(times) >= repetitions:
            break
    if process.is_alive():
        process.kill()
    process.join()
    return (statistics.median(times) if times else None), len(times), error
