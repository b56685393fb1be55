"""The OWL ontology, SKOS schemes and SHACL shapes, shipped as package data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ONTOLOGY_FILES = ("conflict-kg.ttl", "engagement-types.ttl", "actor-categories.ttl")
SHAPES_FILE = "shapes.ttl"


def path(name: str) -> Path:
    """The path of one of the ontology's Turtle files."""
    return Path(str(resources.files(__name__).joinpath(name)))
