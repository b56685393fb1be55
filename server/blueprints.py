"""The list of `init_app` hooks that `create_app` calls, one per concern."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from server import description, dumps, errors, pages, protocol, saved, ui, webpage

# errors comes first so its handlers answer for every blueprint registered after it; webpage gives every
# template its helpers before any page blueprint renders one.
INITIALISERS: list[Callable[[Flask], None]] = [
    errors.init_app,
    webpage.init_app,
    protocol.init_app,  # /sparql
    description.init_app,  # /.well-known/void (the service description is a bare GET of /sparql)
    saved.init_app,  # /queries, /queries/<name>
    pages.init_app,  # /resource/..., /ontology
    dumps.init_app,  # /dumps, /dumps/<file>
    ui.init_app,  # /, the query page
]
