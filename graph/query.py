"""`kg query`: run a query file, a saved query or SPARQL text on a build, through the same engine as the server."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pyoxigraph as ox

from graph.namespaces import prefixes_for
from graph.store import StoreMissing
from server import conneg
from server.engine import QueryEngine, QueryError, QueryResult, Term
from server.savedqueries import ParamError, SavedQueryError, load_saved_queries, parse_saved_query_text

# Query and update forms alike: an update is sent on so that the engine refuses it with its reason.
_SPARQL_START = re.compile(
    r"^\s*(#|(PREFIX|BASE|SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b)",
    re.IGNORECASE,
)
CLI_FORMATS = {"ttl": "turtle", "nt": "ntriples"}
# The choices of `kg query --format` (graph/cli_parser.py).
CLI_CHOICES = ("table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld", "rdfxml")


def run_cli_query(args: argparse.Namespace, usage_error: type[Exception]) -> int:
    """Run the query the arguments name and print its result; returns the exit code."""
    text, bindings = _resolve(args.query, args.param, usage_error)
    try:
        engine = QueryEngine(Path(args.build_dir) / "store", timeout=args.timeout, workers=1)
    except StoreMissing as err:
        raise usage_error(str(err)) from None
    try:
        result = engine.execute(text, bindings=bindings)
    except QueryError as err:
        raise usage_error(str(err)) from None
    finally:
        engine.close()
    out = sys.stdout
    if args.format == "table":
        out.write(format_table(result, prefixes_for(_base(args))))
    else:
        fmt = conneg.lookup(result.kind, CLI_FORMATS.get(args.format, args.format))
        if fmt is None:
            raise usage_error(
                f"--format {args.format} does not fit a {result.kind} result; use one of: "
                f"{', '.join(fitting_formats(result.kind))}"
            )
        out.flush()
        sys.stdout.buffer.write(conneg.render(result, fmt, prefixes_for(_base(args))))
        sys.stdout.buffer.flush()
    if result.truncated:
        print(f"kg query: the result was cut at {len(result.rows)} rows", file=sys.stderr)
    return 1 if args.require_rows and result.size == 0 else 0


def _base(args: argparse.Namespace) -> str:
    """The resource base of the build (from its manifest when present)."""
    import json

    manifest = Path(args.build_dir) / "manifest.json"
    return str(json.loads(manifest.read_text(encoding="utf-8")).get("base")) if manifest.is_file() else ""


def _resolve(query: str, params: list[str], usage_error: type[Exception]) -> tuple[str, dict[str, Term] | None]:
    """The SPARQL text and bindings for a file, a saved query's name, or SPARQL text."""
    values: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise usage_error(f"--param {item!r}: write it as NAME=VALUE")
        values[name] = value
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and path.is_file()):
        if not path.is_file():
            raise usage_error(f"{query}: no such query file")
        text = path.read_text(encoding="utf-8")
        return (text, _bind_file(query, text, values, usage_error)) if values else (text, None)
    if _SPARQL_START.match(query):
        if values:
            raise usage_error("--param applies to saved queries and query files with a `#+ params:` header only")
        return query, None
    try:
        saved = load_saved_queries()
    except SavedQueryError as err:
        raise usage_error(str(err)) from None
    if query not in saved:
        raise usage_error(
            f"{query!r} is neither a query file, a saved query nor SPARQL text; "
            f"saved queries: {', '.join(sorted(saved))}"
        )
    try:
        bindings: dict[str, Term] = dict(saved[query].bind(values))
        return saved[query].text, bindings
    except ParamError as err:
        raise usage_error(str(err)) from None


def _bind_file(where: str, text: str, values: dict[str, str], usage_error: type[Exception]) -> dict[str, Term]:
    """The bindings of a query file's parameters, declared in its `#+` header as a saved query's are."""
    try:
        # The file's own name need not follow the saved queries' naming rule: its slug stands in.
        name = re.sub(r"[^a-z0-9]+", "-", Path(where).stem.lower()).strip("-") or "query-file"
        return dict(parse_saved_query_text(name, text, Path(where)).bind(values))
    except SavedQueryError as err:
        raise usage_error(
            f"{err} (--param needs the file's `#+` header: docs/queries.md, Writing a saved query)"
        ) from None
    except ParamError as err:
        raise usage_error(f"{where}: {err}") from None


def fitting_formats(kind: str) -> list[str]:
    """The --format values that can write a result of this kind.

    >>> fitting_formats("select"), fitting_formats("graph")
    (['table', 'json', 'csv', 'tsv', 'xml'], ['table', 'xml', 'ttl', 'nt', 'jsonld', 'rdfxml'])
    """
    return [f for f in CLI_CHOICES if f == "table" or conneg.lookup(kind, CLI_FORMATS.get(f, f)) is not None]


def format_table(result: QueryResult, prefixes: dict[str, str]) -> str:
    """A result as aligned text for a terminal: IRIs shortened with the usual prefixes."""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "graph":
        return (ox.serialize(list(result.triples), format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b"").decode()
    header = list(result.variables)
    rows = [[_short(term, prefixes) for term in row] for row in result.rows]
    widths = [min(60, max([len(h), *(len(r[i]) for r in rows)])) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(term: Term | None, prefixes: dict[str, str]) -> str:
    """A term as a short string: prefixed name, plain literal value, or the IRI.

    >>> _short(ox.NamedNode("https://w3id.org/conflict-kg/ontology#Claim"), {"kg": "https://w3id.org/conflict-kg/ontology#"})
    'kg:Claim'
    >>> _short(ox.Literal("15"), {})
    '15'
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in sorted(prefixes.items(), key=lambda item: -len(item[1])):
            if ns and term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)
