"""A minimal SPARQL 1.1 Protocol endpoint over rdflib's in-memory store, so `make bench` times rdflib over HTTP too.

`python -m bench.rdflib_server --nq kg.nq --port N [--cap SECONDS]`: reads the N-Quads dump into a `Dataset` whose
default graph is the union of its graphs (as both servers query it: some saved queries name graphs), then answers
`POST /query` (form-encoded `query`) and `GET /query?query=...` with SPARQL JSON results, or N-Triples for a graph.
One request at a time in the main thread: rdflib evaluates in pure Python, so a second thread would only share the
GIL. A query over `--cap` seconds is stopped by SIGALRM (raised between two bytecodes) and answered 503, so the
server stays up without re-reading the dump.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
import urllib.parse
import warnings
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import FrameType

from rdflib import Dataset

_DATASET: Dataset | None = None
_CAP = 20.0


class QueryCapped(BaseException):
    """The query ran past the cap and was stopped (a BaseException, so no `except Exception` in rdflib eats it)."""


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise QueryCapped


class Handler(BaseHTTPRequestHandler):
    """GET or POST /query: run the query, answer JSON results or N-Triples."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        """The query from the URL."""
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            self._send(200, "text/plain", b"rdflib endpoint: POST /query\n")
            return
        self._answer(urllib.parse.parse_qs(url.query).get("query", [""])[0])

    def do_POST(self) -> None:
        """The query from a form-encoded body."""
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        self._answer(urllib.parse.parse_qs(body).get("query", [""])[0])

    def _answer(self, query: str) -> None:
        assert _DATASET is not None
        signal.setitimer(signal.ITIMER_REAL, _CAP)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's query code uses its own old names
                result = _DATASET.query(query)
                if result.type in ("CONSTRUCT", "DESCRIBE"):
                    body, media = result.serialize(format="nt") or b"", "application/n-triples"
                else:
                    body, media = result.serialize(format="json") or b"", "application/sparql-results+json"
        except QueryCapped:
            self._send(503, "text/plain", f"stopped after {_CAP:g} s\n".encode())
            return
        except Exception as err:  # rdflib's failures go back to the client, which reports them
            signal.setitimer(signal.ITIMER_REAL, 0)
            self._send(400, "text/plain", f"{type(err).__name__}: {err}"[:300].encode())
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        self._send(200, media, body if isinstance(body, bytes) else body.encode())

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the bench prints its own progress."""


def main() -> int:
    """Read the dump, then serve until killed."""
    global _DATASET, _CAP
    parser = argparse.ArgumentParser(prog="python -m bench.rdflib_server", description=__doc__)
    parser.add_argument("--nq", required=True, help="the N-Quads dump (kg.nq) to load")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cap", type=float, default=20.0, help="seconds a query may run before it is stopped")
    args = parser.parse_args()
    _CAP = args.cap
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(args.nq, format="nquads")
    _DATASET = dataset
    print(f"rdflib: parsed {args.nq} in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    signal.signal(signal.SIGALRM, _stop)
    HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
