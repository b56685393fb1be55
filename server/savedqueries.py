"""Saved queries: `queries/<name>.rq` files with a `#+` YAML header, and their typed parameters bound as RDF terms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from graph.namespaces import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("iri", "string", "integer", "date", "decimal")
# Names a saved query cannot use for a parameter: the HTTP route reads them itself.
RESERVED = frozenset({"format", "timeout", "query"})
_NAME = re.compile(r"[a-z][a-z0-9-]*")
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"-?[0-9]{4}-[0-9]{2}-[0-9]{2}")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")
Term = ox.NamedNode | ox.Literal
_CURIE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*):([^\s<>\"{}|\\^`]*)")


class SavedQueryError(Exception):
    """A saved query file is malformed: names the file and what is wrong."""


class ParamError(ValueError):
    """A parameter value is missing, unknown or does not parse as its declared type."""

    def __init__(self, param: str, reason: str) -> None:
        super().__init__(f"parameter {param!r}: {reason}")
        self.param = param
        self.reason = reason


@dataclass(frozen=True)
class Param:
    """A declared parameter of a saved query: its type, whether it is required, a default and an example."""

    name: str
    type: str
    required: bool = False
    description: str = ""
    example: str | None = None
    default: str | None = None
    enum: tuple[str, ...] = ()

    def parse(self, raw: str, prefixes: Mapping[str, str] | None = None) -> ox.NamedNode | ox.Literal:
        """The RDF term for a raw value, or ParamError naming this parameter.

        >>> Param("n", "integer").parse("12")
        <Literal value=12 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
        >>> Param("n", "integer").parse("twelve")
        Traceback (most recent call last):
        server.savedqueries.ParamError: parameter 'n': 'twelve' is not an integer
        >>> Param("a", "iri").parse("wd:Q5747")
        <NamedNode value=http://www.wikidata.org/entity/Q5747>
        """
        value = raw.strip()
        if self.enum and value not in self.enum:
            raise ParamError(self.name, f"{raw!r} is not one of {', '.join(self.enum)}")
        if self.type == "iri":
            return ox.NamedNode(_parse_iri(self.name, value, prefixes or PREFIXES))
        if self.type == "string":
            return ox.Literal(raw)
        if self.type == "integer":
            if not _INTEGER.fullmatch(value):
                raise ParamError(self.name, f"{raw!r} is not an integer")
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if self.type == "decimal":
            if not _DECIMAL.fullmatch(value):
                raise ParamError(self.name, f"{raw!r} is not a decimal number")
            try:
                Decimal(value)
            except InvalidOperation as err:  # pragma: no cover - the pattern already excludes these
                raise ParamError(self.name, f"{raw!r} is not a decimal number") from err
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
        if self.type == "date":
            try:
                if not _DATE.fullmatch(value):
                    raise ValueError(value)
                date.fromisoformat(value)
            except ValueError as err:
                raise ParamError(self.name, f"{raw!r} is not a date (YYYY-MM-DD)") from err
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
        raise ParamError(self.name, f"unknown type {self.type!r}")  # pragma: no cover - checked when loading

    def as_dict(self) -> dict[str, Any]:
        """The parameter as JSON-ready data."""
        out: dict[str, Any] = {"name": self.name, "type": self.type, "required": self.required}
        for key in ("description", "example", "default"):
            if getattr(self, key) not in (None, ""):
                out[key] = getattr(self, key)
        if self.enum:
            out["enum"] = list(self.enum)
        return out


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name (the file name), header fields, parameters and SPARQL text."""

    name: str
    title: str
    description: str
    tags: tuple[str, ...]
    params: dict[str, Param] = field(default_factory=dict)
    text: str = ""
    path: Path | None = None

    @property
    def kind(self) -> str:
        """The query form: select, construct, ask or describe (from the text after its prologue)."""
        body = _strip_comments_and_prologue(self.text)
        match = re.match(r"(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", body, re.IGNORECASE)
        return match.group(1).lower() if match else "select"

    def bind(self, values: Mapping[str, str], prefixes: Mapping[str, str] | None = None) -> dict[str, Term]:
        """RDF terms for the given raw values plus defaults; ParamError names a missing, unknown or bad param."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ParamError(unknown[0], f"query {self.name!r} has no such parameter (its parameters: {known})")
        bound: dict[str, Term] = {}
        for name, param in self.params.items():
            raw = values.get(name)
            if raw is None or raw == "":
                raw = param.default
            if raw is None or raw == "":
                if param.required:
                    raise ParamError(name, f"is required ({param.type}, e.g. {param.example})")
                continue
            bound[name] = param.parse(str(raw), prefixes)
        return bound

    def example_values(self) -> dict[str, str]:
        """The example value of every parameter that has one."""
        return {n: p.example for n, p in self.params.items() if p.example is not None}

    def as_dict(self) -> dict[str, Any]:
        """The query as JSON-ready data."""
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "tags": list(self.tags),
            "kind": self.kind,
            "params": [p.as_dict() for p in self.params.values()],
            "sparql": self.text,
        }


def load_saved_queries(directory: Path | str | None = None) -> dict[str, SavedQuery]:
    """Every `.rq` file of the folder (default: the `queries` package), by name, sorted by name."""
    if directory is None:
        import queries

        directory = queries.directory()
    folder = Path(directory)
    if not folder.is_dir():
        raise SavedQueryError(f"{folder}: not a folder of saved queries")
    return {path.stem: parse_saved_query(path) for path in sorted(folder.glob("*.rq"))}


def parse_saved_query(path: Path) -> SavedQuery:
    """A saved query read from its file; SavedQueryError names the file and the problem."""
    return parse_saved_query_text(path.stem, path.read_text(encoding="utf-8"), path)


def parse_saved_query_text(name: str, text: str, path: Path | None = None) -> SavedQuery:
    """A saved query from its text; the header is the leading block of `#+` lines, read as YAML.

    >>> q = parse_saved_query_text("demo", '''#+ title: Demo
    ... #+ description: Rows.
    ... #+ tags: [demo]
    ... #+ params:
    ... #+   n: {type: integer, example: "2"}
    ... SELECT ?n WHERE { BIND(1 AS ?x) }''')
    >>> q.title, q.tags, q.params["n"].type, q.bind({"n": "3"})["n"].value
    ('Demo', ('demo',), 'integer', '3')
    """
    where = str(path or name)
    if not _NAME.fullmatch(name):
        raise SavedQueryError(f"{where}: the name {name!r} must be lower-case letters, digits and dashes")
    header_lines = []
    for line in text.splitlines():
        if not line.startswith("#+"):
            break
        header_lines.append(line[2:].removeprefix(" "))
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as err:
        raise SavedQueryError(f"{where}: the #+ header is not valid YAML: {err}") from err
    if not isinstance(header, dict):
        raise SavedQueryError(f"{where}: the #+ header must be a YAML mapping")
    for key in ("title", "description"):
        if not isinstance(header.get(key), str) or not header[key].strip():
            raise SavedQueryError(f"{where}: the header needs a {key}")
    tags = header.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SavedQueryError(f"{where}: tags must be a list of words")
    params = {pname: _param(where, pname, spec) for pname, spec in (header.get("params") or {}).items()}
    return SavedQuery(
        name=name,
        title=header["title"].strip(),
        description=" ".join(header["description"].split()),
        tags=tuple(tags),
        params=params,
        text=text,
        path=path,
    )


def _param(where: str, name: object, spec: object) -> Param:
    """A parameter from its header entry, checked."""
    if not isinstance(name, str) or not _PARAM_NAME.fullmatch(name) or name in RESERVED:
        raise SavedQueryError(f"{where}: {name!r} cannot be a parameter name")
    if not isinstance(spec, dict):
        raise SavedQueryError(f"{where}: parameter {name!r} needs a mapping with at least a type")
    kind = spec.get("type")
    if kind not in PARAM_TYPES:
        raise SavedQueryError(f"{where}: parameter {name!r} has type {kind!r}; use one of {', '.join(PARAM_TYPES)}")
    unknown = set(spec) - {"type", "required", "description", "example", "default", "enum"}
    if unknown:
        raise SavedQueryError(f"{where}: parameter {name!r} has unknown keys {sorted(unknown)}")
    enum = spec.get("enum") or []
    param = Param(
        name=name,
        type=kind,
        required=bool(spec.get("required", False)),
        description=str(spec.get("description", "")),
        example=None if spec.get("example") is None else str(spec["example"]),
        default=None if spec.get("default") is None else str(spec["default"]),
        enum=tuple(str(v) for v in enum),
    )
    for label, value in (("example", param.example), ("default", param.default)):
        if value is not None:
            try:
                param.parse(value)
            except ParamError as err:
                raise SavedQueryError(f"{where}: the {label} of {err}") from err
    return param


def _parse_iri(name: str, value: str, prefixes: Mapping[str, str]) -> str:
    """An absolute IRI from `<iri>`, `iri` or a prefixed name with a known prefix."""
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    curie = _CURIE.fullmatch(value)
    if curie and curie.group(1) in prefixes and not curie.group(2).startswith("//"):
        return prefixes[curie.group(1)] + curie.group(2)
    if not _IRI.fullmatch(value) or ":" not in value:
        raise ParamError(name, f"{value!r} is not an absolute IRI (or a prefixed name such as res:actor/...)")
    return value


def _strip_comments_and_prologue(text: str) -> str:
    """The query text without comment lines and PREFIX/BASE declarations."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    body = "\n".join(lines)
    return re.sub(r"^\s*((PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body, flags=re.IGNORECASE)
