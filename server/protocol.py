"""The SPARQL 1.1 Protocol endpoint at /sparql: GET, POST form, POST direct; read-only, bounded, CORS-open."""

from __future__ import annotations

import logging
import time
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, request

from graph.namespaces import prefixes_for
from server import conneg, description
from server.engine import QueryError, QueryResult, get_engine
from server.errors import ApiError, from_query_error

bp = Blueprint("protocol", __name__)
log = logging.getLogger("conflict_kg.query")
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
ALLOWED_HEADERS = "Accept, Content-Type"


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"], provide_automatic_options=False)
def sparql() -> Response:
    """Answer a query, or describe the service on a bare GET."""
    if request.method == "OPTIONS":
        return _preflight()
    started = time.monotonic()
    params = _parameters()
    if params.get("query") is None and not params.get("update"):
        if request.method == "GET" and set(params) <= {"format"}:
            return description.service_description_response()
        raise ApiError(400, "bad_request", "missing the `query` parameter (a SPARQL query)")
    _refuse_updates(params)
    queries = params["query"]
    if len(queries) != 1:
        raise ApiError(400, "bad_request", f"{len(queries)} `query` parameters given; send exactly one")
    query = queries[0]
    try:
        result = get_engine().execute(
            query,
            default_graphs=_graph_iris(params, "default-graph-uri"),
            named_graphs=_graph_iris(params, "named-graph-uri"),
            timeout=_timeout(params),
            base_iri=request.base_url,
        )
    except QueryError as err:
        api_error = from_query_error(err)
        _log(query, api_error.status, started, 0)
        raise api_error from None
    fmt = _negotiate(result.kind, params.get("format", []))
    body = conneg.render(result, fmt, prefixes_for(current_app.config["BASE"]))
    response = Response(body, status=200, content_type=fmt.content_type)
    mark_truncation(response, result)
    response.headers["Vary"] = "Accept"
    _log(query, 200, started, result.size)
    return response


def _parameters() -> dict[str, list[str]]:
    """The protocol parameters of the request, from the URL and, for POST, the form or the direct body."""
    params: dict[str, list[str]] = {}
    for key, value in request.args.items(multi=True):
        params.setdefault(key, []).append(value)
    if request.method != "POST":
        return params
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if mimetype in (FORM, DIRECT, UPDATE) and charset not in ("utf-8", "utf8"):
        raise ApiError(415, "unsupported_media_type", f"charset {charset} is not supported; send UTF-8")
    if mimetype == UPDATE:
        raise ApiError(403, "forbidden", "SPARQL updates are refused: this endpoint is read-only")
    if mimetype not in (FORM, DIRECT):
        given = f"Content-Type {mimetype}" if mimetype else "no Content-Type"
        raise ApiError(415, "unsupported_media_type", f"POST with {given}; send {FORM} or {DIRECT}")
    body = _body()
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, errors="strict") if mimetype == FORM else []
    except UnicodeDecodeError as err:
        raise ApiError(400, "bad_request", f"the request body is not valid UTF-8 (byte {err.start})") from None
    if mimetype == DIRECT:
        if "query" in params:
            raise ApiError(400, "bad_request", "a `query` URL parameter and a query in the body: send one")
        params["query"] = [text]
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


def _body() -> bytes:
    """The request body, refused with 413 past MAX_BODY bytes (whether or not Content-Length says so)."""
    limit = int(current_app.config["MAX_BODY"])
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, "payload_too_large", f"the body is {request.content_length} bytes; the limit is {limit}")
    body = request.stream.read(limit + 1)
    if len(body) > limit:
        raise ApiError(413, "payload_too_large", f"the body is over the limit of {limit} bytes")
    return body


def _refuse_updates(params: dict[str, list[str]]) -> None:
    """Updates never run: 403 by POST (read-only), 400 by GET (the protocol sends updates by POST only)."""
    if "update" not in params:
        return
    if request.method == "GET":
        raise ApiError(400, "bad_request", "the `update` parameter is not accepted by GET; this endpoint is read-only")
    raise ApiError(403, "forbidden", "SPARQL updates are refused: this endpoint is read-only")


def _graph_iris(params: dict[str, list[str]], name: str) -> list[str] | None:
    """The graph IRIs of a dataset parameter, each checked to be an IRI; None when the parameter is absent."""
    if name not in params:
        return None
    for value in params[name]:
        try:
            ox.NamedNode(value)
        except ValueError:
            raise ApiError(400, "bad_request", f"`{name}` value {value!r} is not an absolute IRI") from None
    return params[name]


def _timeout(params: dict[str, list[str]]) -> float | None:
    """The `timeout` parameter of a protocol request."""
    return parse_timeout(_single(params, "timeout"))


def parse_timeout(value: str | None) -> float | None:
    """A `timeout` parameter in seconds (it can only lower the server's limit), or None when not given.

    >>> parse_timeout("2.5"), parse_timeout("")
    (2.5, None)
    """
    if value is None or value == "":
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):  # also refuses nan
        raise ApiError(400, "bad_request", f"`timeout` must be a positive number of seconds, not {value!r}")
    return seconds


def _negotiate(kind: str, names: list[str]) -> conneg.Format:
    """The answer's format: from `format` (repeatable when every value names the same format, as
    SPARQLWrapper sends `format=tsv&format=text/tab-separated-values`), else from Accept."""
    if not names:
        return conneg.negotiate(kind, request.headers.get("Accept"))
    chosen = {conneg.negotiate(kind, None, name) for name in names}
    if len(chosen) > 1:
        raise ApiError(400, "bad_request", f"`format` names {len(chosen)} different formats; give one")
    return chosen.pop()


def _single(params: dict[str, list[str]], name: str) -> str | None:
    """A parameter that may be given at most once."""
    values = list(dict.fromkeys(params.get(name, [])))  # the same value twice (SPARQLWrapper does it) is one
    if len(values) > 1:
        raise ApiError(400, "bad_request", f"`{name}` given {len(values)} different values; give one")
    return values[0] if values else None


def mark_truncation(response: Response, result: QueryResult) -> None:
    """Say when the row limit cut the result, and where the whole graph can be had instead."""
    if result.truncated:
        response.headers["X-Result-Truncated"] = "true"
        response.headers["X-Max-Rows"] = str(current_app.config["MAX_ROWS"])
        response.headers["Link"] = '</dumps>; rel="alternate"'


def _preflight() -> Response:
    """The CORS preflight answer: which methods and headers a browser may use."""
    response = Response(status=204)
    del response.headers["Content-Type"]  # no body, so no type
    response.headers["Allow"] = ALLOWED_METHODS
    response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    response.headers["Access-Control-Max-Age"] = "86400"
    return response


def _log(query: str, status: int, started: float, rows: int) -> None:
    """One log line per query: method, status, duration, rows and the start of the query."""
    ms = (time.monotonic() - started) * 1000
    snippet = " ".join(query.split())[:80]
    log.info("%s %d %.0fms rows=%d %s", request.method, status, ms, rows, snippet)


def _cors(response: Response) -> Response:
    """Every answer may be read by a page of any origin: the data is public and the endpoint read-only."""
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    response.headers.setdefault("Access-Control-Expose-Headers", "X-Result-Truncated, X-Max-Rows, Link")
    return response


def init_app(app: Flask) -> None:
    """Register the endpoint and the CORS header on every answer."""
    app.register_blueprint(bp)
    app.after_request(_cors)
