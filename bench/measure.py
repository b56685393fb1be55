"""Timing helpers: builds with their stage times and memory, HTTP query latency and throughput."""

from __future__ import annotations

import json
import os
import re
import socket
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_STAGE = re.compile(r"\[\s*([\d.]+) s\] (.*)")
Request = Callable[[], bytes]


@dataclass
class BuildRun:
    """What one `kg build` took."""

    label: str
    articles: int
    seconds: float
    stages: list[tuple[float, str]]
    counts: dict[str, int]
    peak_tree_mb: float  # all processes of the build together, sampled
    peak_process_mb: float  # the largest single process, sampled
    extraction: dict[str, int] = field(default_factory=dict)  # articles extracted and read from the cache


def _tree_rss_mb(root: int) -> tuple[float, float]:
    """Resident memory of a process and all its descendants (sum, largest), read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, float] = {}
    page_mb = os.sysconf("SC_PAGE_SIZE") / 1e6
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            pages = int(Path(f"/proc/{entry}/statm").read_text().split()[1])
        except OSError:
            continue  # the process ended while we looked
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * page_mb
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(rss.get(pid, 0.0))
        todo.extend(children.get(pid, []))
    return sum(seen), max(seen, default=0.0)


def run_build(kg: str, label: str, corpora: Sequence[Path], out: Path, log: Callable[[str], None]) -> BuildRun:
    """Run `kg build` on the corpora into out, sampling memory twice a second; raise if the build fails."""
    command = [kg, "build", "--out", str(out), "--date", "2026-01-01"]
    for corpus in corpora:
        command += ["--corpus", str(corpus)]
    started = time.monotonic()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    stages: list[tuple[float, str]] = []
    lines: list[str] = []
    assert proc.stderr is not None
    with MemorySampler(proc.pid) as memory:
        for line in proc.stderr:
            lines.append(line.rstrip())
            match = _STAGE.search(line)
            if match:
                stages.append((float(match.group(1)), match.group(2).strip()))
                log(f"  {label}: {line.strip()}")
        proc.wait()
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"kg build {label} failed (exit {proc.returncode}):\n" + "\n".join(lines[-20:]))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    counts = manifest["counts"]
    return BuildRun(
        label, counts["articles"], seconds, stages, counts, memory.peak_tree_mb, memory.peak_process_mb,
        manifest.get("extraction", {}),
    )  # fmt: skip


class MemorySampler:
    """Samples the resident memory of a process and its descendants twice a second while in the `with` block."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_tree_mb = 0.0
        self.peak_process_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._done.wait(0.5):
            total, largest = _tree_rss_mb(self.pid)
            self.peak_tree_mb = max(self.peak_tree_mb, total)
            self.peak_process_mb = max(self.peak_process_mb, largest)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def available_mb() -> float:
    """The memory the kernel says is available for new work (MemAvailable), in MB."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1000
    return float("inf")


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, proc: subprocess.Popen[bytes], seconds: float = 120.0) -> None:
    """Wait until the URL answers; raise if the server process ended or the time ran out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=5) as reply:
                reply.read()
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds:g} s")


def get(url: str, accept: str | None = None) -> Request:
    """A request function for a GET."""
    headers = {"Accept": accept} if accept else {}

    def send() -> bytes:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=120) as reply:
            return bytes(reply.read())

    return send


def post_query(endpoint: str, query: str, accept: str) -> Request:
    """A request function for a SPARQL protocol POST (form-encoded)."""
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}

    def send() -> bytes:
        request = urllib.request.Request(endpoint, data=body, headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=120) as reply:
            return bytes(reply.read())

    return send


@dataclass
class Latency:
    """Per-query latency in milliseconds."""

    p50: float
    p95: float
    rows: int | None = None
    error: str | None = None
    runs: int = 0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.0
    """
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def result_rows(body: bytes) -> int | None:
    """Rows of a SPARQL JSON result, or lines of N-Triples."""
    try:
        return len(json.loads(body)["results"]["bindings"])
    except (ValueError, KeyError, TypeError):
        return sum(1 for line in body.splitlines() if line.strip())


def latency(send: Request, repetitions: int, budget: float = float("inf")) -> Latency:
    """p50 and p95 of `repetitions` sequential requests after one warm-up, or of those sent within `budget` seconds
    (at least three); an error is reported, not raised."""
    try:
        rows = result_rows(send())
        times: list[float] = []
        deadline = time.monotonic() + budget
        while len(times) < repetitions and (len(times) < 3 or time.monotonic() < deadline):
            start = time.perf_counter()
            send()
            times.append((time.perf_counter() - start) * 1000)
    except (urllib.error.URLError, OSError) as err:
        return Latency(float("nan"), float("nan"), None, str(err)[:120])
    return Latency(statistics.median(times), percentile(times, 95), rows, runs=len(times))


@dataclass
class Throughput:
    """Requests answered by concurrent clients in a bounded time."""

    clients: int
    seconds: float
    ok: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        """Successful requests per second."""
        return self.ok / self.seconds


def throughput(requests: Sequence[Request], clients: int, seconds: float) -> Throughput:
    """Each client sends the requests round-robin (starting at its own offset) until the time is up."""
    result = Throughput(clients, seconds)
    lock = threading.Lock()
    started = time.monotonic()
    deadline = started + seconds

    def client(offset: int) -> None:
        i = offset
        while time.monotonic() < deadline:
            try:
                requests[i % len(requests)]()
                with lock:
                    result.ok += 1
            except (urllib.error.URLError, OSError) as err:
                with lock:
                    result.errors += 1
                    if len(result.error_samples) < 3:
                        result.error_samples.append(str(err)[:120])
            i += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started  # requests under way at the deadline are waited for and counted
    return result
