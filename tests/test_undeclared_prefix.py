"""An undeclared prefix is named from the query's text, whatever the parser's words; declared ones are not."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask import Flask

from server import create_app
from server.engine import close_engine
from server.prefixednames import undeclared

EX = "PREFIX ex: <http://example.org/>\n"


@pytest.fixture(scope="module")
def app(sparql_build: Path) -> Iterator[Flask]:
    """The endpoint app over the small test build."""
    app = create_app({"BUILD_DIR": str(sparql_build), "TESTING": True})
    yield app
    close_engine(app)


def answer(app: Flask, query: str) -> tuple[int, str]:
    """The status of a GET /sparql for `query`, and the message of its error ('' on success)."""
    response = app.test_client().get("/sparql?" + urlencode({"query": query}))
    body = json.loads(response.data) if response.mimetype == "application/json" else {}
    return response.status_code, body.get("message", "") if response.status_code >= 400 else ""


@pytest.mark.parametrize(
    ("query", "message"),
    [
        # Oxigraph says only "expected OPTIONAL" after a one-letter local name.
        ("SELECT * WHERE { ?s ex:p ?o }", "undeclared prefix 'ex:' at 1:25; declare it with PREFIX ex: <...>"),
        ("SELECT * WHERE {\n  ex:a ?p ?o }", "undeclared prefix 'ex:' at 2:7;"),
        ("SELECT * WHERE { ?s :p ?o }", "undeclared prefix ':' at 1:23;"),
        (EX + "SELECT * WHERE { ?s ex:p ?o ; rdfs:label ?l }", "undeclared prefix 'rdfs:' at 2:41; add PREFIX rdfs: <"),
        ('SELECT * WHERE { ?s ?p "ex:p" ; dc:t ?o }', "undeclared prefix 'dc:' at 1:37;"),
    ],
)
def test_an_undeclared_prefix_is_named(app: Flask, query: str, message: str) -> None:
    status, said = answer(app, query)
    assert status == 400 and said.startswith("syntax error in the query: ") and message in said, said


@pytest.mark.parametrize(
    "query",
    [
        EX + "SELECT * WHERE { ?s ex:p ?o }",
        "SELECT * WHERE { ?s <http://example.org/ex:p> ?o }",
        'SELECT * WHERE { ?s ?p ?o FILTER(?o != "ex:p" && ?o != """dc:t\nx:y""") }',
        "SELECT * WHERE { ?s ?p ?o } # ex:p\n",
        "PREFIX : <http://example.org/>\nSELECT * WHERE { ?s :p _:b }",
        "PREFIX ex:<http://example.org/>\nSELECT * WHERE { ?s ex: ?o }",
    ],
)
def test_declared_prefixes_iris_strings_and_comments_are_no_alarm(app: Flask, query: str) -> None:
    assert answer(app, query) == (200, "")


def test_another_mistake_before_the_undeclared_prefix_keeps_the_parsers_words(app: Flask) -> None:
    status, said = answer(app, "SELECT * WHERE { ?s ?p ) . ?s ex:p ?o }")
    assert status == 400 and "error at 1:26" in said and "prefix" not in said


def test_a_less_than_is_not_read_as_the_start_of_an_iri() -> None:
    names = undeclared("SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?s > ex:a) }")
    assert [(n.prefix, n.line, n.start, n.end) for n in names] == [("ex", 1, 49, 53)]
