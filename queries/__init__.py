"""Saved SPARQL queries (`<name>.rq` with a `#+` YAML header), shipped as package data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def directory() -> Path:
    """The folder holding the saved `.rq` files."""
    return Path(str(resources.files(__name__)))
