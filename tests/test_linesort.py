"""Dumps sorted by GNU sort over N-Triples lines come out in the order of the per-triple sort key, in bounded memory."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph import dumps
from graph.namespaces import ARTICLES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, prefixes_for

EX = "http://example.org/"
# Terms chosen where line order and key order could part: a term that is a prefix of another (blank labels, a
# literal and the same literal with a language or datatype), a space inside a literal, rdf:type among predicates
# that sort before it, non-ASCII and escaped characters, an IRI that is a prefix of another but for its '>'.
DATA = f"""
<{EX}a> <{EX}a> "x y" .
<{EX}a> <{EX}a> "x" .
<{EX}a> <{EX}a> "x"@en .
<{EX}a> <{EX}a> "x"^^<{EX}t> .
<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Z> .
<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}A> .
<{EX}a> <{EX}a> "é\\n\\t\\"q\\"" .
<{EX}ab> <{EX}p> <{EX}a> .
<{EX}a/b> <{EX}p> <{EX}a> .
_:b1 <{EX}p> <{EX}a> .
_:b10 <{EX}p> <{EX}a> .
_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}A> .
<{EX}a> <{EX}a> "x"@en-gb .
"""


def test_dump_order_is_the_sort_key_order_and_every_graph_is_kept(tmp_path: Path) -> None:
    dataset = ox.Dataset()
    dumps.add_ntriples(dataset, ARTICLES_GRAPH, DATA)
    dumps.add_ntriples(dataset, ONTOLOGY_GRAPH, f"<{EX}a> <{EX}a> <{EX}b> .\n<{EX}ab> <{EX}a> <{EX}b> .\n")
    dumps.add_ntriples(dataset, INFERRED_GRAPH, f"<{EX}a> <{EX}a> <{EX}b> .\n<{EX}c> <{EX}a> <{EX}b> .\n")
    files = dumps.write_dumps(tmp_path, dataset, prefixes_for(EX))
    everything = sorted({q.triple for q in dataset}, key=dumps._triple_key)
    assert (tmp_path / "kg.nt").read_bytes() == ox.serialize(everything, format=ox.RdfFormat.N_TRIPLES)
    assert (tmp_path / "kg.nq").read_bytes() == ox.serialize(dumps.sorted_quads(dataset), format=ox.RdfFormat.N_QUADS)
    asserted = sorted({q.triple for q in dataset if q.graph_name.value != INFERRED_GRAPH}, key=dumps._triple_key)  # type: ignore[union-attr]
    assert (tmp_path / "kg-asserted.nt").read_bytes() == ox.serialize(asserted, format=ox.RdfFormat.N_TRIPLES)
    turtle = ox.serialize(everything, format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes_for(EX)))
    assert (tmp_path / "kg.ttl").read_bytes() == turtle
    assert [f.name for f in files][:3] == ["kg.ttl", "kg.nt", "kg.jsonld"]
    assert not (tmp_path / ".dumps-work").exists()


def test_dump_counts_come_from_the_sorted_lines(tmp_path: Path) -> None:
    graph_file = tmp_path / "articles.nt"
    graph_file.write_text(
        f"<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}A> .\n"
        f"<{EX}a> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q1> .\n"
        f"<{EX}a> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q2> .\n"
        f"<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}A> .\n",  # twice: one triple
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    _, stats = dumps.write_graph_dumps(out, {ARTICLES_GRAPH: graph_file}, {}, work=work)
    assert stats.triples == 3 and stats.sizes == {ARTICLES_GRAPH: 3} and stats.linked == 1
    assert stats.classes == {f"<{EX}A>": 1}
