"""Every error path answers the one JSON shape: {"error": meaning, "message": what and where, "status": code}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from server import create_app
from server.engine import close_engine
from server.errors import ApiError

RUNAWAY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?t ?u ?v }"
)
DIRECT = "application/sparql-query"


@dataclass(frozen=True)
class Case:
    """One request that must fail, what it must answer and a word its message must contain."""

    id: str
    method: str
    path: str
    status: int
    error: str
    says: str
    kwargs: dict[str, Any] = field(default_factory=dict)


def url(**params: str | list[str]) -> str:
    """/sparql with the parameters URL-encoded."""
    return "/sparql?" + urlencode(params, doseq=True)


FORM = "application/x-www-form-urlencoded"
ASK = "ASK {}"
CASES = [
    Case("syntax error", "GET", url(query="SELECT *\nWHERE { ?s "), 400, "bad_request", "2:"),
    Case("missing query", "POST", "/sparql", 400, "bad_request", "query", {"data": {"default-graph-uri": "http://x/"}}),
    Case("two queries", "GET", url(query=[ASK, ASK]), 400, "bad_request", "2 `query`"),
    Case("query in URL and body", "POST", url(query=ASK), 400, "bad_request", "one",
         {"data": b"ASK {}", "content_type": DIRECT}),
    Case("non-UTF-8 body", "POST", "/sparql", 400, "bad_request", "UTF-8",
         {"data": b"ASK { \xff }", "content_type": DIRECT}),
    Case("non-UTF-8 form", "POST", "/sparql", 400, "bad_request", "UTF-8",
         {"data": b"query=ASK%20%7B%7D%FF", "content_type": FORM}),
    Case("bad timeout", "GET", url(query=ASK, timeout="soon"), 400, "bad_request", "`timeout`"),
    Case("negative timeout", "GET", url(query=ASK, timeout="-1"), 400, "bad_request", "`timeout`"),
    Case("bad graph IRI", "GET", url(query=ASK, **{"default-graph-uri": "not an iri"}), 400, "bad_request",
         "`default-graph-uri`"),
    Case("two formats", "GET", url(query=ASK, format=["csv", "tsv"]), 400, "bad_request", "`format`"),
    Case("SERVICE", "GET", url(query="SELECT * { SERVICE <http://127.0.0.1:9/> {} }"), 400, "bad_request",
         "allow-list"),
    Case("update by GET", "GET", url(update="CLEAR ALL"), 400, "bad_request", "read-only"),
    Case("update by POST form", "POST", "/sparql", 403, "forbidden", "read-only", {"data": {"update": "CLEAR ALL"}}),
    Case("update body", "POST", "/sparql", 403, "forbidden", "read-only",
         {"data": b"CLEAR ALL", "content_type": "application/sparql-update"}),
    Case("update as query", "POST", "/sparql", 403, "forbidden", "INSERT",
         {"data": b"INSERT DATA {}", "content_type": DIRECT}),
    Case("unknown path", "GET", "/no/such/thing", 404, "not_found", "not found"),
    Case("raised not found", "GET", "/test/api-error", 404, "not_found", "nothing here"),
    Case("PUT", "PUT", "/sparql", 405, "method_not_allowed", "method"),
    Case("Accept unavailable", "GET", url(query=ASK), 406, "not_acceptable", "application/sparql-results+json",
         {"headers": {"Accept": "text/turtle"}}),
    Case("format unavailable", "GET", url(query="CONSTRUCT WHERE { ?s ?p ?o }", format="csv"), 406,
         "not_acceptable", "text/turtle"),
    Case("body too large", "POST", "/sparql", 413, "payload_too_large", "limit",
         {"data": b"ASK {}" + b" " * 1_000_001, "content_type": DIRECT}),
    Case("query too long", "POST", "/sparql", 413, "payload_too_large", "characters",
         {"data": b"ASK {}" + b" " * 200_000, "content_type": DIRECT}),
    Case("wrong media type", "POST", "/sparql", 415, "unsupported_media_type", "application/sparql-query",
         {"data": b"ASK {}", "content_type": "text/plain"}),
    Case("no media type", "POST", "/sparql", 415, "unsupported_media_type", "no Content-Type",
         {"data": b"query=ASK%7B%7D"}),
    Case("UTF-16", "POST", "/sparql", 415, "unsupported_media_type", "UTF-8",
         {"data": "ASK {}".encode("utf-16"), "content_type": "application/sparql-query; charset=UTF-16"}),
    Case("unexpected exception", "GET", "/test/crash", 500, "internal_error", "logged"),
    Case("timeout", "GET", url(query=RUNAWAY, timeout="0.5"), 503, "query_timeout", "time limit"),
]  # fmt: skip


@pytest.fixture(scope="module")
def app(sparql_build: Path) -> Iterator[Flask]:
    """The endpoint app over the test build, plus two routes that fail on purpose (an ApiError, and a bug)."""
    app = create_app({"BUILD_DIR": str(sparql_build), "TESTING": True})

    @app.route("/test/crash")
    def crash() -> str:
        raise RuntimeError("secret detail of a bug")

    @app.route("/test/api-error")
    def api_error() -> str:
        raise ApiError(404, "not_found", "nothing here, on purpose")

    yield app
    close_engine(app)


def assert_error_shape(response: TestResponse, status: int, error: str, says: str) -> None:
    """The one error shape, with the expected meaning and a message that says what is wrong."""
    assert response.status_code == status, response.data
    assert response.mimetype == "application/json"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    body = json.loads(response.data)
    assert set(body) == {"error", "message", "status"}
    assert body["status"] == status and body["error"] == error
    assert says.lower() in body["message"].lower()
    assert "Traceback" not in body["message"] and "secret detail" not in body["message"]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_error_path_answers_the_one_shape(app: Flask, case: Case) -> None:
    client: FlaskClient = app.test_client()
    response = client.open(case.path, method=case.method, **case.kwargs)
    assert_error_shape(response, case.status, case.error, case.says)


def test_a_405_still_says_which_methods_are_allowed(app: Flask) -> None:
    response = app.test_client().delete("/sparql")
    assert "POST" in response.headers["Allow"]


@pytest.fixture()
def storeless_app(tmp_path: Path) -> Iterator[Flask]:
    """An app pointed at a folder with no build in it."""
    app = create_app({"BUILD_DIR": str(tmp_path / "no-build")})
    yield app
    close_engine(app)


def test_a_missing_store_is_an_internal_error_that_says_to_build(storeless_app: Flask) -> None:
    response = storeless_app.test_client().get("/sparql?query=ASK%7B%7D")
    assert_error_shape(response, 500, "internal_error", "kg build")
