"""The query engine for `--store sparql:URL`: QueryEngine's interface, answered by a remote SPARQL 1.1 server.

Our own checks run first, as for the local store: the text must parse (Oxigraph's parser, so errors read the
same), updates and SERVICE calls not on the allow-list are refused, bound terms go in as a VALUES block. Then one
HTTP request asks the server. The time limit bounds our wait (QueryTimeout) but cannot stop the server's work; the
row cap is applied as the answer is read, and a server's own silent cap (Virtuoso's ResultSetMaxRows, which it
reports in X-SPARQL-MaxRows) marks the result as truncated.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any

import pyoxigraph as ox
import requests

from graph.remote import BUILD_GRAPHS, Endpoint, server_message
from graph.store import StoreMissing
from server.engine import (
    QueryEngine,
    QueryFailed,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    Term,
)
from server.querytext import tokens
from server.syntaxmessage import syntax_message

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_MAX_BYTES = 512 * 1024 * 1024  # of one answer; far above what max_rows lets through, a guard against runaways


class RemoteQueryEngine(QueryEngine):
    """Queries sent to a SPARQL 1.1 endpoint over HTTP; no worker processes, so there is nothing to kill."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        timeout: float = 30.0,
        max_rows: int = 10_000,
        service_allowlist: Sequence[str] = (),
        graphs: Sequence[str] = BUILD_GRAPHS,
    ) -> None:
        # QueryEngine.__init__ starts local workers over a store; only its checks (_request) are shared.
        self.endpoint = endpoint
        self.timeout = float(timeout)
        self.max_rows = int(max_rows)
        self.service_allowlist = tuple(service_allowlist)
        self.graphs = tuple(graphs)
        self._closed = False
        self._parser = ox.Store()  # empty: only parses the text, so syntax errors read as with the local store
        try:
            self._session = endpoint.session()
            self.execute("ASK { }", timeout=min(self.timeout, 30.0))
        except Exception as err:
            raise StoreMissing(f"{endpoint.query_url}: the SPARQL server is not usable ({err})") from None

    def execute(
        self,
        query: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        bindings: Mapping[str, Term] | None = None,
        timeout: float | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a read-only query on the server; the same errors as QueryEngine.execute."""
        if self._closed:
            raise QueryFailed("the query engine is closed")
        limit = self.timeout if timeout is None else min(self.timeout, float(timeout))
        started = time.monotonic()
        request = self._request(query, default_graphs, named_graphs, bindings)
        request["has_service"] = "SERVICE" in query.upper()
        text = query
        if request["bindings"]:
            if request["with_values"] is None:
                raise QueryFailed("this query's parameters cannot be bound on a remote store (no WHERE group)")
            text = request["with_values"]
        if base_iri:
            text = f"BASE <{base_iri}>\n{text}"  # a BASE the query gives itself comes later and wins
        try:
            if not request["has_service"]:  # Oxigraph would make an allow-listed SERVICE call itself
                self._parser.query(text)
        except SyntaxError as err:
            raise QuerySyntaxError(syntax_message(str(err), text)) from None
        params = [("query", text), *self._dataset(request)]
        form = _form(text)
        accept = _NTRIPLES if form in ("CONSTRUCT", "DESCRIBE") else _JSON
        body, content_type, server_cut = self._post(params, accept, limit, started)
        elapsed = time.monotonic() - started
        if content_type.startswith(_JSON) or content_type.startswith("application/json"):
            return self._solutions(body, form, request["star_order"], server_cut, elapsed)
        if content_type.startswith((_NTRIPLES, "text/plain", "text/turtle")):
            fmt = ox.RdfFormat.TURTLE if content_type.startswith("text/turtle") else ox.RdfFormat.N_TRIPLES
            triples: list[ox.Triple] = []
            for quad in ox.parse(body, format=fmt):
                if len(triples) == self.max_rows:
                    return QueryResult("graph", triples=tuple(triples), truncated=True, elapsed=elapsed)
                triples.append(quad.triple)
            return QueryResult("graph", triples=tuple(triples), truncated=server_cut, elapsed=elapsed)
        raise QueryFailed(f"the SPARQL server answered in {content_type or 'no media type'}, which is not asked for")

    def close(self) -> None:
        """Close the HTTP session; the engine answers no more queries."""
        self._closed = True
        session = getattr(self, "_session", None)
        if session is not None:
            session.close()

    def _dataset(self, request: dict[str, Any]) -> list[tuple[str, str]]:
        """The protocol's dataset parameters: the request's, else (no FROM either) the build's graphs.

        Without them Virtuoso's default graph is every graph it holds, its own system graphs included; naming
        the build's graphs as both default and named graphs gives the union default graph the local store has.
        """
        if request["default_graphs"] is not None or request["named_graphs"] is not None:
            return [("default-graph-uri", g) for g in request["default_graphs"] or ()] + [
                ("named-graph-uri", g) for g in request["named_graphs"] or ()
            ]
        if request["has_dataset"]:
            return []
        return [("default-graph-uri", g) for g in self.graphs] + [("named-graph-uri", g) for g in self.graphs]

    def _post(
        self, params: list[tuple[str, str]], accept: str, limit: float, started: float
    ) -> tuple[bytes, str, bool]:
        """The answer's body, media type, and whether the server says it cut the result itself."""
        remaining = max(0.1, limit - (time.monotonic() - started))
        url = self.endpoint.query_url
        try:
            with self._session.post(
                url, data=params, headers={"Accept": accept}, timeout=remaining, stream=True
            ) as response:
                if response.status_code == 400:
                    raise QueryFailed(f"the SPARQL server refused the query: {server_message(response)}")
                if response.status_code != 200:
                    raise QueryFailed(f"the SPARQL server at {url} failed: {server_message(response)}")
                chunks, size = [], 0
                for chunk in response.iter_content(1 << 16):
                    size += len(chunk)
                    if time.monotonic() - started > limit:
                        raise QueryTimeout(f"the query ran over the time limit of {limit:g} s and was abandoned")
                    if size > _MAX_BYTES:
                        raise QueryFailed(f"the SPARQL server's answer is over {_MAX_BYTES >> 20} MB")
                    chunks.append(chunk)
                content_type = response.headers.get("Content-Type", "").lower()
                server_cut = "X-SPARQL-MaxRows" in response.headers
        except requests.Timeout:
            raise QueryTimeout(f"the query ran over the time limit of {limit:g} s and was abandoned") from None
        except requests.RequestException as err:
            raise QueryFailed(f"the SPARQL server at {url} did not answer ({type(err).__name__})") from None
        return b"".join(chunks), content_type, server_cut

    def _solutions(
        self, body: bytes, form: str, order: tuple[str, ...] | None, server_cut: bool, elapsed: float
    ) -> QueryResult:
        """A SELECT or ASK answer in SPARQL JSON as a QueryResult."""
        try:
            data = json.loads(body)
            if "boolean" in data:
                return QueryResult("ask", boolean=bool(data["boolean"]), elapsed=elapsed)
            variables = [str(v) for v in data["head"]["vars"]]
            rows: list[tuple[Term | None, ...]] = []
            truncated = server_cut
            for binding in data["results"]["bindings"]:
                if len(rows) == self.max_rows:
                    truncated = True
                    break
                rows.append(tuple(_term(binding[v]) if v in binding else None for v in variables))
        except (ValueError, KeyError, TypeError) as err:
            raise QueryFailed(f"the SPARQL server's answer is not SPARQL JSON results ({err})") from None
        if form == "ASK":
            # Virtuoso answers ASK as a one-row SELECT of ?__ASK_RETVAL (1 or 0) in every results format.
            value = rows[0][0] if rows and rows[0] else None
            return QueryResult("ask", boolean=isinstance(value, ox.Literal) and value.value == "1", elapsed=elapsed)
        if order:
            rank = {name: i for i, name in enumerate(order)}
            perm = sorted(range(len(variables)), key=lambda i: (rank.get(variables[i], len(rank)), i))
            variables = [variables[i] for i in perm]
            rows = [tuple(row[i] for i in perm) for row in rows]
        return QueryResult("select", tuple(variables), tuple(rows), truncated=truncated, elapsed=elapsed)


def _term(value: Mapping[str, str]) -> Term:
    """A term of SPARQL JSON results (the 2013 spec's, and the older "typed-literal" Virtuoso still writes).

    Virtuoso names blank nodes `nodeID://b123`, not a valid label; the label is kept as far as it is valid.

    >>> _term({"type": "bnode", "value": "nodeID://b10006"})
    <BlankNode value=b10006>
    >>> _term({"type": "typed-literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}).value
    '3'
    """
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return ox.NamedNode(text)
    if kind == "bnode":
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "", text.removeprefix("nodeID://")) or None)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(text, language=value["xml:lang"])
        if "datatype" in value:
            return ox.Literal(text, datatype=ox.NamedNode(value["datatype"]))
        return ox.Literal(text)
    raise ValueError(f"unknown term type {kind!r}")


def _form(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) after the prologue.

    >>> _form("BASE <x> PREFIX e: <http://e/> CONSTRUCT WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    """
    toks = tokens(text)
    i = 0
    while i < len(toks) and toks[i][1].upper() in ("PREFIX", "BASE"):
        i += 3 if toks[i][1].upper() == "PREFIX" else 2
    return toks[i][1].upper() if i < len(toks) else ""


def from_config(config: Mapping[str, Any]) -> RemoteQueryEngine:
    """The engine for an app whose STORE is sparql:URL (credentials in STORE_USER / STORE_PASSWORD)."""
    url = str(config["STORE"]).removeprefix("sparql:")
    endpoint = Endpoint(url, url, config.get("STORE_USER"), config.get("STORE_PASSWORD"))
    return RemoteQueryEngine(
        endpoint,
        timeout=config["QUERY_TIMEOUT"],
        max_rows=config["MAX_ROWS"],
        service_allowlist=config["SERVICE_ALLOWLIST"],
    )
