"""The SPARQL endpoint and the pages around it: `create_app(config)` builds the Flask application."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from graph.namespaces import DEFAULT_BASE

DEFAULTS: dict[str, Any] = {
    "BUILD_DIR": "build",  # a build made by `kg build`: dumps plus the Oxigraph store in BUILD_DIR/store
    "BASE": DEFAULT_BASE,  # resource IRIs under this base dereference to /resource/...
    "QUERY_TIMEOUT": 30.0,  # seconds; a client may ask for less with the `timeout` parameter
    "MAX_ROWS": 10_000,  # result rows; never silent: a header says when a result was cut
    "MAX_BODY": 1_000_000,  # bytes of a request body
    "SERVICE_ALLOWLIST": (),  # SERVICE endpoints a query may call; empty: none
    "QUERIES_DIR": None,  # folder of saved .rq queries; None: the queries shipped in the `queries` package
    "QUERY_WORKERS": 2,  # worker processes that run queries, so a runaway one can be stopped
    "STORE": "disk",  # disk: BUILD_DIR/store; memory: BUILD_DIR/kg.nq loaded by each worker; sparql:URL: remote
    "STORE_USER": None,  # credentials for a sparql:URL store (digest or basic, as the server asks)
    "STORE_PASSWORD": None,
}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The application, with the graph of BUILD_DIR opened once and kept on the app."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    if config:
        app.config.from_mapping(config)
    app.config["BUILD_DIR"] = str(Path(app.config["BUILD_DIR"]))
    # Flask refuses larger bodies on its own too (413), before any view reads them.
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_BODY"]
    # Each concern registers its own blueprint and hooks; the order matters only for error handlers.
    from server import blueprints

    for init_app in blueprints.INITIALISERS:
        init_app(app)
    return app
