"""The /sparql endpoint through Flask's test client, on the small test build (MAX_ROWS 5)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_fixtures import EX, make_build

from graph.namespaces import ARTICLES_GRAPH, REFERENCE_GRAPH
from server import create_app
from server.engine import close_engine

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count_of(response: object) -> int:
    """The ?n of a one-row SPARQL JSON answer."""
    doc = json.loads(response.data)  # type: ignore[attr-defined]
    return int(doc["results"]["bindings"][0]["n"]["value"])


def triples_of(body: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> set[ox.Triple]:
    """The triples of an RDF body."""
    return {q.triple for q in ox.parse(body, format=fmt)}


def test_get_post_form_and_post_direct_give_the_same_answer(sparql_client: FlaskClient) -> None:
    query = f"SELECT ?e WHERE {{ ?e <{EX}place> <{EX}aleppo> }}"
    answers = [
        sparql_client.get("/sparql", query_string={"query": query}),
        sparql_client.post("/sparql", data={"query": query}),
        sparql_client.post("/sparql", data=query.encode(), content_type="application/sparql-query"),
    ]
    for response in answers:
        assert response.status_code == 200
        assert response.mimetype == "application/sparql-results+json"
        assert json.loads(response.data)["results"]["bindings"] == [{"e": {"type": "uri", "value": EX + "strike1"}}]


def test_results_and_graphs_are_negotiated(sparql_client: FlaskClient) -> None:
    select = sparql_client.get("/sparql", query_string={"query": COUNT}, headers={"Accept": "text/csv"})
    assert select.mimetype == "text/csv" and select.data.decode().splitlines()[0] == "n"
    construct = f"CONSTRUCT {{ ?e <{EX}at> ?p }} WHERE {{ ?e <{EX}place> ?p }}"
    turtle = sparql_client.get("/sparql", query_string={"query": construct})
    assert turtle.mimetype == "text/turtle"
    assert len(triples_of(turtle.data)) == 2
    nt = sparql_client.get("/sparql", query_string={"query": construct, "format": "ntriples"})
    assert nt.mimetype == "application/n-triples"
    assert triples_of(nt.data, ox.RdfFormat.N_TRIPLES) == triples_of(turtle.data)
    ask = sparql_client.get(
        "/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert ask.mimetype == "application/sparql-results+xml" and b"<boolean>true</boolean>" in ask.data


def test_dataset_parameters_choose_the_graphs(sparql_client: FlaskClient) -> None:
    union = count_of(sparql_client.get("/sparql", query_string={"query": COUNT}))
    reference = count_of(
        sparql_client.get("/sparql", query_string={"query": COUNT, "default-graph-uri": REFERENCE_GRAPH})
    )
    both = count_of(
        sparql_client.get(
            "/sparql",
            query_string=[
                ("query", COUNT),
                ("default-graph-uri", REFERENCE_GRAPH),
                ("default-graph-uri", ARTICLES_GRAPH),
            ],
        )
    )
    assert 0 < reference < union == both
    absent = sparql_client.get(
        "/sparql", query_string={"query": COUNT, "default-graph-uri": "http://127.0.0.1:9/remote"}
    )
    assert count_of(absent) == 0
    named = sparql_client.post(
        "/sparql?named-graph-uri=" + ARTICLES_GRAPH,
        data="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        content_type="application/sparql-query",
    )
    assert [b["g"]["value"] for b in json.loads(named.data)["results"]["bindings"]] == [ARTICLES_GRAPH]


def test_row_limit_is_never_silent(sparql_client: FlaskClient) -> None:
    cut = sparql_client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert cut.status_code == 200
    assert cut.headers["X-Result-Truncated"] == "true" and cut.headers["X-Max-Rows"] == "5"
    assert cut.headers["Link"] == '</dumps>; rel="alternate"'
    assert len(json.loads(cut.data)["results"]["bindings"]) == 5
    whole = sparql_client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert "X-Result-Truncated" not in whole.headers
    graph = sparql_client.get("/sparql", query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert graph.headers["X-Result-Truncated"] == "true" and len(triples_of(graph.data)) == 5


def test_cors_on_answers_and_preflight(sparql_client: FlaskClient) -> None:
    answer = sparql_client.get("/sparql", query_string={"query": "ASK {}"})
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    assert "X-Result-Truncated" in answer.headers["Access-Control-Expose-Headers"]
    preflight = sparql_client.options(
        "/sparql", headers={"Origin": "https://example.net", "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]


def test_timeout_parameter_lowers_the_limit(sparql_client: FlaskClient) -> None:
    runaway = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?t ?u ?v }"
    )
    response = sparql_client.get("/sparql", query_string={"query": runaway, "timeout": "0.5"})
    assert response.status_code == 503
    assert "0.5 s" in json.loads(response.data)["message"]


def test_a_line_is_logged_per_query(sparql_client: FlaskClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="conflict_kg.query"):
        sparql_client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"})
        sparql_client.get("/sparql", query_string={"query": "SELECT ?x WHERE {"})
    lines = [r.getMessage() for r in caplog.records if r.name == "conflict_kg.query"]
    assert len(lines) == 2
    assert lines[0].startswith("GET 200 ") and "rows=1 ASK { ?s ?p ?o }" in lines[0]
    assert lines[1].startswith("GET 400 ")


def test_bare_get_describes_the_service(sparql_client: FlaskClient, sparql_app: Flask) -> None:
    response = sparql_client.get("/sparql")
    assert response.status_code == 200 and response.mimetype == "text/turtle"
    triples = triples_of(response.data)
    endpoints = [t.object for t in triples if t.predicate == ox.NamedNode(SD + "endpoint")]
    assert endpoints == [ox.NamedNode("http://localhost/sparql")]
    objects = {t.object for t in triples}
    assert ox.NamedNode(SD + "SPARQL11Query") in objects and ox.NamedNode(SD + "UnionDefaultGraph") in objects
    assert ox.NamedNode("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in objects
    names = {t.object for t in triples if t.predicate == ox.NamedNode(SD + "name")}
    assert names == {ox.NamedNode(ARTICLES_GRAPH), ox.NamedNode(REFERENCE_GRAPH)}
    assert any(
        t.object == ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) for t in triples
    )
    as_jsonld = sparql_client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert as_jsonld.mimetype == "application/ld+json"
    assert len(triples_of(as_jsonld.data, ox.RdfFormat.JSON_LD)) == len(triples)


@pytest.fixture(scope="module")
def manifest_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a build that has a manifest listing dumps, and no void.ttl (so counts are computed)."""
    build = make_build(tmp_path_factory.mktemp("void-build"))
    files = [{"name": "kg.ttl"}, {"name": "kg.nt.gz"}, {"name": "manifest.json"}]
    (build / "manifest.json").write_text(json.dumps({"files": files}), encoding="utf-8")
    app = create_app({"BUILD_DIR": str(build)})
    yield app
    close_engine(app)


def test_void_counts_partitions_and_links(manifest_app: Flask) -> None:
    response = manifest_app.test_client().get("/.well-known/void", base_url="https://kg.example")
    assert response.status_code == 200
    triples = triples_of(response.data)
    dataset = ox.NamedNode(manifest_app.config["BASE"] + "dataset")

    def objects(subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[object]:
        return sorted(
            (t.object for t in triples if t.subject == subject and t.predicate == ox.NamedNode(VOID + predicate)),
            key=str,
        )

    total = objects(dataset, "triples")
    assert total == [ox.Literal("14", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))]
    assert objects(dataset, "sparqlEndpoint") == [ox.NamedNode("https://kg.example/sparql")]
    assert objects(dataset, "dataDump") == [
        ox.NamedNode("https://kg.example/dumps/kg.nt.gz"),
        ox.NamedNode("https://kg.example/dumps/kg.ttl"),
    ]
    counts = {}
    for part in objects(dataset, "classPartition"):
        (cls,) = objects(part, "class")  # type: ignore[arg-type]
        (n,) = objects(part, "entities")  # type: ignore[arg-type]
        counts[cls.value] = int(n.value)  # type: ignore[attr-defined]
    assert counts == {EX + "Actor": 1, EX + "Event": 2, EX + "Place": 2}
    deaths = [
        p for p in objects(dataset, "propertyPartition") if objects(p, "property") == [ox.NamedNode(EX + "deaths")]
    ]  # type: ignore[arg-type]
    assert len(deaths) == 1 and int(objects(deaths[0], "triples")[0].value) == 2  # type: ignore[arg-type, attr-defined]


def test_void_of_the_build_is_served_when_present(tmp_path: Path) -> None:
    build = make_build(tmp_path / "build")
    (build / "void.ttl").write_text(
        "@prefix void: <http://rdfs.org/ns/void#> .\n"
        "<https://w3id.org/conflict-kg/resource/dataset> a void:Dataset ; void:triples 999 .\n",
        encoding="utf-8",
    )
    app = create_app({"BUILD_DIR": str(build)})
    try:
        triples = triples_of(app.test_client().get("/.well-known/void", headers={"Accept": "text/turtle"}).data)
    finally:
        close_engine(app)
    assert ox.Literal("999", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) in {
        t.object for t in triples
    }
    assert ox.NamedNode("http://localhost/sparql") in {t.object for t in triples}
