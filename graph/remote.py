"""A build in someone else's SPARQL 1.1 server: `--store sparql:URL`, the HTTP session, and `kg load`.

A load sends the quads of BUILD/kg.nq as SPARQL 1.1 Update `INSERT DATA` requests in batches, into staging graphs
named after the real ones; only when every batch is in and the staging graphs hold the build's counts does one
last request `MOVE` them over the graphs being served. A load that fails before that leaves the served graphs as
they were (see docs/decisions/20261122-remote-store.md for what the final request guarantees).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import requests

from graph.namespaces import ARTICLES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

SPARQL_PREFIX = "sparql:"
STORES_HELP = "disk (BUILD/store, the default), memory (BUILD/kg.nq loaded per worker), or sparql:URL"
BUILD_GRAPHS = (ARTICLES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH)
DEFAULT_BATCH = 5_000  # quads per INSERT DATA request; see the decision record for the measurements
TEMPLATE_BATCH = 500  # quads per INSERT { } WHERE { } request (those with blank nodes)
PASSWORD_ENV = "KG_STORE_PASSWORD"
STAGING_MARK = ".staging-"
_MESSAGE_CHARS = 400  # of a server's error message quoted back


class RemoteError(Exception):
    """The SPARQL server refused or failed a request; the message names the step and quotes the server."""


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL 1.1 server: where queries and updates go, and the credentials for them."""

    query_url: str
    update_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def session(self) -> requests.Session:
        """An HTTP session carrying the credentials in the scheme the server asks for (digest or basic)."""
        session = requests.Session()
        session.headers["User-Agent"] = "conflict-kg"
        if self.user is not None:
            session.auth = _auth_for(self.update_url, self.user, self.password or "")
        return session


def store_kind(value: str) -> str:
    """'disk', 'memory' or 'sparql' for a --store value; ValueError saying what is accepted otherwise.

    >>> store_kind("sparql:http://localhost:8890/sparql"), store_kind("memory")
    ('sparql', 'memory')
    """
    if value in ("disk", "memory"):
        return value
    if value.startswith(SPARQL_PREFIX):
        url = value[len(SPARQL_PREFIX) :]
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"--store {value}: give the endpoint as sparql:http://HOST:PORT/PATH")
        return "sparql"
    raise ValueError(f"--store {value!r}: use {STORES_HELP}")


def add_store_arguments(parser: argparse.ArgumentParser, *, text: str, default: str | None, updates: bool) -> None:
    """The --store option (its help `text`), a remote store's credentials, and for a load its update options."""
    parser.add_argument("--store", default=default, metavar="STORE", help=text)
    parser.add_argument(
        "--store-user", metavar="USER", help=f"user for a sparql: store; the password is read from ${PASSWORD_ENV}"
    )
    if updates:
        parser.add_argument(
            "--update-url", metavar="URL", help="SPARQL Update endpoint of a sparql: store (default: the query URL)"
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=DEFAULT_BATCH,
            metavar="N",
            help="quads per INSERT DATA request when loading a sparql: store (default: %(default)s)",
        )


def endpoint_from(store: str, update_url: str | None = None, user: str | None = None) -> Endpoint:
    """The endpoint a `sparql:URL` store names, with the password from the environment when a user is given."""
    if store_kind(store) != "sparql":
        raise ValueError(f"--store {store}: not a sparql:URL store")
    url = store[len(SPARQL_PREFIX) :]
    password = os.environ.get(PASSWORD_ENV) if user else None
    if user and password is None:
        raise ValueError(f"--store-user {user}: set the password in the environment variable {PASSWORD_ENV}")
    return Endpoint(url, update_url or url, user, password)


def _auth_for(url: str, user: str, password: str) -> requests.auth.AuthBase:
    """Digest or basic auth, whichever the server's challenge names (Virtuoso's /sparql-auth wants digest)."""
    try:
        challenge = requests.get(url, params={"query": "ASK {}"}, timeout=30).headers.get("WWW-Authenticate", "")
    except requests.RequestException as err:
        raise RemoteError(f"{url}: the SPARQL server did not answer ({_reason(err)})") from None
    if challenge.lower().startswith("digest"):
        return requests.auth.HTTPDigestAuth(user, password)
    return requests.auth.HTTPBasicAuth(user, password)


def server_message(response: requests.Response) -> str:
    """What the server said went wrong, on one line, without the query text some servers echo back."""
    text = response.text
    for marker in ("\nSPARQL query:", "\nSPARQL update:"):
        text = text.split(marker, 1)[0]
    text = " ".join(text.split()) or response.reason or ""
    return f"HTTP {response.status_code}: " + (
        text if len(text) <= _MESSAGE_CHARS else text[: _MESSAGE_CHARS - 1] + "…"
    )


def _reason(err: requests.RequestException) -> str:
    """A connection error in a few words rather than urllib3's nested repr."""
    if isinstance(err, requests.ConnectionError):
        return "connection refused or reset"
    if isinstance(err, requests.Timeout):
        return "timed out"
    return type(err).__name__


# --- loading -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadReport:
    """What a load put where: quads per graph, batches sent, seconds taken."""

    endpoint: str
    counts: dict[str, int]
    batches: int
    seconds: float

    def summary(self) -> str:
        """One line for the terminal."""
        shown = ", ".join(f"{g.rsplit('/', 1)[-1]} {n}" for g, n in sorted(self.counts.items()))
        total = sum(self.counts.values())
        return f"loaded {total} quads into {self.endpoint} in {self.batches} batches, {self.seconds:.1f} s: {shown}"


def load_build(
    build_dir: Path,
    endpoint: Endpoint,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[str], None] | None = None,
    on_batch: Callable[[int, int], None] | None = None,
    timeout: float = 300.0,
) -> LoadReport:
    """Replace the build's named graphs on the server with those of BUILD/kg.nq; RemoteError on any failure.

    `on_batch(done, total)` is called after each batch the server accepted.
    """
    started = time.monotonic()
    if batch_size < 1:
        raise ValueError(f"--batch-size {batch_size}: give a positive number of quads")
    source = Path(build_dir) / "kg.nq"
    if not source.is_file():
        raise FileNotFoundError(f"{build_dir}: no kg.nq here (run `kg build --out {build_dir}` first)")
    quads = list(ox.parse(path=str(source), format=ox.RdfFormat.N_QUADS))
    graphs = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)} | set(BUILD_GRAPHS))
    if any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        raise RemoteError(f"{source}: holds default-graph quads; a build puts every quad in a named graph")
    token = secrets.token_hex(4)
    staging = {g: f"{g}{STAGING_MARK}{token}" for g in graphs}
    counts = {g: 0 for g in graphs}
    for quad in quads:
        counts[quad.graph_name.value] += 1
    say = progress or (lambda _message: None)
    with endpoint.session() as session:
        _drop_stale_staging(session, endpoint, graphs, timeout)
        chunks = list(batches(quads, batch_size))
        try:
            for i, chunk in enumerate(chunks, 1):
                _update(session, endpoint, insert_data(chunk, staging), f"batch {i}/{len(chunks)}", timeout)
                say(f"batch {i}/{len(chunks)}: {len(chunk)} quads")
                if on_batch:
                    on_batch(i, len(chunks))
            _check_counts(session, endpoint, staging, counts, timeout)
            _update(session, endpoint, switch_update(staging, counts), "switching the staging graphs in", timeout)
        except BaseException:
            _drop_quietly(session, endpoint, list(staging.values()), timeout)
            raise
    return LoadReport(endpoint.query_url, counts, len(chunks), time.monotonic() - started)


def batches(quads: Sequence[ox.Quad], size: int) -> Iterator[list[ox.Quad]]:
    """The quads in batches of `size`; those with blank nodes after the rest, each node's quads in one batch.

    A request scopes blank node labels, so a node split over two requests would become two nodes. Batches with
    blank nodes are at most TEMPLATE_BATCH quads (unless one node's quads are more): they go as an INSERT
    template, which Virtuoso compiles into far more SQL per triple than INSERT DATA.

    >>> q = lambda s, o: ox.Quad(s, ox.NamedNode("http://e/p"), o, ox.NamedNode("http://e/g"))
    >>> a, b, x = ox.BlankNode("a"), ox.BlankNode("b"), ox.NamedNode("http://e/x")
    >>> [len(batch) for batch in batches([q(x, a), q(x, x), q(a, b), q(x, x), q(b, ox.Literal("1"))], 1)]
    [1, 1, 3]
    """
    parent: dict[str, str] = {}

    def find(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    for quad in quads:
        labels = [t.value for t in (quad.subject, quad.object) if isinstance(t, ox.BlankNode)]
        for other in labels[1:]:
            parent[find(other)] = find(labels[0])
    groups: dict[str, list[ox.Quad]] = {}
    batch: list[ox.Quad] = []
    for quad in quads:
        node = next((t for t in (quad.subject, quad.object) if isinstance(t, ox.BlankNode)), None)
        if node is not None:
            groups.setdefault(find(node.value), []).append(quad)
            continue
        batch.append(quad)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
    batch, cap = [], min(size, TEMPLATE_BATCH)
    for group in groups.values():
        if batch and len(batch) + len(group) > cap:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def insert_data(quads: Sequence[ox.Quad], staging: dict[str, str]) -> str:
    """One INSERT DATA request for the quads, each put in its graph's staging name; terms in N-Triples form.

    >>> g = "http://e/g"
    >>> insert_data([ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal('a "b"'),
    ...              ox.NamedNode(g))], {g: g + ".staging-1"})
    'INSERT DATA {\\nGRAPH <http://e/g.staging-1> {\\n<http://e/s> <http://e/p> "a \\\\"b\\\\"" .\\n}\\n}'
    """
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name.value, []).append(  # type: ignore[union-attr]
            f"{quad.subject} {quad.predicate} {quad.object} ."
        )
    parts = [f"GRAPH <{staging[g]}> {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()]
    if any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
        # Virtuoso refuses blank nodes in INSERT DATA ("not allowed in a constant clause"); a template over the
        # one empty solution means the same: each label one fresh node for the whole request.
        return "INSERT {\n" + "\n".join(parts) + "\n} WHERE {}"
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def switch_update(staging: dict[str, str], counts: dict[str, int]) -> str:
    """The one request that puts the staging graphs in place of the served ones (an empty graph is dropped).

    >>> staging = {"http://e/a": "http://e/a.s", "http://e/b": "http://e/b.s"}
    >>> print(switch_update(staging, {"http://e/a": 2, "http://e/b": 0}))
    MOVE GRAPH <http://e/a.s> TO GRAPH <http://e/a> ;
    DROP SILENT GRAPH <http://e/b>
    """
    steps = [
        f"MOVE GRAPH <{staging[g]}> TO GRAPH <{g}>" if counts[g] else f"DROP SILENT GRAPH <{g}>"
        for g in sorted(staging)
    ]
    return " ;\n".join(steps)


def graph_counts(
    session: requests.Session, endpoint: Endpoint, graphs: Iterable[str], timeout: float
) -> dict[str, int]:
    """Triples per named graph on the server (graphs it does not hold count 0)."""
    names = list(graphs)
    values = " ".join(f"<{g}>" for g in names)
    query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    counts = dict.fromkeys(names, 0)
    for row in select(session, endpoint, query, "counting the graphs", timeout):
        if isinstance(row[0], ox.NamedNode) and isinstance(row[1], ox.Literal):
            counts[row[0].value] = int(row[1].value)
    return counts


def select(
    session: requests.Session, endpoint: Endpoint, query: str, step: str, timeout: float
) -> list[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, ...]]:
    """The rows of a SELECT on the query endpoint; RemoteError naming the step when it fails."""
    try:
        response = session.post(
            endpoint.query_url,
            data={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=timeout,
        )
    except requests.RequestException as err:
        raise RemoteError(f"{step}: {endpoint.query_url} did not answer ({_reason(err)})") from None
    if response.status_code != 200:
        raise RemoteError(f"{step}: {endpoint.query_url} refused the query: {server_message(response)}")
    solutions = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
    try:
        if not isinstance(solutions, ox.QuerySolutions):
            raise RemoteError(f"{step}: {endpoint.query_url} answered a SELECT with a boolean")
        return list(map(tuple, solutions))
    finally:
        # Unsendable: no frame a kept traceback holds may keep it for the cyclic collector of another thread to
        # free (map, not a comprehension, whose own frame would hold it).
        del solutions


def _update(session: requests.Session, endpoint: Endpoint, update: str, step: str, timeout: float) -> None:
    """Send one SPARQL Update request; RemoteError naming the step and quoting the server when it is refused."""
    try:
        response = session.post(endpoint.update_url, data={"update": update}, timeout=timeout)
    except requests.RequestException as err:
        raise RemoteError(f"{step}: {endpoint.update_url} did not answer ({_reason(err)})") from None
    if not 200 <= response.status_code < 300:
        raise RemoteError(f"{step}: {endpoint.update_url} refused the update: {server_message(response)}")


def _check_counts(
    session: requests.Session, endpoint: Endpoint, staging: dict[str, str], counts: dict[str, int], timeout: float
) -> None:
    """Every staging graph holds exactly the build's quads of its graph, or RemoteError before anything is switched."""
    found = graph_counts(session, endpoint, staging.values(), timeout)
    for graph, name in staging.items():
        if found[name] != counts[graph]:
            raise RemoteError(
                f"checking the staging graphs: <{name}> holds {found[name]} triples, the build has {counts[graph]} "
                f"in <{graph}>; nothing was switched"
            )


def _drop_stale_staging(session: requests.Session, endpoint: Endpoint, graphs: Sequence[str], timeout: float) -> None:
    """Drop the staging graphs an interrupted earlier load left behind (one load at a time per server)."""
    rows = select(session, endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "listing graphs", timeout)
    stale = [
        row[0].value
        for row in rows
        if isinstance(row[0], ox.NamedNode) and any(row[0].value.startswith(g + STAGING_MARK) for g in graphs)
    ]
    if stale:
        _update(
            session,
            endpoint,
            " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale),
            "dropping stale staging graphs",
            timeout,
        )


def _drop_quietly(session: requests.Session, endpoint: Endpoint, graphs: list[str], timeout: float) -> None:
    """Best effort after a failure: drop our staging graphs; the first error stays the one reported."""
    with contextlib.suppress(RemoteError):
        _update(session, endpoint, " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs), "cleaning up", timeout)
