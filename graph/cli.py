"""The `kg` command line: build, load, validate, query, stats, serve, eval and agree.

Exit codes: 0 success; 1 the graph has SHACL violations, or a query returned no rows with --require-rows,
or the evaluation fell below --min-f1; 2 a usage or input error (bad option, unreadable article, malformed query,
missing build).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph.cli_parser import build_parser
from graph.paths import ARTICLES_DIR

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake of the user's: printed as one line, exit code 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `kg` command; returns its exit code."""
    parser = build_parser(
        {
            "build": _build,
            "load": _load,
            "validate": _validate,
            "query": _query,
            "stats": _stats,
            "serve": _serve,
            "eval": _eval,
            "agree": _agree,
        }
    )
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except UsageError as err:
        print(f"kg {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _build(args: argparse.Namespace) -> int:
    """kg build."""
    from graph.build import BuildFailed, BuildOptions, build
    from graph.validation import ShapesError
    from loaders.corpus import CorpusError
    from loaders.gazetteer import GazetteerError

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"kg build: {message}", file=sys.stderr)

    options = BuildOptions(
        corpora=args.corpus or _default_corpora(),
        out=args.out,
        base=args.base,
        keep_going=args.keep_going,
        reference_dir=args.reference,
        build_date=args.date,
        reasoner=args.reasoner,
        workers=args.workers,
        shapes=args.shapes,
        progress=progress,
        cache=not args.no_cache,
        cache_dir=args.cache,
    )
    try:
        result = build(options)
    except CorpusError as err:
        hint = "" if args.keep_going else " (use --keep-going to build the other articles)"
        raise UsageError(f"{err}{hint}") from None
    except GazetteerError as err:
        raise UsageError(f"reference data: {err}") from None
    except ShapesError as err:
        raise UsageError(str(err)) from None
    except BuildFailed as err:
        print(err.report, file=sys.stderr)
        print(f"kg build: {err}; the previous build in {args.out} is untouched", file=sys.stderr)
        return EXIT_FAILED
    for line in result.skipped:
        print(f"kg build: skipped {line}", file=sys.stderr)
    for line in result.notices:
        print(f"kg build: note: {line}", file=sys.stderr)
    print(_summary(result.counts, result.seconds, result.out))
    if args.store:
        _load_into(args, result.out, f"the build in {result.out} is complete, but ")
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    """kg load."""
    _manifest(args.build_dir)
    if not args.store:
        raise UsageError("say where to load the build: --store sparql:URL")
    _load_into(args, args.build_dir, "")
    return EXIT_OK


def _load_into(args: argparse.Namespace, build_dir: Path, context: str) -> None:
    """Load a build into the sparql:URL store the arguments name; a UsageError (exit 2) saying what failed."""
    from graph.remote import RemoteError, endpoint_from, load_build, store_kind

    try:
        if store_kind(args.store) != "sparql":
            raise ValueError(f"--store {args.store}: only a sparql:URL store is loaded into")
        endpoint = endpoint_from(args.store, args.update_url, args.store_user)
        report = load_build(
            build_dir,
            endpoint,
            batch_size=args.batch_size,
            progress=None if args.quiet else lambda message: print(f"kg {args.command}: {message}", file=sys.stderr),
        )
    except ValueError as err:
        raise UsageError(f"{context}{err}") from None
    except RemoteError as err:
        raise UsageError(f"{context}loading it failed: {err}; the graphs served there are unchanged") from None
    print(report.summary())


def _default_corpora() -> list[Path]:
    """The corpora the project ships: the seed articles, and any corpus under data/corpora/."""
    corpora = [ARTICLES_DIR]
    extra = ARTICLES_DIR.parent / "corpora"
    if extra.is_dir():
        for item in sorted(extra.iterdir()):
            csvs = sorted(item.glob("*.csv")) + sorted(item.glob("*.jsonl")) if item.is_dir() else []
            corpora.extend(csvs or ([item] if item.is_dir() else []))
    return corpora


def _summary(counts: dict[str, int], seconds: float, out: Path) -> str:
    """One line with the build's figures."""
    shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items())
    return f"built {out} in {seconds:.1f} s: {shown}"


def _validate(args: argparse.Namespace) -> int:
    """kg validate."""
    from rdflib import Graph

    from graph import validation, validation_report

    files = args.files or [args.build_dir / "kg-asserted.ttl"]
    graph = Graph()
    for file in files:
        if not file.is_file():
            raise UsageError(f"{file}: no such file (run `kg build` first, or name Turtle files)")
        try:
            graph.parse(file, format="turtle")
        except Exception as err:
            raise UsageError(f"{file}: not valid Turtle: {err}") from None
    from graph.build import load_ontology

    # The shapes read class hierarchies and SKOS schemes; a file of articles alone does not carry them.
    try:
        shapes = validation.load_shapes(args.shapes)
    except validation.ShapesError as err:
        raise UsageError(str(err)) from None
    result = validation.validate(graph, shapes, ontology_graph=load_ontology())
    print(validation_report.format_report(result))
    return EXIT_OK if result.conforms else EXIT_FAILED


def _stats(args: argparse.Namespace) -> int:
    """kg stats."""
    manifest = _manifest(args.build_dir)
    if args.json:
        print(json.dumps(manifest, indent=2))
        return EXIT_OK
    print(f"build {args.build_dir} of {manifest['build_date']} ({manifest['seconds']} s)")
    for name, value in manifest["counts"].items():
        print(f"  {name.replace('_', ' '):<20} {value:>10}")
    for corpus in manifest["corpora"]:
        print(f"  corpus {corpus['name']}: {corpus['articles']} articles")
    return EXIT_OK


def _manifest(build_dir: Path) -> dict[str, Any]:
    """The manifest of a build, or a usage error saying how to make one."""
    path = build_dir / "manifest.json"
    if not path.is_file():
        raise UsageError(f"{build_dir}: no build here (run `kg build --out {build_dir}` first)")
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


def _query(args: argparse.Namespace) -> int:
    """kg query."""
    from graph.query import run_cli_query

    _manifest(args.build_dir)
    return run_cli_query(args, UsageError)


def _serve(args: argparse.Namespace) -> int:
    """kg serve."""
    from graph.remote import endpoint_from, store_kind
    from graph.store import StoreMissing
    from server import create_app
    from server.wsgi import serve

    try:
        remote = store_kind(args.store) == "sparql"
        endpoint = endpoint_from(args.store, None, args.store_user) if remote else None
    except ValueError as err:
        raise UsageError(str(err)) from None
    if not remote:  # a remote store needs no build; its dumps are served when --build-dir has one
        _manifest(args.build_dir)
    app = create_app(
        {
            "BUILD_DIR": str(args.build_dir),
            "QUERY_TIMEOUT": args.timeout,
            "MAX_ROWS": args.max_rows,
            "BASE": args.base,
            "STORE": args.store,
            "STORE_USER": endpoint.user if endpoint else None,
            "STORE_PASSWORD": endpoint.password if endpoint else None,
        }
    )
    print(
        f"kg serve: SPARQL endpoint at http://{args.host}:{args.port}/sparql, query page at http://{args.host}:{args.port}/"
    )
    try:
        serve(app, host=args.host, port=args.port, threads=args.threads)
    except StoreMissing as err:
        raise UsageError(str(err)) from None
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    """kg eval."""
    from graph.evaluation_cli import run_eval

    return run_eval(
        args.gold,
        args.min_f1,
        UsageError,
        part=args.part,
        show_errors=args.show_errors,
        by_type=args.by_type,
        leave_out=args.leave_out,
    )


def _agree(args: argparse.Namespace) -> int:
    """kg agree."""
    from graph.evaluation_cli import run_agree

    return run_agree(args.first, args.second, UsageError, show_errors=args.show_errors)


if __name__ == "__main__":
    sys.exit(main())
