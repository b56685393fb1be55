"""The on-disk store: written once from quads or files, opened read-only, a clear error when missing."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from server_fixtures import GRAPHS, quads_of

from graph.namespaces import ARTICLES_GRAPH, REFERENCE_GRAPH
from graph.store import StoreMissing, graph_names, load_files_into_store, open_read_only, write_store


def test_written_quads_are_read_back_in_their_graphs(tmp_path: Path) -> None:
    quads = quads_of(GRAPHS)
    write_store(tmp_path / "store", quads)
    store = open_read_only(tmp_path / "store")
    assert set(store) == set(quads)
    assert graph_names(store) == sorted([ARTICLES_GRAPH, REFERENCE_GRAPH])


def test_a_store_is_written_only_into_a_fresh_directory(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "leftover").write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError, match="fresh directory"):
        write_store(tmp_path / "store", quads_of(GRAPHS))


def test_files_load_into_the_named_graphs_given(tmp_path: Path) -> None:
    nt = tmp_path / "a.nt"
    nt.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", encoding="utf-8")
    ttl = tmp_path / "b.ttl"
    ttl.write_text('<http://example.org/s> <http://example.org/p> "b" .\n', encoding="utf-8")
    load_files_into_store(tmp_path / "store", [(nt, "http://example.org/g1"), (ttl, None)])
    store = open_read_only(tmp_path / "store")
    assert {str(q.graph_name) for q in store} == {"<http://example.org/g1>", "DEFAULT"}
    assert len(store) == 2


def test_opening_a_missing_store_says_to_run_the_build(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match=r"no-build.*run `kg build`"):
        open_read_only(tmp_path / "no-build" / "store")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "junk").write_bytes(b"\x00not a database")
    with pytest.raises(StoreMissing, match="kg build"):
        open_read_only(tmp_path / "empty")


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    write_store(tmp_path / "store", quads_of(GRAPHS))
    store = open_read_only(tmp_path / "store")
    quad = ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://example.org/y"), ox.Literal("z"))
    with pytest.raises((OSError, RuntimeError), match="read-write"):
        store.add(quad)
