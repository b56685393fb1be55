"""The list of `init_app` hooks that `create_app` calls, one per concern."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask

# Each module adds its `init_app` here when it exists (protocol, saved queries, pages, dumps, query page).
INITIALISERS: list[Callable[[Flask], None]] = []
