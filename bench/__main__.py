"""Run the benchmark: builds (x1, synthetic xN, one article added), our server vs `oxigraph serve` vs rdflib on each;
print and save a table."""

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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench import measure, rdflib_run, synth
from graph.namespaces import DEFAULT_BASE, prefixes_for
from server.engine import with_values
from server.savedqueries import SavedQuery, load_saved_queries

BIN = Path(sys.executable).parent
SEEDS = Path("data/articles")  # the seed corpus, built with every synthetic scale-up
MARK = "<!-- make bench: results below are rewritten by each run -->"
JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


def log(message: str) -> None:
    """A progress line on stderr."""
    print(message, file=sys.stderr, flush=True)


def inline_values(query: SavedQuery) -> str:
    """The saved query with its example values in a VALUES block opening its WHERE group, as our engine runs it."""
    bound = query.bind(query.example_values(), prefixes_for(DEFAULT_BASE))
    if not bound:
        return query.text
    text = with_values(query.text, bound)
    if text is None:
        raise ValueError(f"{query.name}: no WHERE group to put the values in")
    return text


def ours_request(base: str, query: SavedQuery) -> measure.Request:
    """GET /queries/<name> with the example values."""
    params = dict(query.example_values())
    params["format"] = "nt" if query.kind in ("construct", "describe") else "json"
    return measure.get(f"{base}/queries/{query.name}?{measure.urllib.parse.urlencode(params)}")


def protocol_request(endpoint: str, query: SavedQuery) -> measure.Request:
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


@dataclass
class Served:
    """What serving one build measured: latency per saved query and throughput, ours and Oxigraph's."""

    label: str
    ours: dict[str, measure.Latency]
    ours_tp: measure.Throughput
    ours_peak_mb: float
    theirs: dict[str, measure.Latency] = field(default_factory=dict)
    theirs_tp: measure.Throughput | None = None
    slow: dict[str, rdflib_run.Slow] = field(default_factory=dict)
    rdflib_load_s: float | None = None


def main() -> int:
    """Run every step and write the table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--scales",
        default="10",
        help="synthetic scale-ups of FA-KES to build and serve besides the default corpora, comma-separated "
        "(default: %(default)s; '10,100' adds x100, 72 000 articles; '' none)",
    )
    parser.add_argument("--repetitions", type=int, default=20, help="timed runs of each saved query")
    parser.add_argument(
        "--budget", type=float, default=30.0, help="seconds of timed runs per query and server (at least 3 runs)"
    )
    parser.add_argument("--seconds", type=float, default=60.0, help="duration of each throughput run")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rdflib-repetitions", type=int, default=3)
    parser.add_argument("--rdflib-cap", type=float, default=20.0, help="seconds allowed per query under rdflib")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument(
        "--build-dir",
        type=Path,
        metavar="DIR",
        help="serve this existing build (made by `kg build`) and measure only the queries: no build is timed and "
        "--scales is ignored; the tables are printed, not written to --doc unless it is given",
    )
    parser.add_argument("--label", default="x1", help="the name of the --build-dir build in the tables")
    parser.add_argument("--queries", default="", help="only these saved queries, comma-separated (default: all)")
    parser.add_argument("--doc", type=Path, help="file to put the table in (default: docs/benchmarks.md)")
    args = parser.parse_args()
    scales = [int(x) for x in args.scales.split(",") if x.strip()]
    kg = str(BIN / "kg")
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    queries = load_saved_queries()
    if args.queries:
        wanted = [name.strip() for name in args.queries.split(",") if name.strip()]
        unknown = sorted(set(wanted) - set(queries))
        if unknown:
            parser.error(f"no saved query named {', '.join(unknown)}; the saved queries are: {', '.join(queries)}")
        queries = {name: queries[name] for name in wanted}
    if args.build_dir is not None:
        return serve_only(args, kg, oxigraph, queries)
    load_before = os.getloadavg()
    builds: list[measure.BuildRun] = []
    increments: list[tuple[measure.BuildRun, measure.BuildRun]] = []
    served: list[Served] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        log("x1: building the default corpora")
        x1 = measure.run_build(kg, "x1", [], tmp / "x1", log)  # no --corpus: the default corpora
        builds.append(x1)
        served.append(serve_build(args, kg, oxigraph, queries, "x1", tmp / "x1", tmp, rdflib=not args.no_rdflib))
        shutil.rmtree(tmp / "x1")
        for scale in scales:
            label = f"x{scale}"
            folder = tmp / f"synth{scale}"
            need = _expected_peak_mb(builds, 720 * scale)
            if need > measure.available_mb():
                # Memory grows with the corpus: a build that cannot fit would only push the machine into swap.
                failures.append(
                    f"{label}: not run: the {builds[-1].label} build peaked at {builds[-1].peak_tree_mb / 1000:.1f} "
                    f"GB, so x{scale} would need about {need / 1000:.0f} GB; {measure.available_mb() / 1000:.0f} GB "
                    "are available"
                )
                log(failures[-1])
                continue
            corpus, rows = synth.write_corpus(folder, scale)
            # The seeds ride along: the saved queries' example values are seed IRIs, which would otherwise be absent
            # and time an empty answer.
            corpora = [SEEDS, corpus]
            out = tmp / label
            log(f"{label}: building the seeds and the synthetic corpus ({rows} articles)")
            try:
                full = measure.run_build(kg, label, corpora, out, log)
            except RuntimeError as err:  # reported in the table (x100 may not fit the machine), not raised
                failures.append(f"{label}: build failed: {err}".splitlines()[0])
                log(f"{label}: build failed: {err}")
                continue
            builds.append(full)
            synth.add_one(corpus, scale)
            log(f"{label}: the same corpus and one new article, rebuilt with the cache of the full build")
            increments.append((full, measure.run_build(kg, f"{label} + 1 article", corpora, out, log)))
            served.append(serve_build(args, kg, oxigraph, queries, label, out, tmp, rdflib=False))
            shutil.rmtree(out)
            shutil.rmtree(folder)
            shutil.rmtree(out.with_name(out.name + ".cache"), ignore_errors=True)
    load_after = os.getloadavg()
    lines = report(args, builds, increments, queries, served, failures, (load_before, load_after))
    text = "\n".join(lines) + "\n"
    print(text)
    write_doc(args.doc or Path("docs/benchmarks.md"), text)
    return 0


def serve_only(args: argparse.Namespace, kg: str, oxigraph: str | None, queries: dict[str, SavedQuery]) -> int:
    """Measure the queries on an existing build (--build-dir), print the tables, and write them only if asked."""
    if not (args.build_dir / "store").is_dir() or not (args.build_dir / "kg.nq").is_file():
        log(f"{args.build_dir}: not a build (no store/ or kg.nq); make one with `kg build --out DIR`")
        return 2
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        served = serve_build(
            args, kg, oxigraph, queries, args.label, args.build_dir, Path(tmp_name), rdflib=not args.no_rdflib
        )
    lines = report(args, [], [], queries, [served], [], (load_before, os.getloadavg()))
    text = "\n".join(lines) + "\n"
    print(text)
    if args.doc is not None:
        write_doc(args.doc, text)
    return 0


def _expected_peak_mb(builds: list[measure.BuildRun], articles: int) -> float:
    """The peak memory a build of that many articles should take, scaled from the largest build so far."""
    largest = max(builds, key=lambda b: b.articles)
    return largest.peak_tree_mb * articles / max(1, largest.articles)


def serve_build(
    args: argparse.Namespace,
    kg: str,
    oxigraph: str | None,
    queries: dict[str, SavedQuery],
    label: str,
    build: Path,
    tmp: Path,
    *,
    rdflib: bool,
) -> Served:
    """Latency and throughput of the saved queries on a build: ours, Oxigraph's server, rdflib."""
    log(f"{label}: kg serve")
    port = measure.free_port()
    base = f"http://127.0.0.1:{port}"
    ours_proc = serve([kg, "serve", "--build-dir", str(build), "--port", str(port)], f"{base}/queries")
    try:
        with measure.MemorySampler(ours_proc.pid) as memory:
            ours_requests = {n: ours_request(base, q) for n, q in queries.items()}
            ours = {n: measure.latency(r, args.repetitions, args.budget) for n, r in ours_requests.items()}
            log(f"   {args.clients} clients for {args.seconds:g} s")
            ours_tp = measure.throughput(list(ours_requests.values()), args.clients, args.seconds)
    finally:
        stop(ours_proc)
    result = Served(label, ours, ours_tp, memory.peak_tree_mb)
    if oxigraph is None:
        log("   `oxigraph` (PyPI package oxigraph, its CLI) is not installed: Oxigraph server comparison skipped")
    else:
        log(f"{label}: oxigraph serve")
        location = tmp / "ox"
        subprocess.run(
            [oxigraph, "load", "--location", str(location), "--file", str(build / "kg.nq")],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = measure.free_port()
        command = [oxigraph, "serve-read-only", "--location", str(location),
                   "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
        endpoint = f"http://127.0.0.1:{port}/query"
        ox_proc = serve(command, f"http://127.0.0.1:{port}/")
        try:
            ox_requests = {n: protocol_request(endpoint, q) for n, q in queries.items()}
            result.theirs = {n: measure.latency(r, args.repetitions, args.budget) for n, r in ox_requests.items()}
            log(f"   {args.clients} clients for {args.seconds:g} s")
            result.theirs_tp = measure.throughput(list(ox_requests.values()), args.clients, args.seconds)
        finally:
            stop(ox_proc)
            shutil.rmtree(location, ignore_errors=True)
    if rdflib:
        log(f"{label}: rdflib's memory store behind bench/rdflib_server.py")
        rdf_proc, rdf_endpoint, result.rdflib_load_s = rdflib_run.start(build / "kg.nq", args.rdflib_cap)
        log(f"   loaded kg.nq and answering in {result.rdflib_load_s:.1f} s")
        try:
            for name, query in queries.items():
                slow = rdflib_run.time_query(
                    protocol_request(rdf_endpoint, query), args.rdflib_repetitions, args.rdflib_cap
                )
                result.slow[name] = slow
                log(f"   {name}: {fmt_ms(slow.median_ms)} ms ({slow.runs} runs) {slow.error or ''}")
        finally:
            stop(rdf_proc)
    return result


def report(
    args: argparse.Namespace,
    builds: list[measure.BuildRun],
    increments: list[tuple[measure.BuildRun, measure.BuildRun]],
    queries: dict[str, SavedQuery],
    served: list[Served],
    failures: list[str],
    loads: tuple[tuple[float, float, float], tuple[float, float, float]],
) -> list[str]:
    """The Markdown of a run."""
    before, after = (", ".join(f"{x:.1f}" for x in load) for load in loads)
    title = f"`python -m bench --build-dir` results ({args.label})" if args.build_dir else "`make bench` results"
    out = [
        f"## {title} ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Machine: {os.cpu_count()} CPU cores, Python {platform.python_version()}, loopback only. Load average "
        f"(1, 5, 15 min) at the start {before}, at the end {after}: other jobs share the machine, so times vary "
        f"from run to run. Oxigraph server: `oxigraph serve-read-only --union-default-graph` (PyPI `oxigraph`) over "
        f"the same `kg.nq`. Latency: {args.repetitions} sequential requests per query after one warm-up (fewer, at "
        f"least 3, when they take over {args.budget:g} s). rdflib (first build only): the same requests as "
        f"Oxigraph's, over HTTP to `bench/rdflib_server.py` (a one-thread SPARQL Protocol endpoint over "
        f"`Dataset(default_union=True).parse(kg.nq)`, answering SPARQL JSON or N-Triples), median of up to "
        f"{args.rdflib_repetitions} runs without warm-up, stopped at {args.rdflib_cap:g} s per query. Every "
        "server gets the example values in a VALUES block opening the WHERE group, as our engine binds them.",
    ]
    if builds:
        out += [
            "",
            "### Builds",
            "",
            "| corpus | articles | triples | progress lines (s elapsed when printed) | total (s) | peak memory "
            "(all processes / largest, MB) |",
            "|---|---:|---:|---|---:|---:|",
        ]
    for run in builds + [inc for _, inc in increments]:
        stages = "; ".join(f"{_stage_name(label)} {t:.1f}" for t, label in run.stages)
        out.append(
            f"| {run.label} | {run.articles} | {run.counts['triples']} | {stages} | {run.seconds:.1f} | "
            f"{run.peak_tree_mb:.0f} / {run.peak_process_mb:.0f} |"
        )
    out.append("")
    for failure in failures:
        out.append(f"- {failure}")
    for run in builds[1:]:
        out.append(f"- {run.label} / x1 build time: {run.seconds / builds[0].seconds:.1f}x.")
    for full, inc in increments:
        out.append(
            f"- {inc.label}: {inc.seconds:.1f} s, {100 * inc.seconds / full.seconds:.1f} % of the full {full.label} "
            f"build ({inc.extraction.get('extracted', '?')} article(s) extracted, "
            f"{inc.extraction.get('from_cache', '?')} from the cache)."
        )
    for item in served:
        out += _served_tables(args, item, queries)
    out += ["", "### Targets (issue 5)", ""]
    out += _targets(builds, increments, served, failures)
    return out


def _stage_name(label: str) -> str:
    """A progress line shortened for the table: what starts (or is done) at that time."""
    words = label.split()
    if words[0] == "extracted":
        return f"extracted {words[1]}" if "/" in words[1] else "loaded and merged"
    names = {"extraction:": "extraction done", "reasoning": "reasoning", "writing": "dumps and store",
             "waiting": "waiting for validation", "validated": "validated", "built": "built"}  # fmt: skip
    return names.get(words[0], words[0])


def _served_tables(args: argparse.Namespace, item: Served, queries: dict[str, SavedQuery]) -> list[str]:
    """The latency and throughput tables of one served build."""
    out = [
        "",
        f"### Saved queries on {item.label} (ms; example values)",
        "",
        "| query | rows | ours p50 | ours p95 | Oxigraph p50 | Oxigraph p95 | rdflib | ours / Oxigraph (p50) "
        "| rdflib / ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in queries:
        mine, other = item.ours[name], item.theirs.get(name)
        slow = item.slow.get(name)
        rdf, rdf_error = (slow.median_ms, slow.error) if slow else (None, None)
        rows = str(mine.rows) if mine.rows is not None else f"error: {mine.error}"
        if other is not None and other.rows is not None and other.rows != mine.rows:
            rows += f" (Oxigraph {other.rows})"
        if slow is not None and slow.rows is not None and slow.rows != mine.rows:
            rows += f" (rdflib {slow.rows})"
        measured = name in item.slow
        rdf_text = fmt_ms(rdf) if rdf is not None else (f"> {args.rdflib_cap:g} s" if measured else "—")
        rdf_ratio = ratio(rdf, mine.p50) if rdf is not None else (
            f"> {ratio(args.rdflib_cap * 1000, mine.p50)}" if measured else "—")  # fmt: skip
        if rdf_error:
            rdf_text, rdf_ratio = "error: " + rdf_error.replace("|", "/"), "—"
        out.append(
            f"| {name} | {rows} | {fmt_ms(mine.p50)} | {fmt_ms(mine.p95)} | {fmt_ms(other.p50 if other else None)} "
            f"| {fmt_ms(other.p95 if other else None)} | {rdf_text} | "
            f"{ratio(mine.p50, other.p50 if other else None)} | {rdf_ratio} |".replace("\n", " ")
        )
    if item.rdflib_load_s is not None:
        out += ["", f"rdflib's endpoint read `kg.nq` and answered its first request after {item.rdflib_load_s:.0f} s."]
    tp = item.ours_tp
    out += [
        "",
        f"Throughput on {item.label} ({tp.clients} concurrent clients, {tp.seconds:.0f} s, all saved queries "
        f"round-robin); peak memory of `kg serve` and its query workers: {item.ours_peak_mb:.0f} MB.",
        "",
        "| server | requests/s | answered | errors |",
        "|---|---:|---:|---:|",
        f"| ours (`kg serve`) | {tp.per_second:.1f} | {tp.ok} | {tp.errors} |",
    ]
    if item.theirs_tp is not None:
        out.append(f"| Oxigraph | {item.theirs_tp.per_second:.1f} | {item.theirs_tp.ok} | {item.theirs_tp.errors} |")
    else:
        out += ["", "Oxigraph's CLI was not installed: no server comparison."]
    for sample in tp.error_samples:
        out.append(f"- error (ours): {sample}")
    return out


def _targets(
    builds: list[measure.BuildRun],
    increments: list[tuple[measure.BuildRun, measure.BuildRun]],
    served: list[Served],
    failures: list[str],
) -> list[str]:
    """Each target of issue 5 with what this run measured."""
    rows = ["| target | measured | met |", "|---|---|---|"]

    def row(target: str, measured: str, met: bool | None) -> None:
        rows.append(f"| {target} | {measured} | {'—' if met is None else ('yes' if met else '**no**')} |")

    by_label = {b.label: b for b in builds}
    if builds:
        x1 = builds[0]
        row("default build <= 30 s", f"{x1.seconds:.1f} s", x1.seconds <= 30)
    if "x10" in by_label:
        x10 = by_label["x10"]
        row("x10 build <= 5 min", f"{x10.seconds:.0f} s", x10.seconds <= 300)
        row("x10 build <= 12 x the x1 build", f"{x10.seconds / x1.seconds:.1f} x", x10.seconds / x1.seconds <= 12)
    for full, inc in increments:
        share = inc.seconds / full.seconds
        row(f"one article added to {full.label} <= 5 % of its full build", f"{100 * share:.1f} %", share <= 0.05)
    for item in served:
        pairs = [(item.ours[n].p50, item.theirs[n].p50) for n in item.ours if n in item.theirs]
        pairs = [(a, b) for a, b in pairs if not (math.isnan(a) or math.isnan(b))]
        if pairs:
            worst = max(a / b for a, b in pairs)
            row(f"{item.label}: every saved query p50 <= 1.5 x Oxigraph's", f"worst {worst:.2f} x", worst <= 1.5)
        speedups = [
            (item.slow[n].median_ms or float("inf")) / item.ours[n].p50
            for n in item.slow
            if not item.slow[n].error and not math.isnan(item.ours[n].p50)
        ]
        if speedups:
            least = min(speedups)
            row(f"{item.label}: every saved query >= 20 x faster than rdflib", f"least {least:.0f} x", least >= 20)
        tp = item.ours_tp
        row(f"{item.label}: {tp.clients} clients for {tp.seconds:.0f} s without errors", f"{tp.errors} errors",
            tp.errors == 0)  # fmt: skip
        if item.theirs_tp is not None and item.theirs_tp.per_second:
            share = tp.per_second / item.theirs_tp.per_second
            row(f"{item.label}: throughput >= 50 % of Oxigraph's", f"{100 * share:.0f} %", share >= 0.5)
    if not builds:
        return rows  # --build-dir: only the served build was measured
    if "x100" in by_label:
        x100 = by_label["x100"]
        peak = max([x100.peak_tree_mb] + [s.ours_peak_mb for s in served if s.label == "x100"])
        row("x100 builds and serves with peak memory <= 8 GB", f"{peak / 1000:.1f} GB", peak <= 8000)
    else:
        why = next((f for f in failures if f.startswith("x100:")), "not asked for (`--scales 10,100`)")
        row("x100 builds and serves with peak memory <= 8 GB", why.removeprefix("x100: "), False if why != (
            "not asked for (`--scales 10,100`)") else None)  # fmt: skip
    return rows


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
