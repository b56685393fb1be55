"""Content negotiation and rendering, in one place: one table for result sets, one for graphs.

An explicit `format` parameter (short name or media type) wins over the Accept header; q-values are honoured;
a format nobody supports is a `NotAcceptable` that names what is supported. Rendering uses Oxigraph's writers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from server.engine import QueryResult


@dataclass(frozen=True)
class Format:
    """An output format: its short name, its media type, and the Oxigraph writer behind it."""

    name: str
    media_type: str
    writer: ox.QueryResultsFormat | ox.RdfFormat
    extension: str
    w3c_iri: str  # in http://www.w3.org/ns/formats/, for the service description

    @property
    def content_type(self) -> str:
        """The Content-Type header value, with the charset for textual formats."""
        return f"{self.media_type}; charset=utf-8"


_W3C = "http://www.w3.org/ns/formats/"
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON, "srj", _W3C + "SPARQL_Results_JSON"),
    Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML, "srx", _W3C + "SPARQL_Results_XML"),
    Format("csv", "text/csv", ox.QueryResultsFormat.CSV, "csv", _W3C + "SPARQL_Results_CSV"),
    Format("tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV, "tsv", _W3C + "SPARQL_Results_TSV"),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ox.RdfFormat.TURTLE, "ttl", _W3C + "Turtle"),
    Format("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES, "nt", _W3C + "N-Triples"),
    Format("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD, "jsonld", _W3C + "JSON-LD"),
    Format("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML, "rdf", _W3C + "RDF_XML"),
)
# Other names a client may use for a format of each table: media types and short names alike.
_ALIASES: dict[str, dict[str, str]] = {
    "results": {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "srj": "json",
                "srx": "xml", "text/plain": "tsv"},
    "graph": {"ttl": "turtle", "nt": "ntriples", "text/plain": "ntriples", "application/x-turtle": "turtle",
              "json-ld": "jsonld", "application/json": "jsonld", "rdf": "rdfxml", "xml": "rdfxml",
              "application/xml": "rdfxml", "text/xml": "rdfxml", "n-triples": "ntriples"},
}  # fmt: skip


class NotAcceptable(Exception):
    """No format both asked for and supported; the message names the supported ones."""


def table(kind: str) -> tuple[Format, ...]:
    """The formats for a query kind: result sets for select and ask, graphs for graph (construct, describe)."""
    if kind in ("select", "ask", "results"):
        return RESULT_FORMATS
    if kind == "graph":
        return GRAPH_FORMATS
    raise ValueError(f"unknown result kind {kind!r}")


def lookup(kind: str, name: str) -> Format | None:
    """The format of the table that a short name or a media type names, or None.

    >>> lookup("select", "text/csv").name, lookup("graph", "ttl").name, lookup("ask", "text/turtle")
    ('csv', 'turtle', None)
    """
    formats = table(kind)
    key = name.strip().lower()
    key = _ALIASES["graph" if formats is GRAPH_FORMATS else "results"].get(key, key)
    return next((f for f in formats if key in (f.name, f.media_type)), None)


def parse_accept(header: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values, best first, header order kept on ties.

    >>> parse_accept("text/csv;q=0.5, application/sparql-results+json, */*;q=0.1")
    [('application/sparql-results+json', 1.0), ('text/csv', 0.5), ('*/*', 0.1)]
    """
    ranges: list[tuple[str, float]] = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return sorted(ranges, key=lambda r: -r[1])


def negotiate(kind: str, accept_header: str | None, format_param: str | None = None) -> Format:
    """The format to answer in: `format_param` if given, else the best match of the Accept header.

    >>> negotiate("select", "text/html, */*;q=0.8").name
    'json'
    >>> negotiate("graph", "application/rdf+xml;q=0.4, text/plain").name
    'ntriples'
    >>> negotiate("select", None, "tsv").media_type
    'text/tab-separated-values'
    """
    formats = table(kind)
    if format_param:
        found = lookup(kind, format_param)
        if found is None:
            raise NotAcceptable(f"format {format_param!r} is not available for this result; {supported(kind)}")
        return found
    if not accept_header or not accept_header.strip():
        return formats[0]
    refused = {media for media, q in parse_accept(accept_header) if q == 0}
    for media, q in parse_accept(accept_header):
        if q == 0:
            continue
        if media in ("*/*", "*"):
            candidates = list(formats)
        elif media.endswith("/*"):
            candidates = [f for f in formats if f.media_type.startswith(media[:-1])]
        else:
            found = lookup(kind, media)
            candidates = [found] if found else []
        for candidate in candidates:
            if candidate.media_type not in refused:
                return candidate
    raise NotAcceptable(f"none of the types in Accept: {accept_header} is available; {supported(kind)}")


def supported(kind: str) -> str:
    """A sentence naming the formats of a kind, for error messages."""
    listed = ", ".join(f"{f.name} ({f.media_type})" for f in table(kind))
    return f"supported: {listed}"


def render(result: QueryResult, fmt: Format, prefixes: Mapping[str, str] | None = None) -> bytes:
    """The result written in the format (Turtle with the given prefixes)."""
    if result.kind == "graph":
        if not isinstance(fmt.writer, ox.RdfFormat):
            raise NotAcceptable(f"{fmt.name} is a result-set format; a graph needs one of: {supported('graph')}")
        if result.ntriples is not None and fmt.writer == ox.RdfFormat.N_TRIPLES:
            return result.ntriples  # already N-Triples, one triple a line, as the worker wrote them
        use = _used_prefixes(result.triples, prefixes or {}) if fmt.writer == ox.RdfFormat.TURTLE else None
        return ox.serialize(list(result.triples), format=fmt.writer, prefixes=use or None) or b""
    if not isinstance(fmt.writer, ox.QueryResultsFormat):
        raise NotAcceptable(f"{fmt.name} is a graph format; a result set needs one of: {supported('select')}")
    return _solutions(result).serialize(format=fmt.writer) or b""


def _used_prefixes(triples: Sequence[ox.Triple], prefixes: Mapping[str, str]) -> dict[str, str]:
    """The prefixes whose namespace some IRI of the triples starts with, so a Turtle head lists only those."""
    iris = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
    return {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}


def _solutions(result: QueryResult) -> ox.QuerySolutions | ox.QueryBoolean:
    """The result as Oxigraph query results, read back from SPARQL TSV so Oxigraph's writers can write it."""
    if result.kind == "ask":
        doc = b'{"head":{},"boolean":' + (b"true" if result.boolean else b"false") + b"}"
        return ox.parse_query_results(doc, format=ox.QueryResultsFormat.JSON)
    if result.tsv is not None:
        return ox.parse_query_results(result.tsv, format=ox.QueryResultsFormat.TSV)
    lines = ["\t".join("?" + v for v in result.variables)]
    lines.extend("\t".join("" if t is None else str(t) for t in row) for row in result.rows)
    return ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), format=ox.QueryResultsFormat.TSV)
