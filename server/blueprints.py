"""The list of `init_app` hooks that `create_app` calls, one per concern."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from server import description, dumps, errors, pages, protocol, saved, ui, webpage

# Each module adds its `init_app` here when it exists (protocol, saved queries, pages, dumps, query page).
# errors comes first so its handlers answer for every blueprint registered after it.
INITIALISERS: list[Callable[[Flask], None]] = [
    errors.init_app,
    protocol.init_app,
    description.init_app,
    webpage.init_app,
    saved.init_app,
    pages.init_app,
    dumps.init_app,
    ui.init_app,
]
