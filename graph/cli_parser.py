"""The argument parser of the `kg` command: its commands, their options and help texts."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from graph.namespaces import DEFAULT_BASE
from graph.paths import DEFAULT_BUILD_DIR
from graph.remote import STORES_HELP, add_store_arguments

EPILOG = "exit codes: 0 ok; 1 SHACL violations, or no rows where --require-rows asked; 2 usage or input error"
# The function that runs a command on its parsed arguments and returns the exit code.
Runner = Callable[[argparse.Namespace], int]


def build_parser(runs: Mapping[str, Runner]) -> argparse.ArgumentParser:
    """The argument parser, one sub-parser per command; `runs` holds the function that runs each command."""
    parser = argparse.ArgumentParser(
        prog="kg", description="Build, check, query and serve the conflict-kg knowledge graph.", epilog=EPILOG
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the graph from corpora", epilog=EPILOG)
    build.add_argument(
        "--corpus",
        action="append",
        type=Path,
        metavar="PATH",
        help="a folder of .txt articles, a .csv or a .jsonl file; repeatable (default: the project's corpora)",
    )
    build.add_argument(
        "--out", type=Path, default=DEFAULT_BUILD_DIR, metavar="DIR", help="output folder (default: build)"
    )
    build.add_argument("--base", default=DEFAULT_BASE, help="base IRI of resources (default: %(default)s)")
    build.add_argument("--reference", type=Path, metavar="DIR", help="reference tables (default: data/reference)")
    build.add_argument("--keep-going", action="store_true", help="skip unreadable articles instead of stopping")
    build.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="build date (default: today)")
    build.add_argument(
        "--reasoner",
        choices=["rules", "owlrl"],
        default="rules",
        help="rules: the OWL-RL rules the ontology uses, in Oxigraph (fast); owlrl: owlrl's full closure (slow)",
    )
    build.add_argument(
        "--workers", type=int, metavar="N", help="processes for extraction and validation (default: one per core)"
    )
    build.add_argument(
        "--shapes",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="extra SHACL shapes (Turtle) to check besides the project's; repeatable",
    )
    build.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="extraction cache: unchanged articles are not extracted again (default: OUT.cache beside the output)",
    )
    build.add_argument("--no-cache", action="store_true", help="extract every article; neither read nor write a cache")
    build.add_argument("--quiet", "-q", action="store_true", help="print only errors and the summary")
    add_store_arguments(
        build,
        text="sparql:URL: then load the build into this SPARQL 1.1 server (as kg load)",
        default=None,
        updates=True,
    )
    build.set_defaults(run=runs["build"])

    load = commands.add_parser("load", help="load a build into a SPARQL 1.1 server (--store sparql:URL)", epilog=EPILOG)
    load.add_argument("build_dir", type=Path, metavar="BUILD_DIR", help="a folder made by `kg build`")
    add_store_arguments(load, text="sparql:URL, the SPARQL 1.1 server to load into", default=None, updates=True)
    load.add_argument("--quiet", "-q", action="store_true", help="print only errors and the summary")
    load.set_defaults(run=runs["load"])

    validate = commands.add_parser("validate", help="check a build or Turtle files against the SHACL shapes")
    validate.add_argument("files", nargs="*", type=Path, metavar="FILE", help="Turtle files (default: the build's)")
    validate.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD_DIR, metavar="DIR")
    validate.add_argument("--shapes", action="append", type=Path, default=[], metavar="FILE", help="extra shapes")
    validate.set_defaults(run=runs["validate"])

    query = commands.add_parser("query", help="run a SPARQL query on a build", epilog=EPILOG)
    query.add_argument("query", metavar="FILE|NAME|TEXT", help="a .rq file, a saved query's name, or SPARQL text")
    query.add_argument("--param", action="append", default=[], metavar="K=V", help="a saved query's parameter")
    query.add_argument(
        "--format",
        default="table",
        choices=["table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld", "rdfxml"],
        help="output format (default: a text table, or Turtle for CONSTRUCT/DESCRIBE)",
    )
    query.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD_DIR, metavar="DIR")
    query.add_argument("--timeout", type=float, default=30.0, help="seconds (default: %(default)s)")
    query.add_argument("--require-rows", action="store_true", help="exit 1 when the query returns no rows")
    query.set_defaults(run=runs["query"])

    stats = commands.add_parser("stats", help="print the counts of a build")
    stats.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD_DIR, metavar="DIR")
    stats.add_argument("--json", action="store_true", help="print the build manifest as JSON")
    stats.set_defaults(run=runs["stats"])

    serve = commands.add_parser("serve", help="serve the SPARQL endpoint and pages of a build")
    serve.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD_DIR, metavar="DIR")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--threads", type=int, default=8, help="request threads (default: %(default)s)")
    serve.add_argument("--timeout", type=float, default=30.0, help="query time limit in seconds")
    serve.add_argument("--max-rows", type=int, default=10_000, help="result row limit (never silent)")
    serve.add_argument("--base", default=DEFAULT_BASE, help="base IRI of resources served under /resource/")
    add_store_arguments(serve, text=f"{STORES_HELP} (default: %(default)s)", default="disk", updates=False)
    serve.set_defaults(run=runs["serve"])

    evaluate = commands.add_parser("eval", help="score the extractor against a gold set")
    evaluate.add_argument("gold", type=Path, metavar="GOLD_DIR")
    evaluate.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when a micro F1 is below this")
    evaluate.add_argument(
        "--part",
        choices=["all", "tuning", "held-out", "tuning-a", "tuning-b", "tuning-b1", "tuning-b2"],
        default="all",
        help="score all gold articles, those rules may be tuned on, the held-out ones, or a part of the tuning part "
        "(tuning-a and tuning-b1: write rules from their errors; tuning-b2: check them there, errors unread; tuning-b "
        "is b1 and b2) (default: all)",
    )
    evaluate.add_argument(
        "--show-errors",
        action="store_true",
        help="list each false positive and false negative, per article (tuning-a or tuning-b1 only: the held-out "
        "part and the check quarter tuning-b2 are scored, never inspected)",
    )
    evaluate.add_argument(
        "--by-type",
        action="store_true",
        help="also break engagements down by ACLED event type (tuning part or one of its halves only)",
    )
    evaluate.add_argument(
        "--leave-out",
        choices=["hand-places", "curated-names"],
        help="score with hand-curated reference entries left out, as unseen text meets names nobody listed: "
        "hand-places (the Syrian quarters, camps, sites and villages added by hand; their gold places become local "
        "places) or curated-names (the stoplist's given names)",
    )
    evaluate.set_defaults(run=runs["eval"])

    agree = commands.add_parser(
        "agree", help="score a second annotation of gold articles against the first (inter-annotator agreement)"
    )
    agree.add_argument("first", type=Path, metavar="GOLD_DIR", help="the reference annotation (e.g. tests/gold)")
    agree.add_argument("second", type=Path, metavar="SECOND_DIR", help="another annotator's files of some articles")
    agree.add_argument(
        "--show-errors",
        action="store_true",
        help="list each disagreement, per article (never for GOLD_DIR's held-out articles)",
    )
    agree.set_defaults(run=runs["agree"])
    return parser


def _iso_date(text: str) -> date:
    """A date given as YYYY-MM-DD, or argparse's usage error saying so."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
