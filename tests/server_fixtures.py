"""A small build made for the server tests (a store in named graphs, from inline Turtle) and a live server."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import waitress

from graph.namespaces import ARTICLES_GRAPH, REFERENCE_GRAPH
from graph.store import write_store

EX = "http://example.org/test/"
# Two graphs, so the union default graph and the dataset parameters can be told apart. The literal with a
# quote, a brace and a newline is there to try injection and escaping.
REFERENCE_TTL = """
@prefix ex: <http://example.org/test/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:aleppo a ex:Place ; rdfs:label "Aleppo"@en ; ex:population 2098000 .
ex:idlib a ex:Place ; rdfs:label "Idlib"@en .
ex:group a ex:Actor ; rdfs:label "Group \\"A\\" } {\\nsecond line"@en .
"""
ARTICLES_TTL = """
@prefix ex: <http://example.org/test/> .
ex:strike1 a ex:Event ; ex:place ex:aleppo ; ex:attacker ex:group ; ex:deaths 12 .
ex:strike2 a ex:Event ; ex:place ex:idlib ; ex:deaths 3 .
"""
GRAPHS = {REFERENCE_GRAPH: REFERENCE_TTL, ARTICLES_GRAPH: ARTICLES_TTL}


def quads_of(graphs: Mapping[str, str]) -> list[ox.Quad]:
    """The quads of Turtle texts, each in its named graph."""
    quads = []
    for graph, text in graphs.items():
        name = ox.NamedNode(graph)
        quads += [ox.Quad(q.subject, q.predicate, q.object, name) for q in ox.parse(text, format=ox.RdfFormat.TURTLE)]
    return quads


def make_build(build_dir: Path, graphs: Mapping[str, str] = GRAPHS) -> Path:
    """A build directory holding just a store of the given graphs."""
    build_dir.mkdir(parents=True, exist_ok=True)
    write_store(build_dir / "store", quads_of(graphs))
    return build_dir


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve the app with waitress on a free loopback port in a thread; yields the base URL."""
    server: Any = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    port = server.effective_port
    stop = threading.Event()

    def serve() -> None:
        # Shut down in the serving thread, after its last poll: closing the sockets from the test's thread raced the
        # loop's select() and a task thread's wake-up of it (EBADF in CI).
        try:
            while not stop.is_set():
                server.asyncore.loop(timeout=0.05, map=server._map, count=1, use_poll=server.adj.asyncore_use_poll)
        finally:
            server.task_dispatcher.shutdown()
            server.asyncore.close_all(server._map)

    thread = threading.Thread(target=serve, name="waitress-test", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        thread.join(10)
