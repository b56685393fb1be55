"""One JSON error shape for every HTTP error: {"error": meaning, "message": what and where, "status": code}."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from graph.store import StoreMissing
from server.conneg import NotAcceptable
from server.engine import (
    QueryError,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    QueryTooLarge,
    UpdateRefused,
)

# The meaning of each status this application answers with; a status not listed falls back to its class.
MEANINGS: dict[int, str] = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    500: "internal_error",
    503: "query_timeout",
}
log = logging.getLogger("conflict_kg.errors")


class ApiError(Exception):
    """An error any blueprint can raise; answered in the one JSON shape."""

    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message
        self.headers = headers or {}


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """The JSON error response: {"error", "message", "status"}, with CORS so browser clients can read it."""
    response = jsonify({"error": error, "message": message, "status": status})
    response.status_code = status
    response.headers["Access-Control-Allow-Origin"] = "*"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def from_query_error(err: QueryError) -> ApiError:
    """The HTTP meaning of an engine error (a syntax error is the client's, a timeout the server's limit)."""
    if isinstance(err, QuerySyntaxError):
        return ApiError(400, "bad_request", str(err))
    if isinstance(err, UpdateRefused):
        return ApiError(403, "forbidden", str(err))
    if isinstance(err, QueryRefused):
        return ApiError(400, "bad_request", str(err))
    if isinstance(err, QueryTooLarge):
        return ApiError(413, "payload_too_large", str(err))
    if isinstance(err, QueryTimeout):
        return ApiError(503, "query_timeout", str(err), {"Retry-After": "5"})
    log.error("query failed: %s", err)
    return ApiError(500, "internal_error", f"the query could not be answered: {err}")


def init_app(app: Flask) -> None:
    """Answer ApiError, engine errors, HTTP errors and unexpected exceptions in the one shape."""

    @app.errorhandler(ApiError)
    def api_error(err: ApiError) -> Response:
        return error_response(err.status, err.error, err.message, err.headers)

    @app.errorhandler(QueryError)
    def query_error(err: QueryError) -> Response:
        return api_error(from_query_error(err))

    @app.errorhandler(NotAcceptable)
    def not_acceptable(err: NotAcceptable) -> Response:
        return error_response(406, "not_acceptable", str(err))

    @app.errorhandler(StoreMissing)
    def store_missing(err: StoreMissing) -> Response:
        log.error("%s", err)
        return error_response(500, "internal_error", f"the server has no graph to query: {err}")

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException) -> Response:
        status = err.code or 500
        meaning = MEANINGS.get(status, "bad_request" if status < 500 else "internal_error")
        # Keep headers the exception carries, such as Allow on a 405.
        headers = {k: v for k, v in err.get_headers() if k.lower() != "content-type"}
        return error_response(status, meaning, err.description or err.name, headers)

    @app.errorhandler(Exception)
    def unexpected(err: Exception) -> Response:
        log.exception("unexpected error")
        return error_response(500, "internal_error", "an unexpected error occurred; it has been logged")
