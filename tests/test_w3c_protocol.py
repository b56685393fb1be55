"""W3C SPARQL 1.1 conformance: the Protocol suite against a real server, the service description, result formats.

The suites live in ../shared/conformance (never copied into the project); these tests skip, saying why, where
that folder is absent. Requests go over real HTTP with http.client (stdlib), not urllib.request, because the
suite sends POSTs without a Content-Type on purpose and urllib.request would add one.

How the Protocol suite applies to a read-only endpoint (see ../shared/conformance/README.md): a test whose
requests include an update expects 2xx from an endpoint that accepts updates; ours must refuse it with 4xx, so
for those tests the update request is checked to be refused and the follow-up queries, which depend on the
update having run, do not apply.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from flask import Flask
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from server_fixtures import live_server

from graph.store import write_store
from server import create_app
from server.conneg import negotiate, render
from server.engine import QueryEngine, close_engine

CONFORMANCE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "w3c-sparql11"
pytestmark = [
    pytest.mark.conformance,
    pytest.mark.skipif(not CONFORMANCE.is_dir(), reason=f"W3C suites not found at {CONFORMANCE}"),
]
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = "http://www.w3.org/ns/sparql-service-description#"
RESULT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
# Not our writers: the Oxigraph store keeps a literal's value, not its spelling, so "-3"^^xsd:negativeInteger
# comes back as xsd:integer -3 and "1.0E6"^^xsd:double as "1000000" (oxigraph/oxigraph#526, open).
STORE_NORMALISES = "Oxigraph stores literals normalised: derived integer types become xsd:integer (oxigraph#526)"
RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Request:
    """One HTTP request of a protocol test and what its answer must be."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: tuple[str, ...]  # e.g. ("2xx", "3xx")
    expected_format: str | None
    expected_boolean: bool | None

    @property
    def is_update(self) -> bool:
        """Whether the request asks for an update (by media type, form field or URL parameter)."""
        content_type = dict((k.lower(), v) for k, v in self.headers).get("content-type", "")
        body = (self.body or b"")[:7]
        return "sparql-update" in content_type or body.startswith(b"update=") or "?update=" in self.path


def _manifest(folder: str) -> tuple[Graph, list[URIRef]]:
    """A manifest graph and its entries in order."""
    graph = Graph()
    graph.parse(CONFORMANCE / folder / "manifest.ttl", format="turtle", publicID=(CONFORMANCE / folder).as_uri() + "/")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    return graph, [URIRef(e) for e in Collection(graph, graph.value(manifest, MF.entries))]


def _protocol_tests() -> list[Any]:
    """(name, requests) of every Protocol test, as pytest params."""
    if not CONFORMANCE.is_dir():
        return []
    graph, entries = _manifest("protocol")
    tests = []
    for entry in entries:
        action = graph.value(entry, MF.action)
        requests = []
        for node in Collection(graph, graph.value(action, HT.requests)):
            header_list = graph.value(node, HT.headers)
            headers = tuple(
                (str(graph.value(h, HT.fieldName)), str(graph.value(h, HT.fieldValue)))
                for h in (Collection(graph, header_list) if header_list else [])
            )
            body_node = graph.value(node, HT.body)
            body = None
            if body_node is not None:
                encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(graph.value(body_node, CNT.chars)).encode(encoding.lower())
            resp = graph.value(node, HT.resp)
            statuses = tuple(sorted(str(s).rsplit("StatusCode", 1)[1] for s in graph.objects(resp, MF.expectedStatus)))
            fmt = graph.value(resp, MF.expectedFormat)
            boolean = graph.value(resp, MF.expectedBoolean)
            requests.append(
                Request(
                    str(graph.value(node, HT.methodName)),
                    str(graph.value(node, HT.absolutePath)),
                    headers,
                    body,
                    statuses,
                    str(fmt) if fmt is not None else None,
                    boolean.toPython() if boolean is not None else None,
                )
            )
        name = str(entry).rsplit("#", 1)[1]
        tests.append(pytest.param(requests, id=name))
    return tests


def _graph_data() -> dict[str, Path]:
    """Every graph the Protocol tests name, by graph IRI, with the file holding it."""
    graph, entries = _manifest("protocol")
    found = {}
    for entry in entries:
        for data in graph.objects(entry, UT.graphData):
            found[str(graph.value(data, RDFS.label))] = Path(str(graph.value(data, UT.graph)).removeprefix("file://"))
    return found


@pytest.fixture(scope="module")
def conformance_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real waitress server over a store holding every graph the Protocol suite names."""
    build = tmp_path_factory.mktemp("w3c-build")
    quads = []
    for name, file in _graph_data().items():
        graph = ox.NamedNode(name)
        quads += [
            ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(path=str(file), format=ox.RdfFormat.N_TRIPLES)
        ]
    write_store(build / "store", quads)
    app: Flask = create_app({"BUILD_DIR": str(build), "QUERY_TIMEOUT": 10.0})
    with live_server(app) as url:
        yield url
    close_engine(app)


def send(
    base_url: str, method: str, path: str, headers: tuple[tuple[str, str], ...] = (), body: bytes | None = None
) -> tuple[int, str, bytes]:
    """Send one request exactly as given; (status, content type, body)."""
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers:
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(body or b"")))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.headers.get("Content-Type", ""), response.read()
    finally:
        connection.close()


def check_format(expected: str, content_type: str, body: bytes) -> Any:
    """The body parsed as the expected kind of answer; fails when it is not one."""
    media = content_type.split(";")[0].strip()
    if expected in ("boolean", "tabular"):
        assert media in RESULT_TYPES, f"{media} is not a SPARQL results type"
        assert media == "application/sparql-results+json"  # our default when the client states no preference
        doc = json.loads(body)
        if expected == "boolean":
            assert isinstance(doc.get("boolean"), bool)
        else:
            assert isinstance(doc["head"]["vars"], list) and isinstance(doc["results"]["bindings"], list)
        return doc
    assert expected == "RDF" and media in RDF_TYPES, f"{media} is not an RDF type"
    return list(ox.parse(body, format=RDF_TYPES[media]))


@pytest.mark.parametrize("requests", _protocol_tests())
def test_protocol(conformance_server: str, requests: list[Request]) -> None:
    updates = [r for r in requests if r.is_update]
    if any(r.statuses != ("4xx",) for r in updates):
        # An update the suite expects to succeed: does not apply to a read-only endpoint, which must refuse it.
        for request in updates:
            status, _, body = send(
                conformance_server, request.method, _path(request.path), request.headers, request.body
            )
            assert 400 <= status < 500, body
            assert json.loads(body)["error"] in ("forbidden", "bad_request")
        return
    for request in requests:
        status, content_type, body = send(
            conformance_server, request.method, _path(request.path), request.headers, request.body
        )
        assert f"{status // 100}xx" in request.statuses, (status, body[:300])
        if request.expected_format:
            parsed = check_format(request.expected_format, content_type, body)
            if request.expected_boolean is not None:
                assert parsed["boolean"] is request.expected_boolean


def _path(absolute_path: str) -> str:
    """The suite's /sparql/ path pointed at our endpoint, /sparql."""
    return re.sub(r"^/sparql/?", "/sparql", absolute_path)


# --- Service description --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "accept", ["", "text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"]
)
def test_service_description_manifest(conformance_server: str, accept: str) -> None:
    _, entries = _manifest("service-description")
    assert {e.rsplit("#", 1)[1] for e in entries} == {"has-endpoint-triple", "returns-rdf", "conforms-to-schema"}
    status, content_type, body = send(conformance_server, "GET", "/sparql", (("Accept", accept),) if accept else ())
    assert status == 200
    # returns-rdf
    triples = check_format("RDF", content_type, body)
    # has-endpoint-triple: sd:endpoint is the URL the description was fetched from
    endpoints = [t.object for t in triples if t.predicate == ox.NamedNode(SD + "endpoint")]
    assert endpoints == [ox.NamedNode(conformance_server + "/sparql")]
    # conforms-to-schema: a typed sd:Service with the required and ranged properties of the SD vocabulary
    (service,) = [t.subject for t in triples if t.predicate == ox.NamedNode(SD + "endpoint")]
    types = {t.object for t in triples if t.subject == service and t.predicate.value.endswith("#type")}
    assert ox.NamedNode(SD + "Service") in types
    languages = {
        t.object for t in triples if t.subject == service and t.predicate == ox.NamedNode(SD + "supportedLanguage")
    }
    assert languages and languages <= {
        ox.NamedNode(SD + n) for n in ("SPARQL10Query", "SPARQL11Query", "SPARQL11Update")
    }
    formats = [t.object for t in triples if t.subject == service and t.predicate == ox.NamedNode(SD + "resultFormat")]
    assert formats and all(isinstance(f, ox.NamedNode) for f in formats)
    names = [t.object for t in triples if t.predicate == ox.NamedNode(SD + "name")]
    assert names and all(isinstance(n, ox.NamedNode) for n in names)


# --- Result formats: json-res and csv-tsv-res, through the engine and our negotiation ----------------------


def _result_tests(folder: str) -> list[Any]:
    """(query file, data file, result file) of a result-format manifest, as pytest params."""
    if not CONFORMANCE.is_dir():
        return []
    graph, entries = _manifest(folder)
    params = []
    for entry in entries:
        action = graph.value(entry, MF.action)
        files = [
            Path(str(graph.value(n, p)).removeprefix("file://"))
            for n, p in ((action, QT.query), (action, QT.data), (entry, MF.result))
        ]
        name = str(entry).rsplit("#", 1)[1]
        marks = [pytest.mark.xfail(strict=True, reason=STORE_NORMALISES)] if name in ("csv03", "tsv03") else []
        params.append(pytest.param(*files, id=name, marks=marks))
    return params


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Path, QueryEngine]]:
    """One engine per data file of the result-format suites, started when first asked for."""
    started: dict[Path, QueryEngine] = {}

    class Engines(dict):  # type: ignore[type-arg]
        def __missing__(self, data: Path) -> QueryEngine:
            store = tmp_path_factory.mktemp("w3c-results") / "store"
            write_store(store, ox.parse(path=str(data), format=ox.RdfFormat.TURTLE, base_iri=data.as_uri()))
            started[data] = self[data] = QueryEngine(store, workers=1)
            return started[data]

    yield Engines()
    for engine in started.values():
        engine.close()


def _canonical_bnodes(cells: list[list[str]], pattern: str) -> list[list[str]]:
    """Blank node labels renamed in order of first appearance, so two writers' labels compare equal."""
    names: dict[str, str] = {}
    return [
        [re.sub(pattern, lambda m: names.setdefault(m.group(), f"_:b{len(names)}"), c) for c in row] for row in cells
    ]


def _numeric(cell: str) -> str:
    """A bare numeric TSV/CSV cell in one spelling (1.0E6 and 1.0e6 are the same double)."""
    return cell.lower() if re.fullmatch(r"[+-]?[0-9.]+[eE][+-]?[0-9]+", cell) else cell


@pytest.mark.parametrize(("query", "data", "expected"), _result_tests("csv-tsv-res"))
def test_csv_tsv_results(engines: dict[Path, QueryEngine], query: Path, data: Path, expected: Path) -> None:
    result = engines[data].execute(query.read_text(encoding="utf-8"))
    name = expected.suffix.lstrip(".")
    body = render(result, negotiate("select", None, name)).decode("utf-8")
    if name == "csv":
        assert body.endswith("\r\n") and "\r\n" in body  # RFC 4180 line ends, as the CSV results spec asks
        got = list(csv.reader(io.StringIO(body)))
        want = list(csv.reader(io.StringIO(expected.read_text(encoding="utf-8"))))
        pattern = r"^_:\S+$"
    else:
        got = [line.split("\t") for line in body.splitlines()]
        want = [line.split("\t") for line in expected.read_text(encoding="utf-8").splitlines()]
        pattern = r"^_:\S+$"
    got = [[_numeric(c) for c in row] for row in _canonical_bnodes(got, pattern)]
    want = [[_numeric(c) for c in row] for row in _canonical_bnodes(want, pattern)]
    assert got == want


@pytest.mark.parametrize(("query", "data", "expected"), _result_tests("json-res"))
def test_json_results(engines: dict[Path, QueryEngine], query: Path, data: Path, expected: Path) -> None:
    result = engines[data].execute(query.read_text(encoding="utf-8"))
    got = json.loads(render(result, negotiate(result.kind, "application/sparql-results+json", None)))
    want = json.loads(expected.read_text(encoding="utf-8"))
    assert got.get("boolean") == want.get("boolean")
    assert got["head"].get("vars", []) == want["head"].get("vars", [])
    if "results" in want:
        labels: dict[str, dict[str, str]] = {"got": {}, "want": {}}

        def canonical(side: str, bindings: list[dict[str, dict[str, str]]]) -> list[dict[str, tuple[str, ...]]]:
            out = []
            for row in bindings:
                canon = {}
                for var, term in row.items():
                    value = term["value"]
                    if term["type"] == "bnode":
                        value = labels[side].setdefault(value, f"b{len(labels[side])}")
                    kind = "literal" if term["type"] == "typed-literal" else term["type"]
                    canon[var] = (kind, value, term.get("datatype", ""), term.get("xml:lang", ""))
                out.append(canon)
            return out

        assert canonical("got", got["results"]["bindings"]) == canonical("want", want["results"]["bindings"])
