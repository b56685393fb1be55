"""The clients researchers use, against a real waitress server on a loopback port: SPARQLWrapper and rdflib."""

from __future__ import annotations

import csv
import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from server_fixtures import EX
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

SELECT = f"SELECT ?e ?d WHERE {{ ?e <{EX}deaths> ?d }} ORDER BY DESC(?d)"
CONSTRUCT = f"CONSTRUCT {{ ?e <{EX}at> ?p }} WHERE {{ ?e <{EX}place> ?p }}"


def wrapper(url: str, query: str, fmt: str) -> SPARQLWrapper:
    """A SPARQLWrapper client for the endpoint with the query and the format set."""
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_json(sparql_url: str) -> None:
    results = wrapper(sparql_url, SELECT, JSON).queryAndConvert()
    rows = [(b["e"]["value"], int(b["d"]["value"])) for b in results["results"]["bindings"]]  # type: ignore[index]
    assert rows == [(EX + "strike1", 12), (EX + "strike2", 3)]


def test_sparqlwrapper_xml(sparql_url: str) -> None:
    document = wrapper(sparql_url, SELECT, XML).queryAndConvert()
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]  # type: ignore[union-attr]
    assert uris == [EX + "strike1", EX + "strike2"]


@pytest.mark.parametrize(("fmt", "delimiter"), [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_csv_and_tsv(sparql_url: str, fmt: str, delimiter: str) -> None:
    body = wrapper(sparql_url, SELECT, fmt).queryAndConvert()
    text = body.decode("utf-8") if isinstance(body, bytes) else str(body)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if fmt == CSV:
        assert rows == [["e", "d"], [EX + "strike1", "12"], [EX + "strike2", "3"]]
    else:
        assert rows == [["?e", "?d"], [f"<{EX}strike1>", "12"], [f"<{EX}strike2>", "3"]]


def test_sparqlwrapper_turtle_for_construct_by_post(sparql_url: str) -> None:
    client = wrapper(sparql_url, CONSTRUCT, TURTLE)
    client.setMethod(POST)
    body = client.queryAndConvert()
    graph = Graph().parse(data=body, format="turtle")  # type: ignore[arg-type]
    assert set(graph) == {
        (URIRef(EX + "strike1"), URIRef(EX + "at"), URIRef(EX + "aleppo")),
        (URIRef(EX + "strike2"), URIRef(EX + "at"), URIRef(EX + "idlib")),
    }


def test_rdflib_sparqlstore_runs_a_query(sparql_url: str) -> None:
    graph = Graph(store=SPARQLStore(query_endpoint=sparql_url + "/sparql", returnFormat="json"))
    rows = list(graph.query(SELECT))
    assert [(row[0], row[1]) for row in rows] == [  # type: ignore[index]
        (URIRef(EX + "strike1"), Literal(12)),
        (URIRef(EX + "strike2"), Literal(3)),
    ]
    assert (URIRef(EX + "idlib"), None, None) in graph
