"""Saved queries over HTTP: the list at /queries, each one run at /queries/<name>, and /.well-known/sparql-examples."""

from __future__ import annotations

import json

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, request, url_for

from graph.namespaces import prefixes_for
from server import conneg
from server.engine import QueryResult, get_engine
from server.errors import ApiError
from server.protocol import mark_truncation, parse_timeout
from server.savedqueries import RESERVED, ParamError, SavedQuery, load_saved_queries
from server.webpage import wants_html

bp = Blueprint("saved", __name__)
_KEY = "conflict_kg.saved_queries"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_EXECUTABLE = {  # query form -> (SHACL class, property holding the text)
    "select": ("SPARQLSelectExecutable", "select"),
    "construct": ("SPARQLConstructExecutable", "construct"),
    "ask": ("SPARQLAskExecutable", "ask"),
    "describe": ("SPARQLDescribeExecutable", "describe"),
}


def saved_queries(app: Flask | None = None) -> dict[str, SavedQuery]:
    """The saved queries of the app, read once from QUERIES_DIR (default: the `queries` package)."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    if _KEY not in app.extensions:
        app.extensions[_KEY] = load_saved_queries(app.config.get("QUERIES_DIR"))
    found: dict[str, SavedQuery] = app.extensions[_KEY]
    return found


@bp.route("/queries")
def index() -> Response | str:
    """Every saved query: an HTML list for people, JSON (Accept or ?format=json) for programs."""
    queries = saved_queries()
    fmt = request.args.get("format")
    if fmt and fmt not in ("json", "html", "application/json", "text/html"):
        raise ApiError(400, "bad_request", f"`format` must be html or json for the list of queries, not {fmt!r}")
    if wants_html(request.headers.get("Accept"), fmt):
        return render_template("queries.html", queries=list(queries.values()))
    body = {
        "queries": [{**q.as_dict(), "url": url_for("saved.run", name=q.name, _external=True)} for q in queries.values()]
    }
    response = Response(json.dumps(body, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/queries/<name>")
def run(name: str) -> Response:
    """Run a saved query with its parameters from the URL, in any format of the content negotiation."""
    query = saved_queries().get(name)
    if query is None:
        known = ", ".join(saved_queries())
        raise ApiError(404, "not_found", f"no saved query named {name!r}; the saved queries are: {known}")
    values: dict[str, str] = {}
    for key in request.args:
        given = request.args.getlist(key)
        if len(given) > 1:
            raise ApiError(400, "bad_request", f"parameter {key!r}: given {len(given)} times; give it once")
        if key not in RESERVED:
            values[key] = given[0]
    try:
        bindings = query.bind(values, prefixes_for(current_app.config["BASE"]))
    except ParamError as err:
        raise ApiError(400, "bad_request", str(err)) from None
    kind = "graph" if query.kind in ("construct", "describe") else "select"
    fmt = conneg.negotiate(kind, request.headers.get("Accept"), request.args.get("format"))
    result = get_engine().execute(query.text, bindings=bindings, timeout=parse_timeout(request.args.get("timeout")))
    body = conneg.render(result, fmt, prefixes_for(current_app.config["BASE"]))
    response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    if fmt.name in ("csv", "tsv"):
        response.headers["Content-Disposition"] = f'inline; filename="{name}.{fmt.extension}"'
    mark_truncation(response, result)
    return response


@bp.route("/.well-known/sparql-examples")
def examples() -> Response:
    """The saved queries as SHACL SPARQL executables, as SIB's sparql-examples publish them (Turtle by default)."""
    fmt = conneg.negotiate("graph", request.headers.get("Accept"), request.args.get("format"))
    triples = examples_graph(list(saved_queries().values()), url_for("protocol.sparql", _external=True))
    result = QueryResult("graph", triples=tuple(triples))
    prefixes = {**prefixes_for(current_app.config["BASE"]), "sh": SH, "schema": SCHEMA}
    response = Response(conneg.render(result, fmt, prefixes), content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response


def examples_graph(queries: list[SavedQuery], endpoint: str) -> list[ox.Triple]:
    """sh:SPARQLExecutable descriptions of the queries: text, comment, keywords and target endpoint."""
    triples: list[ox.Triple] = []
    target = ox.NamedNode(endpoint)
    for query in queries:
        node = ox.NamedNode(url_for("saved.run", name=query.name, _external=True))
        cls, prop = _EXECUTABLE[query.kind]
        triples += [
            ox.Triple(node, RDF_TYPE, ox.NamedNode(SH + "SPARQLExecutable")),
            ox.Triple(node, RDF_TYPE, ox.NamedNode(SH + cls)),
            ox.Triple(node, ox.NamedNode(SH + prop), ox.Literal(query.text)),
            ox.Triple(node, ox.NamedNode(RDFS + "label"), ox.Literal(query.title, language="en")),
            ox.Triple(node, ox.NamedNode(RDFS + "comment"), ox.Literal(query.description, language="en")),
            ox.Triple(node, ox.NamedNode(SCHEMA + "target"), target),
        ]
        triples += [ox.Triple(node, ox.NamedNode(SCHEMA + "keywords"), ox.Literal(tag)) for tag in query.tags]
    return triples


def init_app(app: Flask) -> None:
    """Register the saved-query routes."""
    app.register_blueprint(bp)
