"""Run the benchmark: builds (x1, synthetic xN), our server vs `oxigraph serve` vs rdflib; print and save a table."""

from __future__ import annotations

import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from bench import measure, rdflib_run, synth
from graph.namespaces import DEFAULT_BASE, prefixes_for
from server.querytext import where_group_start
from server.savedqueries import SavedQuery, load_saved_queries

BIN = Path(sys.executable).parent
MARK = "<!-- make bench: results below are rewritten by each run -->"
JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


def log(message: str) -> None:
    """A progress line on stderr."""
    print(message, file=sys.stderr, flush=True)


def inline_values(query: SavedQuery) -> str:
    """The saved query with its example values in a VALUES block opening its WHERE group (as our server does)."""
    bound = query.bind(query.example_values(), prefixes_for(DEFAULT_BASE))
    if not bound:
        return query.text
    point = where_group_start(query.text)
    if point is None:
        raise ValueError(f"{query.name}: no WHERE group to put the values in")
    names = " ".join(f"?{n}" for n in bound)
    values = " ".join(str(t) for t in bound.values() if isinstance(t, ox.NamedNode | ox.Literal))
    return f"{query.text[:point]} VALUES ({names}) {{ ({values}) }}{query.text[point:]}"


def ours_request(base: str, query: SavedQuery) -> measure.Request:
    """GET /queries/<name> with the example values."""
    params = dict(query.example_values())
    params["format"] = "nt" if query.kind in ("construct", "describe") else "json"
    return measure.get(f"{base}/queries/{query.name}?{measure.urllib.parse.urlencode(params)}")


def oxigraph_request(endpoint: str, query: SavedQuery) -> measure.Request:
    """POST the query with its values inlined to Oxigraph's /query."""
    accept = NTRIPLES if query.kind in ("construct", "describe") else JSON_RESULTS
    return measure.post_query(endpoint, inline_values(query), accept)


def serve(command: list[str], url: str) -> subprocess.Popen[bytes]:
    """Start a server and wait until it answers."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        measure.wait_http(url, proc)
    except BaseException:
        proc.terminate()
        proc.wait(10)
        raise
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server we started."""
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def fmt_ms(value: float | None) -> str:
    """Milliseconds for the table."""
    if value is None or math.isnan(value):
        return "—"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def ratio(a: float | None, b: float | None) -> str:
    """a / b for the table."""
    if a is None or b is None or math.isnan(a) or math.isnan(b) or b == 0:
        return "—"
    return f"{a / b:.2f}"


def main() -> int:
    """Run every step and write the table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scale", type=int, default=10, help="copies of FA-KES in the synthetic corpus (0: skip)")
    parser.add_argument("--repetitions", type=int, default=20, help="timed runs of each saved query")
    parser.add_argument("--seconds", type=float, default=20.0, help="duration of the throughput run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rdflib-repetitions", type=int, default=3)
    parser.add_argument("--rdflib-cap", type=float, default=20.0, help="seconds allowed per query under rdflib")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--doc", type=Path, default=Path("docs/benchmarks.md"), help="file to put the table in")
    args = parser.parse_args()
    kg = str(BIN / "kg")
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    queries = load_saved_queries()
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        log("1. building the default corpora")
        x1 = measure.run_build(kg, "x1", [], tmp / "x1", log)  # no --corpus: the default corpora
        builds = [x1]
        if args.scale > 0:
            corpus, rows = synth.write_corpus(tmp / "synth", args.scale)
            log(f"2. building the synthetic x{args.scale} corpus ({rows} articles)")
            builds.append(measure.run_build(kg, f"x{args.scale}", [corpus], tmp / "xn", log))
            shutil.rmtree(tmp / "xn")
        log("3. our server")
        port = measure.free_port()
        base = f"http://127.0.0.1:{port}"
        ours_proc = serve([kg, "serve", "--build-dir", str(tmp / "x1"), "--port", str(port)], f"{base}/queries")
        try:
            ours_requests = {n: ours_request(base, q) for n, q in queries.items()}
            ours = {n: measure.latency(r, args.repetitions) for n, r in ours_requests.items()}
            log(f"   {args.clients} clients for {args.seconds:g} s")
            ours_tp = measure.throughput(list(ours_requests.values()), args.clients, args.seconds)
        finally:
            stop(ours_proc)
        theirs: dict[str, measure.Latency] = {}
        theirs_tp: measure.Throughput | None = None
        if oxigraph is None:
            log("4. `oxigraph` (PyPI package oxigraph, its CLI) is not installed: Oxigraph server comparison skipped")
        else:
            log("4. oxigraph serve")
            subprocess.run(
                [oxigraph, "load", "--location", str(tmp / "ox"), "--file", str(tmp / "x1" / "kg.nq")],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            port = measure.free_port()
            command = [oxigraph, "serve-read-only", "--location", str(tmp / "ox"),
                       "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
            endpoint = f"http://127.0.0.1:{port}/query"
            ox_proc = serve(command, f"http://127.0.0.1:{port}/")
            try:
                ox_requests = {n: oxigraph_request(endpoint, q) for n, q in queries.items()}
                theirs = {n: measure.latency(r, args.repetitions) for n, r in ox_requests.items()}
                log(f"   {args.clients} clients for {args.seconds:g} s")
                theirs_tp = measure.throughput(list(ox_requests.values()), args.clients, args.seconds)
            finally:
                stop(ox_proc)
        slow: dict[str, tuple[float | None, int, str | None]] = {}
        if not args.no_rdflib:
            log("5. rdflib in memory")
            parse_seconds = rdflib_run.load(tmp / "x1" / "kg.nq")
            log(f"   parsed kg.nq in {parse_seconds:.1f} s")
            for name, query in queries.items():
                slow[name] = rdflib_run.median_ms(inline_values(query), args.rdflib_repetitions, args.rdflib_cap)
                log(f"   {name}: {fmt_ms(slow[name][0])} ms ({slow[name][1]} runs) {slow[name][2] or ''}")
        lines = report(args, builds, queries, ours, theirs, slow, ours_tp, theirs_tp)
    text = "\n".join(lines) + "\n"
    print(text)
    write_doc(args.doc, text)
    return 0


def report(
    args: argparse.Namespace,
    builds: list[measure.BuildRun],
    queries: dict[str, SavedQuery],
    ours: dict[str, measure.Latency],
    theirs: dict[str, measure.Latency],
    slow: dict[str, tuple[float | None, int, str | None]],
    ours_tp: measure.Throughput,
    theirs_tp: measure.Throughput | None,
) -> list[str]:
    """The Markdown of a run."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    out = [
        f"## `make bench` results ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Machine: {os.cpu_count()} CPU cores, Python {platform.python_version()}, loopback only; load average "
        f"at the end of the run {load} (other jobs share the machine). Oxigraph server: `oxigraph serve-read-only "
        f"--union-default-graph` (PyPI `oxigraph`) over the same `kg.nq`. Latency: {args.repetitions} sequential "
        f"requests per query after one warm-up; rdflib: median of up to {args.rdflib_repetitions} runs in "
        f"process (SPARQL over `Dataset(default_union=True).parse(kg.nq)`), capped at {args.rdflib_cap:g} s per query.",
        "",
        "### Builds",
        "",
        "| corpus | articles | triples | progress lines (s elapsed when printed) | total (s) | peak memory "
        "(all processes / largest, MB) |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for run in builds:
        stages = "; ".join(f"{label.split()[0]} {t:.1f}" for t, label in run.stages)
        out.append(
            f"| {run.label} | {run.articles} | {run.counts['triples']} | {stages} | {run.seconds:.1f} | "
            f"{run.peak_tree_mb:.0f} / {run.peak_process_mb:.0f} |"
        )
    if len(builds) > 1:
        out += ["", f"x{args.scale} / x1 build time: {builds[1].seconds / builds[0].seconds:.1f}x."]
    out += [
        "",
        "### Saved queries (ms; example values)",
        "",
        "| query | rows | ours p50 | ours p95 | Oxigraph p50 | Oxigraph p95 | rdflib | ours / Oxigraph (p50) "
        "| rdflib / ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in queries:
        mine, other = ours[name], theirs.get(name)
        rdf, _runs, rdf_error = slow.get(name, (None, 0, None))
        rows = str(mine.rows) if mine.rows is not None else f"error: {mine.error}"
        if other is not None and other.rows is not None and other.rows != mine.rows:
            rows += f" (Oxigraph {other.rows})"
        rdf_text = fmt_ms(rdf) if rdf is not None else (f"> {args.rdflib_cap:g} s" if name in slow else "—")
        rdf_ratio = ratio(rdf, mine.p50) if rdf is not None else (f"> {ratio(args.rdflib_cap * 1000, mine.p50)}"
                                                                  if name in slow else "—")  # fmt: skip
        if rdf_error:
            rdf_text, rdf_ratio = "error: " + rdf_error.replace("|", "/"), "—"
        out.append(
            f"| {name} | {rows} | {fmt_ms(mine.p50)} | {fmt_ms(mine.p95)} | {fmt_ms(other.p50 if other else None)} "
            f"| {fmt_ms(other.p95 if other else None)} | {rdf_text} | "
            f"{ratio(mine.p50, other.p50 if other else None)} | {rdf_ratio} |".replace("\n", " ")
        )
    out += [
        "",
        f"### Throughput ({ours_tp.clients} concurrent clients, {args.seconds:g} s, all saved queries round-robin)",
        "",
        "| server | requests/s | answered | errors |",
        "|---|---:|---:|---:|",
        f"| ours (`kg serve`) | {ours_tp.per_second:.1f} | {ours_tp.ok} | {ours_tp.errors} |",
    ]
    if theirs_tp is not None:
        out.append(f"| Oxigraph | {theirs_tp.per_second:.1f} | {theirs_tp.ok} | {theirs_tp.errors} |")
        out += ["", f"Ours / Oxigraph throughput: {ratio(ours_tp.per_second, theirs_tp.per_second)}."]
    else:
        out += ["", "Oxigraph's CLI was not installed: no server comparison."]
    for sample in ours_tp.error_samples:
        out.append(f"- error (ours): {sample}")
    return out


def write_doc(doc: Path, text: str) -> None:
    """Replace what follows the marker in the doc (appending the marker the first time)."""
    existing = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    head = existing.split(MARK)[0].rstrip("\n")
    doc.write_text(f"{head}\n\n{MARK}\n\n{text}", encoding="utf-8")
    log(f"wrote {doc}")


if __name__ == "__main__":
    started = time.monotonic()
    code = main()
    log(f"bench finished in {time.monotonic() - started:.0f} s")
    sys.exit(code)
