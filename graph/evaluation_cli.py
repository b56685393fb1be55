"""`kg eval`: extract the gold set's articles and score them against the hand annotations."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph.evaluate import GoldError, evaluate_gold, format_errors, format_table, gold_articles, load_gold
from loaders.corpus import CorpusError
from loaders.extract import extract
from loaders.gazetteer import Gazetteer


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
    gold_dir: Path, min_f1: float, usage_error: type[Exception], part: str = "all", show_errors: bool = False
) -> int:
    """Print the precision/recall/F1 table for the gold set; exit 1 when a micro F1 is below min_f1.

    show_errors lists every miss too, and only for the tuning part: held-out errors must not guide the rules.
    """
    if not gold_dir.is_dir():
        raise usage_error(f"{gold_dir}: no such gold folder")
    if show_errors and part != "tuning":
        raise usage_error("--show-errors lists the misses of the tuning part only (use --part tuning)")
    try:
        golds = load_gold(gold_dir, part=part)
        articles = gold_articles(gold_dir, part=part)
    except (GoldError, CorpusError) as err:
        raise usage_error(str(err)) from None
    gazetteer = Gazetteer.load()
    extractions = {(a.corpus, a.identifier): extract(a, gazetteer) for a in articles}
    report = evaluate_gold(golds, extractions, _ScorerView(gazetteer))
    print(f"{len(golds)} gold articles ({part})\n")
    print(format_table(report))
    if show_errors:
        print()
        print(format_errors(report))
    scores = [c.f1 for c in report.counts.values() if c.f1 is not None]
    return 1 if scores and min(scores) < min_f1 else 0
