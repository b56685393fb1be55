"""The saved queries over HTTP against rdflib's in-memory store (`bench.rdflib_server`), timed as the servers are."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.error
from dataclasses import dataclass
from pathlib import Path

from bench import measure


@dataclass
class Slow:
    """rdflib's time for one query: the median of the runs that finished within the cap, or why there is none."""

    median_ms: float | None
    runs: int
    rows: int | None = None
    error: str | None = None


def start(nq: Path, cap_seconds: float) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start the rdflib endpoint over the dump; its process, its /query URL and the seconds it took to be ready."""
    port = measure.free_port()
    command = [sys.executable, "-m", "bench.rdflib_server", "--nq", str(nq), "--port", str(port),
               "--cap", str(cap_seconds)]  # fmt: skip
    started = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        measure.wait_http(f"http://127.0.0.1:{port}/", proc, seconds=900)  # parsing kg.nq takes a while
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    return proc, f"http://127.0.0.1:{port}/query", time.monotonic() - started


def time_query(send: measure.Request, repetitions: int, cap_seconds: float) -> Slow:
    """Up to `repetitions` sequential requests, no warm-up (rdflib caches nothing between queries), stopping once
    `cap_seconds` have gone by; the server stops a single query at the cap and answers 503."""
    times: list[float] = []
    rows: int | None = None
    deadline = time.monotonic() + cap_seconds
    while len(times) < repetitions and time.monotonic() < deadline:
        start = time.perf_counter()
        try:
            body = send()
        except urllib.error.HTTPError as err:
            if err.code == 503:
                break  # over the cap
            return Slow(None, len(times), rows, err.read().decode("utf-8", "replace")[:100])
        except (urllib.error.URLError, OSError) as err:
            return Slow(None, len(times), rows, str(err)[:100])
        elapsed = time.perf_counter() - start
        if elapsed > cap_seconds:
            break
        times.append(elapsed * 1000)
        rows = measure.result_rows(body)
    return Slow(statistics.median(times) if times else None, len(times), rows)
