"""`kg eval` and `kg agree`: score the extractor, or a second annotator, against the hand annotations."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from graph.agreement import agreement
from graph.evaluate import (
    EvalReport,
    evaluate_gold,
    format_by_event_type,
    format_errors,
    format_table,
)
from graph.gold import gold_articles, load_gold
from graph.gold_model import GoldArticle, GoldError
from graph.leave_out import as_unlisted, left_out, spelled_otherwise, stand_ins, write_reference_without
from loaders.corpus import CorpusError
from loaders.extract import extract
from loaders.gazetteer import REFERENCE_DIR, Gazetteer, GazetteerError
from loaders.reference_tables import read_tables


class _ScorerView:
    """The gazetteer as the scorer sees it: QIDs and place ancestry by key (unknown keys have neither)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer

    def qid(self, key: str) -> str | None:
        """The QID of a key, None for a local or unknown entity."""
        try:
            return self._gazetteer.get(key).qid
        except KeyError:
            return None

    def ancestors(self, key: str) -> Iterable[str]:
        """The places a place is inside."""
        try:
            return self._gazetteer.ancestors(key)
        except KeyError:
            return []


def run_eval(
    gold_dir: Path,
    min_f1: float,
    usage_error: type[Exception],
    part: str = "all",
    show_errors: bool = False,
    by_type: bool = False,
    leave_out: str | None = None,
) -> int:
    """Print the precision/recall/F1 table for the gold set; exit 1 when a micro F1 is below min_f1.

    show_errors lists every miss too (half a or quarter b1 of the tuning part only), and by_type the engagements per
    ACLED event type (tuning part or a part of it): held-out errors, and those of the check quarter b2, must not guide
    the rules.
    leave_out scores with that hand-curated part of the reference tables left out (graph.leave_out).
    """
    if not gold_dir.is_dir():
        raise usage_error(f"{gold_dir}: no such gold folder")
    if show_errors and part not in ("tuning-a", "tuning-b1"):
        raise usage_error(
            "--show-errors lists the misses of the tuning part's readable articles only (use --part tuning-a or "
            "tuning-b1; the check quarter tuning-b2, and so tuning-b and tuning, are scored, never inspected)"
        )
    if by_type and not part.startswith("tuning"):
        raise usage_error(
            "--by-type breaks down the tuning part only (use --part tuning, tuning-a, tuning-b, tuning-b1 or tuning-b2)"
        )
    try:
        golds = load_gold(gold_dir, part=part)
        articles = gold_articles(gold_dir, part=part)
    except (GoldError, CorpusError) as err:
        raise usage_error(str(err)) from None
    try:
        gazetteer = Gazetteer.load()
        same: dict[str, frozenset[str]] = {}
        if leave_out:
            gazetteer, golds, same = _left_out(leave_out, gazetteer, golds)
    except GazetteerError as err:
        raise usage_error(str(err)) from None
    extractions = {(a.corpus, a.identifier): extract(a, gazetteer) for a in articles}
    report = evaluate_gold(golds, extractions, _ScorerView(gazetteer), same)
    print(f"{len(golds)} gold articles ({part}{f'; {leave_out} left out' if leave_out else ''})\n")
    print(format_table(report))
    if by_type:
        print()
        print(format_by_event_type(report))
    if show_errors:
        print()
        print(format_errors(report))
    scores = [c.f1 for c in report.counts.values() if c.f1 is not None]
    return 1 if scores and min(scores) < min_f1 else 0


def _left_out(
    what: str, full: Gazetteer, golds: list[GoldArticle]
) -> tuple[Gazetteer, list[GoldArticle], dict[str, frozenset[str]]]:
    """The gazetteer of the tables without what, the gold with the places it lacks made local, and the keys that count
    as such a local place (the same place under another spelling: `graph.leave_out.stand_ins`)."""
    with tempfile.TemporaryDirectory(prefix="kg-leave-out-") as folder:
        tables = Path(folder) / "reference"
        write_reference_without(what, REFERENCE_DIR, tables)
        variant = Gazetteer(*read_tables(tables))  # not Gazetteer.load: its cache would keep the removed folder
    gone = left_out(full, variant)
    same = stand_ins(golds, gone, spelled_otherwise(full, variant, gone))
    return variant, as_unlisted(golds, gone), same


def run_agree(first_dir: Path, second_dir: Path, usage_error: type[Exception], show_errors: bool = False) -> int:
    """Print how far a second annotation of gold articles agrees with the first, by the metrics of `kg eval`.

    show_errors lists the disagreements, except on the first folder's held-out articles (scored, never inspected).
    """
    for folder in (first_dir, second_dir):
        if not folder.is_dir():
            raise usage_error(f"{folder}: no such gold folder")
    try:
        first, second = load_gold(first_dir), load_gold(second_dir)
        held = {g.article_key for g in load_gold(first_dir, part="held-out")} if show_errors else set()
    except GoldError as err:
        raise usage_error(str(err)) from None
    result = agreement(first, second, _ScorerView(Gazetteer.load()))
    if not result.report.articles:
        raise usage_error(f"no article of {second_dir} is annotated in {first_dir}: nothing to compare")
    print(f"{result.report.articles} articles annotated twice: {second_dir} scored against {first_dir}\n")
    print(format_table(result.report))
    if result.only_second:
        names = ", ".join(f"{c}/{i}" for c, i in result.only_second)
        print(f"\nnot in {first_dir}, so not scored: {names}")
    if show_errors:
        print()
        print(format_errors(_without(result.report, held)))
        if held & {g.article_key for g in second}:
            print(f"(disagreements on the held-out articles of {first_dir} are not listed)")
    return 0


def _without(report: EvalReport, articles: set[tuple[str, str]]) -> EvalReport:
    """The report with the listed misses of the given articles left out (its counts unchanged)."""
    return replace(
        report,
        false_positives=[e for e in report.false_positives if (e[1], e[2]) not in articles],
        false_negatives=[e for e in report.false_negatives if (e[1], e[2]) not in articles],
    )
