"""The production server: waitress, pure Python, threads in one process (see docs/decisions)."""

from __future__ import annotations

import logging

from flask import Flask


def serve(app: Flask, host: str = "127.0.0.1", port: int = 5000, threads: int = 8) -> None:
    """Serve the app with waitress until interrupted; the query workers stop with it."""
    import waitress

    from server.engine import close_engine, get_engine

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    get_engine(app)  # start the query workers now, so the first request does not wait for them
    try:
        waitress.serve(
            app,
            host=host,
            port=port,
            threads=threads,
            # Above MAX_BODY the app answers 413 in its JSON shape; far above it waitress refuses unread.
            max_request_body_size=2 * int(app.config["MAX_BODY"]) + 1_000_000,
            channel_timeout=max(60, int(app.config["QUERY_TIMEOUT"]) + 30),
            ident="conflict-kg",
        )
    finally:
        close_engine(app)
