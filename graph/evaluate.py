"""Score extractions against the hand-annotated gold set: links, engagements, claimants and figures.

The gold format is documented in tests/gold/README.md. Every metric counts true positives, false positives
and false negatives per article and sums them over the gold set (micro-averaging); items are paired one to
one, greedily and in a fixed order, so the same inputs always give the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from graph.gold import acled_event_types, load_gold
from graph.gold_model import (
    QID,
    VOICE_CLAIMANTS,
    GoldArticle,
    GoldClaim,
    GoldEngagement,
    GoldEntity,
)
from graph.iris import slug
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Engagement, Extraction

ARTICLE_VOICE = "article-voice"  # the claimant of a claim made in the article's own voice, however spelled
METRICS = ("place links", "actor links", "engagements", "claimants", "fatality figures", "wounded figures")


class GazetteerView(Protocol):
    """Any object giving QIDs and place ancestry by key (None / nothing for keys it does not know)."""

    def qid(self, key: str) -> str | None:
        """The verified QID of the entity with this key, or None."""

    def ancestors(self, key: str) -> Iterable[str]:
        """Keys of the places the place with this key is part of, up to the country."""


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP), None when nothing was extracted.

        >>> Counts(3, 1, 2).precision
        0.75
        """
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN), None when the gold set holds nothing.

        >>> Counts(3, 1, 3).recall
        0.5
        """
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall, 2TP / (2TP + FP + FN).

        >>> round(Counts(3, 1, 3).f1, 3)
        0.6
        """
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else None


@dataclass
class EvalReport:
    """Counts per metric summed over the gold set, and the misses per article to look into."""

    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in METRICS})
    false_positives: list[tuple[str, str, str, str]] = field(default_factory=list)  # metric, corpus, id, item
    false_negatives: list[tuple[str, str, str, str]] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)  # gold articles with no extraction
    articles: int = 0
    type_source: str = ""  # where the engagement types' ACLED event types came from
    # engagements by ACLED event type: the gold one for hits and misses, the extracted one for extras
    by_event_type: dict[str, Counts] = field(default_factory=dict)


# ---------------------------------------------------------------- scoring

T = TypeVar("T")
U = TypeVar("U")


def match_greedy(gold: Sequence[T], found: Sequence[U], score: Callable[[T, U], int]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index) of positive score, best first, ties in input order.

    >>> match_greedy(["a", "b"], ["b", "a", "a"], lambda g, f: int(g == f))
    [(0, 1), (1, 0)]
    """
    candidates = sorted(
        ((-score(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)),
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for neg, i, j in candidates:
        if neg < 0 and i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((i, j))
    return sorted(pairs)


class _Identity:
    """Keys and QIDs that identify the same entity, and the places around a place."""

    def __init__(self, gazetteer: Gazetteer | GazetteerView, same: Mapping[str, frozenset[str]] | None = None) -> None:
        self.gazetteer = gazetteer
        self.same = same or {}

    def _qid(self, key: str) -> str | None:
        """The QID of a key; None for a QID itself or a local entity minted from text."""
        if isinstance(self.gazetteer, Gazetteer):
            return self.gazetteer.get(key).qid if key in self.gazetteer else None
        return self.gazetteer.qid(key)

    def _ancestors(self, key: str) -> Iterable[str]:
        """The places a place is inside; nothing for keys the gazetteer does not know."""
        if isinstance(self.gazetteer, Gazetteer):
            return self.gazetteer.ancestors(key) if key in self.gazetteer else ()
        return self.gazetteer.ancestors(key)

    def names(self, ref: str) -> set[str]:
        """A key or QID and whatever the gazetteer says is the same entity."""
        if QID.fullmatch(ref):
            return {ref}
        qid = self._qid(ref)
        return ({ref, qid} if qid else {ref}) | self.same.get(ref, frozenset())

    def around(self, ref: str) -> set[str]:
        """Names of every place the place ref is inside."""
        if QID.fullmatch(ref):
            return set()
        out: set[str] = set()
        for parent in self._ancestors(ref):
            out |= self.names(parent)
        return out

    def entity(self, gold: GoldEntity, kind: str) -> set[str]:
        """Names that count as the gold entity; a gold entity unknown to the gazetteer matches its local key."""
        names = {n for n in (gold.key, gold.qid) if n}
        return names or {f"{kind}/local/{slug(gold.text)}"}

    def same_place(self, gold_ref: str, found: str) -> bool:
        """The same place, or one inside the other."""
        g, f = self.names(gold_ref), self.names(found)
        return bool(g & f or g & self.around(found) or f & self.around(gold_ref))


def evaluate(
    gold_dir: Path, extractions: Mapping[tuple[str, str], Extraction], gazetteer: Gazetteer | GazetteerView
) -> EvalReport:
    """Score the extractions of the gold articles (keyed by (corpus, identifier)) against the gold set."""
    return evaluate_gold(load_gold(gold_dir), extractions, gazetteer)


def evaluate_gold(
    golds: Sequence[GoldArticle],
    extractions: Mapping[tuple[str, str], Extraction],
    gazetteer: Gazetteer | GazetteerView,
    same: Mapping[str, frozenset[str]] | None = None,
) -> EvalReport:
    """Score extractions against gold articles already loaded (`same`: keys -> other names that count as them, the
    left-out places' stand-ins of `graph.leave_out.stand_ins`)."""
    types, source = acled_event_types()
    report = EvalReport(type_source=source)
    ident = _Identity(gazetteer, same)
    for gold in golds:
        report.articles += 1
        extraction = extractions.get(gold.article_key)
        if extraction is None:
            report.missing.append(gold.article_key)
            extraction = Extraction(article=Article(gold.corpus, gold.identifier, ""))
        _score_article(report, gold, extraction, ident, types)
    return report


def _score_article(
    report: EvalReport, gold: GoldArticle, ex: Extraction, ident: _Identity, types: Mapping[str, str]
) -> None:
    """Add one article's counts to the report."""

    def tally(
        metric: str, gold_items: Sequence[T], found: Sequence[U], score: Callable[[T, U], int]
    ) -> list[tuple[int, int]]:
        pairs = match_greedy(gold_items, found, score)
        counts = report.counts[metric]
        counts.tp += len(pairs)
        counts.fp += len(found) - len(pairs)
        counts.fn += len(gold_items) - len(pairs)
        hit_g, hit_f = {i for i, _ in pairs}, {j for _, j in pairs}
        where = (metric, gold.corpus, gold.identifier)
        report.false_negatives += [(*where, repr(x)) for i, x in enumerate(gold_items) if i not in hit_g]
        report.false_positives += [(*where, repr(x)) for j, x in enumerate(found) if j not in hit_f]
        return pairs

    for kind, metric, entities in (("place", "place links", gold.places), ("actor", "actor links", gold.actors)):
        # Sorted tuples, not sets: the misses listed in the report must not depend on hash order.
        gold_names = _unique([tuple(sorted(ident.entity(e, kind))) for e in entities])
        found_keys = sorted({m.key for m in ex.mentions if m.kind == kind})
        tally(metric, gold_names, found_keys, lambda g, f: int(bool(set(g) & ident.names(f))))

    def engagement_score(g: GoldEngagement, f: Engagement) -> int:
        if types.get(f.type) != g.acled_event_type:
            return 0
        places = sum(1 for gp in g.places for fp in f.places if ident.same_place(gp, fp))
        found_people = (*f.attackers, *f.targets, *f.supporters)
        people = sum(1 for gp in g.participants for fp in found_people if ident.names(gp) & ident.names(fp))
        # A gold engagement that names no place (or no participant) cannot require one to be shared.
        if (g.places and not places) or (g.participants and not people):
            return 0
        return 1 + places + people + int(f.type == g.type)

    pairs = tally("engagements", list(gold.engagements), list(ex.engagements), engagement_score)
    hit_g, hit_f = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold.engagements):
        counts = report.by_event_type.setdefault(g.acled_event_type, Counts())
        if i in hit_g:
            counts.tp += 1
        else:
            counts.fn += 1
    for j, f in enumerate(ex.engagements):
        if j not in hit_f:
            report.by_event_type.setdefault(types.get(f.type, f.type), Counts()).fp += 1

    voice = {None, *VOICE_CLAIMANTS}
    gold_claimants = _unique([ARTICLE_VOICE if c.claimant in voice else c.claimant for c in gold.claims])
    found_claimants = _unique([ARTICLE_VOICE if c.claimant in voice else str(c.claimant) for c in ex.claims])
    tally(
        "claimants",
        gold_claimants,
        found_claimants,
        lambda g, f: int(g == f or (ARTICLE_VOICE not in (g, f) and bool(ident.names(g) & ident.names(f)))),
    )

    for metric, kind in (("fatality figures", "fatalities"), ("wounded figures", "wounded")):
        gold_figures = _unique([_gold_figure(c, kind) for c in gold.claims if _gold_figure(c, kind)])
        found_figures = _unique(
            [(f.low, f.high if f.high is not None else f.low) for c in ex.claims for f in c.figures if f.kind == kind]
        )
        tally(metric, gold_figures, found_figures, lambda g, f: int(g == f))


def _gold_figure(claim: GoldClaim, kind: str) -> tuple[int, int] | None:
    """(low, high) of a gold claim's fatalities or wounded, high = low when no upper bound is stated."""
    low, high = (claim.fatalities, claim.fatalities_max) if kind == "fatalities" else (claim.wounded, claim.wounded_max)
    if low is None:
        return None
    return (low, high if high is not None else low)


def _unique(items: Iterable[T]) -> list[T]:
    """Items without repeats, in first-seen order."""
    out: list[T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def format_table(report: EvalReport) -> str:
    """The report as a Markdown table: one row per metric, micro-averaged over the gold articles.

    >>> r = EvalReport(); r.counts["place links"] = Counts(3, 1, 3)
    >>> print(format_table(r).splitlines()[2])
    | place links | 3 | 1 | 3 | 0.750 | 0.500 | 0.600 |
    """
    lines = ["| metric | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for metric, c in report.counts.items():
        cells = [metric, str(c.tp), str(c.fp), str(c.fn), *(_ratio(x) for x in (c.precision, c.recall, c.f1))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_by_event_type(report: EvalReport) -> str:
    """The engagements of the report as a Markdown table, one row per ACLED event type.

    >>> r = EvalReport(by_event_type={"Battles": Counts(3, 1, 3)})
    >>> print(format_by_event_type(r).splitlines()[2])
    | Battles | 3 | 1 | 3 | 0.750 | 0.500 | 0.600 |
    """
    lines = ["| ACLED event type | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, c in sorted(report.by_event_type.items()):
        cells = [name, str(c.tp), str(c.fp), str(c.fn), *(_ratio(x) for x in (c.precision, c.recall, c.f1))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_errors(report: EvalReport) -> str:
    """Every miss of the report, one line each, grouped by article and metric: FN (missed) before FP (extra).

    >>> r = EvalReport(false_negatives=[("place links", "c", "1", "('place/x',)")])
    >>> print(format_errors(r))
    c/1 place links FN ('place/x',)
    """
    rows = [(c, i, METRICS.index(m), 0, m, item) for m, c, i, item in report.false_negatives]
    rows += [(c, i, METRICS.index(m), 1, m, item) for m, c, i, item in report.false_positives]
    return "\n".join(f"{c}/{i} {m} {'FP' if side else 'FN'} {item}" for c, i, _, side, m, item in sorted(rows))


def _ratio(value: float | None) -> str:
    """Three decimals, or n/a when undefined."""
    return "n/a" if value is None else f"{value:.3f}"
