"""Content negotiation: the two tables, format= over Accept, q-values, 406 naming what is supported; rendering."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from server.conneg import GRAPH_FORMATS, RESULT_FORMATS, NotAcceptable, negotiate, render
from server.engine import QueryResult

EX = "http://example.org/c/"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
SELECT = QueryResult(
    "select",
    ("s", "label", "n"),
    (
        (
            ox.NamedNode(EX + "a"),
            ox.Literal('say "hi",\tthen\nleave', language="en"),
            ox.Literal("7", datatype=XSD_INT),
        ),
        (ox.BlankNode("b1"), None, ox.Literal("x")),
    ),
)
GRAPH = QueryResult(
    "graph",
    triples=(
        ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("1", datatype=XSD_INT)),
        ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "q"), ox.NamedNode("https://schema.org/Thing")),
    ),
)


@pytest.mark.parametrize(
    ("kind", "accept", "param", "expected"),
    [
        ("select", None, None, "json"),
        ("select", "*/*", None, "json"),
        ("ask", "application/sparql-results+xml", None, "xml"),
        ("select", "application/json", None, "json"),
        ("select", "application/xml", None, "xml"),
        ("select", "text/csv;q=0.9, text/tab-separated-values", None, "tsv"),
        ("select", "text/html, text/csv;q=0.2", None, "csv"),
        ("select", "text/*", None, "csv"),
        ("select", "application/sparql-results+json", "csv", "csv"),  # format= wins over Accept
        ("select", None, "text/tab-separated-values", "tsv"),
        ("graph", None, None, "turtle"),
        ("graph", "*/*", None, "turtle"),
        ("graph", "text/plain", None, "ntriples"),
        ("graph", "application/ld+json", None, "jsonld"),
        ("graph", "application/rdf+xml;q=0.5, application/n-triples;q=0.8", None, "ntriples"),
        ("graph", "text/turtle", "rdfxml", "rdfxml"),
        ("graph", "*/*;q=0.1, text/turtle;q=0", None, "ntriples"),  # q=0 refuses a type
    ],
)
def test_negotiate(kind: str, accept: str | None, param: str | None, expected: str) -> None:
    assert negotiate(kind, accept, param).name == expected


@pytest.mark.parametrize(
    ("kind", "accept", "param", "names"),
    [
        ("select", "text/turtle", None, "application/sparql-results+json"),
        ("graph", "text/csv", None, "text/turtle"),
        ("select", None, "turtle", "text/csv"),
        ("graph", None, "yaml", "application/ld+json"),
    ],
)
def test_not_acceptable_names_what_is_supported(kind: str, accept: str | None, param: str | None, names: str) -> None:
    with pytest.raises(NotAcceptable, match="supported") as raised:
        negotiate(kind, accept, param)
    assert names in str(raised.value)


def test_tables_have_one_default_each_and_distinct_names() -> None:
    assert RESULT_FORMATS[0].media_type == "application/sparql-results+json"
    assert GRAPH_FORMATS[0].media_type == "text/turtle"
    for formats in (RESULT_FORMATS, GRAPH_FORMATS):
        assert len({f.name for f in formats}) == len({f.media_type for f in formats}) == len(formats)


def test_select_in_json() -> None:
    doc = json.loads(render(SELECT, negotiate("select", None, "json")))
    assert doc["head"]["vars"] == ["s", "label", "n"]
    first, second = doc["results"]["bindings"]
    assert first["label"] == {"type": "literal", "value": 'say "hi",\tthen\nleave', "xml:lang": "en"}
    assert first["n"]["datatype"] == str(XSD_INT.value)
    assert second["s"]["type"] == "bnode" and "label" not in second


def test_select_in_xml() -> None:
    root = ET.fromstring(render(SELECT, negotiate("select", None, "xml")))
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["s", "label", "n"]
    assert len(root.findall("r:results/r:result", ns)) == 2


def test_select_in_csv_and_tsv() -> None:
    rows = list(csv.reader(io.StringIO(render(SELECT, negotiate("select", None, "csv")).decode())))
    assert rows[0] == ["s", "label", "n"]
    assert rows[1] == [EX + "a", 'say "hi",\tthen\nleave', "7"]  # plain values; quotes doubled by the writer
    assert rows[2][1] == ""
    tsv = render(SELECT, negotiate("select", None, "tsv")).decode().split("\n")
    assert tsv[0] == "?s\t?label\t?n"
    assert tsv[1] == f'<{EX}a>\t"say \\"hi\\",\\tthen\\nleave"@en\t7'


def test_ask_in_each_result_format() -> None:
    ask = QueryResult("ask", boolean=True)
    assert json.loads(render(ask, negotiate("ask", None, "json"))) == {"head": {}, "boolean": True}
    assert b"<boolean>false</boolean>" in render(QueryResult("ask", boolean=False), negotiate("ask", None, "xml"))


@pytest.mark.parametrize("name", [f.name for f in GRAPH_FORMATS])
def test_graphs_round_trip_in_every_graph_format(name: str) -> None:
    fmt = negotiate("graph", None, name)
    body = render(GRAPH, fmt, {"ex": EX, "unused": "http://unused.example/"})
    assert isinstance(fmt.writer, ox.RdfFormat)
    assert {q.triple for q in ox.parse(body, format=fmt.writer)} == set(GRAPH.triples)


def test_turtle_lists_only_the_prefixes_it_uses() -> None:
    body = render(GRAPH, negotiate("graph", None, "turtle"), {"ex": EX, "unused": "http://unused.example/"}).decode()
    assert "@prefix ex: <http://example.org/c/>" in body and "ex:a" in body
    assert "unused" not in body


def test_a_graph_cannot_be_written_as_a_result_set() -> None:
    with pytest.raises(NotAcceptable):
        render(GRAPH, RESULT_FORMATS[0])
    with pytest.raises(NotAcceptable):
        render(SELECT, GRAPH_FORMATS[0])
