"""Saved queries over HTTP: the list in HTML and JSON, runs in every format, one error shape, examples as RDF."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from server import create_app
from server.engine import close_engine
from server.savedqueries import load_saved_queries

SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("https://schema.org/")
RES = "https://w3id.org/conflict-kg/resource/"
E1 = RES + "engagement/00000000000000e1"
QUERIES = load_saved_queries()


def assert_error(response: object, status: int, *needles: str) -> dict[str, object]:
    """The response is the one JSON error shape with this status, and its message says each needle."""
    assert response.status_code == status  # type: ignore[attr-defined]
    body = response.get_json()  # type: ignore[attr-defined]
    assert set(body) == {"error", "message", "status"} and body["status"] == status
    for needle in needles:
        assert needle in body["message"]
    return body


def test_list_as_html_shows_every_query_with_its_params(sample_client: FlaskClient) -> None:
    """The HTML list has each title, its parameters, a run link and a link to the query page."""
    page = sample_client.get("/queries", headers={"Accept": "text/html"}).get_data(as_text=True)
    for query in QUERIES.values():
        assert f'id="{query.name}"' in page
        assert f"/queries/{query.name}?" in page
        assert f"/?saved={query.name}" in page
        for param in query.params:
            assert f"<code>{param}</code>" in page


def test_list_as_json_by_accept_and_by_format(sample_client: FlaskClient) -> None:
    """JSON gives each query's name, title, description, tags, params and SPARQL text."""
    for response in (
        sample_client.get("/queries?format=json"),
        sample_client.get("/queries", headers={"Accept": "application/json"}),
    ):
        assert response.mimetype == "application/json"
        listed = {q["name"]: q for q in response.get_json()["queries"]}
        assert set(listed) == set(QUERIES)
        actor = listed["engagements-of-actor"]
        assert actor["sparql"] == QUERIES["engagements-of-actor"].text
        assert actor["tags"] == ["engagements", "actors"]
        assert {p["name"]: p["type"] for p in actor["params"]} == {"actor": "iri", "role": "string"}
        assert actor["url"].endswith("/queries/engagements-of-actor")


@pytest.mark.parametrize(
    ("fmt", "mimetype"),
    [
        ("json", "application/sparql-results+json"),
        ("xml", "application/sparql-results+xml"),
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
    ],
)
def test_select_in_every_result_format(sample_client: FlaskClient, fmt: str, mimetype: str) -> None:
    """A saved select answers in each format, by ?format= and by Accept, with its rows."""
    url = f"/queries/fatality-claims?engagement={E1}"
    by_param = sample_client.get(f"{url}&format={fmt}")
    by_accept = sample_client.get(url, headers={"Accept": mimetype})
    for response in (by_param, by_accept):
        assert response.status_code == 200 and response.mimetype == mimetype
        assert "Syrian Observatory for Human Rights" in response.get_data(as_text=True)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(by_param.get_data(as_text=True))))
        assert sorted(r["low"] for r in rows) == ["15", "49"]


@pytest.mark.parametrize(
    ("fmt", "mimetype"),
    [
        ("turtle", "text/turtle"),
        ("ntriples", "application/n-triples"),
        ("jsonld", "application/ld+json"),
        ("rdfxml", "application/rdf+xml"),
    ],
)
def test_construct_in_every_graph_format(sample_client: FlaskClient, fmt: str, mimetype: str) -> None:
    """The CONSTRUCT query answers in each graph format, each parsing to the same triples as N-Triples."""
    response = sample_client.get(f"/queries/engagement-graph?engagement={E1}&format={fmt}")
    assert response.status_code == 200 and response.mimetype == mimetype
    triples = {q.triple for q in ox.parse(response.data, format=ox.RdfFormat.from_media_type(mimetype))}
    about = ox.Triple(
        ox.NamedNode(RES + "claim/00000000000000c2"),
        ox.NamedNode("https://w3id.org/conflict-kg/ontology#about"),
        ox.NamedNode(E1),
    )
    assert about in triples
    reference = sample_client.get(f"/queries/engagement-graph?engagement={E1}&format=ntriples").data
    assert triples == {q.triple for q in ox.parse(reference, format=ox.RdfFormat.N_TRIPLES)}


def test_bad_and_missing_params_are_400_naming_the_param(sample_client: FlaskClient) -> None:
    """A value that does not parse as its type, a missing required param, or an unknown one: 400 naming it."""
    assert_error(sample_client.get("/queries/timeline?from=2016-13-01"), 400, "'from'", "not a date")
    assert_error(sample_client.get("/queries/engagements-of-actor"), 400, "'actor'", "required")
    assert_error(sample_client.get("/queries/engagements-of-actor?actor=not%20an%20iri"), 400, "'actor'", "IRI")
    assert_error(sample_client.get(f"/queries/fatality-claims?engagement={E1}&engagment=x"), 400, "'engagment'")
    assert_error(sample_client.get(f"/queries/fatality-claims?engagement={E1}&engagement={E1}"), 400, "'engagement'")
    assert_error(sample_client.get(f"/queries/fatality-claims?engagement={E1}&timeout=-1"), 400, "timeout")


def test_unknown_query_and_unknown_format(sample_client: FlaskClient) -> None:
    """404 for a name that is no saved query (listing the known ones), 406 for a format the kind cannot have."""
    assert_error(sample_client.get("/queries/no-such-query"), 404, "no-such-query", "timeline")
    assert_error(sample_client.get(f"/queries/fatality-claims?engagement={E1}&format=turtle"), 406, "supported")
    assert_error(sample_client.get("/queries?format=csv"), 400, "format")


def test_truncation_is_said_in_headers(sample_build: Path) -> None:
    """Past MAX_ROWS the answer is cut and says so, as the protocol endpoint does."""
    app = create_app({"BUILD_DIR": str(sample_build), "MAX_ROWS": 5, "QUERY_WORKERS": 1, "TESTING": True})
    try:
        _check_truncation(app.test_client())
    finally:
        close_engine(app)


def _check_truncation(sample_client: FlaskClient) -> None:
    """The checks of test_truncation_is_said_in_headers."""
    response = sample_client.get("/queries/engagement-types?format=json")
    assert response.status_code == 200
    assert len(response.get_json()["results"]["bindings"]) == 5
    assert response.headers["X-Result-Truncated"] == "true"
    assert response.headers["X-Max-Rows"] == "5"
    small = sample_client.get(f"/queries/fatality-claims?engagement={E1}")
    assert "X-Result-Truncated" not in small.headers


def test_sparql_examples_describe_every_query(sample_client: FlaskClient) -> None:
    """/.well-known/sparql-examples: each query as sh:SPARQLExecutable with its text, comment, keywords, target."""
    response = sample_client.get("/.well-known/sparql-examples")
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    executables = set(graph.subjects(RDF.type, SH.SPARQLExecutable))
    assert len(executables) == len(QUERIES)
    for query in QUERIES.values():
        node = URIRef(f"http://localhost/queries/{query.name}")
        assert node in executables
        prop = SH.construct if query.kind == "construct" else SH.select
        assert graph.value(node, prop) == Literal(query.text)
        assert str(graph.value(node, RDFS.comment)) == query.description
        assert {str(k) for k in graph.objects(node, SCHEMA.keywords)} == set(query.tags)
        assert graph.value(node, SCHEMA.target) == URIRef("http://localhost/sparql")
    as_jsonld = sample_client.get("/.well-known/sparql-examples", headers={"Accept": "application/ld+json"})
    assert as_jsonld.mimetype == "application/ld+json"
    assert json.loads(as_jsonld.get_data(as_text=True))
