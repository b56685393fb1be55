"""The on-disk Oxigraph store a build writes and the server reads: write it once, open it read-only."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

LOAD_CHUNK = 200_000  # quads bulk-loaded at a time: ~0.3 GB


class StoreMissing(FileNotFoundError):
    """There is no store at the path: the build has not been run (or was run elsewhere)."""


def write_store(path: Path, quads: Iterable[ox.Quad]) -> None:
    """Bulk-load the quads into a fresh store directory at `path`, optimise it and close it."""
    path = Path(path)
    if path.exists() and any(path.iterdir()):
        raise FileExistsError(f"{path}: a store must be written into a fresh directory")
    store = ox.Store(str(path))
    try:
        store.bulk_extend(quads)
        store.optimize()
        store.flush()
    finally:
        del store  # pyoxigraph closes the store when the object is dropped


def write_store_from(path: Path, nquads: Path) -> None:
    """Load an N-Quads file into a fresh store directory at `path` (`load_file`), optimise it and close it."""
    path = Path(path)
    if path.exists() and any(path.iterdir()):
        raise FileExistsError(f"{path}: a store must be written into a fresh directory")
    store = ox.Store(str(path))
    try:
        load_file(store, nquads, ox.RdfFormat.N_QUADS)
        store.optimize()
        store.flush()
    finally:
        del store


def load_file(store: ox.Store, path: Path, fmt: ox.RdfFormat, graph: ox.NamedNode | None = None) -> None:
    """Bulk-load an N-Triples or N-Quads file into the store (into `graph`, if given), LOAD_CHUNK quads at a time.

    `Store.bulk_load` of a whole file holds about two million quads in memory at once (1.3 GB measured); chunks of
    `bulk_extend` hold one chunk, in about the same time.
    """
    quads = ox.parse(path=str(path), format=fmt)
    while chunk := list(islice(quads, LOAD_CHUNK)):
        if graph is not None:
            chunk = [ox.Quad(q.subject, q.predicate, q.object, graph) for q in chunk]
        store.bulk_extend(chunk)


def load_files_into_store(path: Path, files: Iterable[tuple[Path, str | None]]) -> None:
    """Write a fresh store from RDF files, each loaded into the named graph given (None: the default graph)."""
    path = Path(path)
    store = ox.Store(str(path))
    try:
        for file, graph_iri in files:
            graph: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph_iri) if graph_iri else ox.DefaultGraph()
            fmt = ox.RdfFormat.from_extension(Path(file).suffix.lstrip(".") or "nt")
            if fmt is None:
                raise ValueError(f"{file}: unknown RDF file extension")
            with open(file, "rb") as stream:
                store.bulk_load(stream, format=fmt, base_iri=Path(file).resolve().as_uri(), to_graph=graph)
        store.optimize()
        store.flush()
    finally:
        del store


def open_read_only(path: Path) -> ox.Store:
    """Open the store of a build for reading; a clear `StoreMissing` error when there is none."""
    path = Path(path)
    if not path.is_dir():
        raise StoreMissing(f"{path}: no Oxigraph store here (run `kg build` to make one)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as err:
        raise StoreMissing(f"{path}: not a readable Oxigraph store ({err}); run `kg build` to make one") from None


def graph_names(store: ox.Store) -> list[str]:
    """The IRIs of the named graphs the store holds, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
