"""Extraction of many articles across worker processes, results in input order so the build stays deterministic.

Each worker loads the gazetteer once and sends back, per article, its triples as N-Triples text (cheap to pickle,
parsed once by Oxigraph in the parent) with the few figures the build reports, never rdflib graphs.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph.cache import ExtractionCache, keys_of
from graph.iris import resource, slug
from graph.namespaces import KG
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.rdf import Triple, extraction_triples, ntriples

# Below this many articles, starting workers (each loads the gazetteer) costs more than it saves.
MIN_PARALLEL_ARTICLES = 64
PROGRESS_SECONDS = 5.0  # how often a long extraction reports how far it got


@dataclass(frozen=True)
class ArticleResult:
    """What the extraction of one article gives the build: its triples and counts, or why it failed."""

    ntriples: str = ""  # the article's triples, and its publisher's when the gazetteer does not know it
    keys: tuple[str, ...] = ()  # the gazetteer keys its triples refer to (local keys included)
    engagements: int = 0
    claims: int = 0
    mentions: int = 0
    error: str | None = None  # "TypeName: message" when the extractor failed on this article


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_articles(
    articles: Sequence[Article],
    reference_dir: Path | None,
    base: str,
    workers: int | None = None,
    cache: ExtractionCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    sink: Callable[[int, str], None] | None = None,
) -> tuple[list[ArticleResult], int]:
    """Extract every article, in parallel when it pays, taking what the cache holds from it; return the results in
    the order of `articles` and how many came from the cache. `progress(done, total)` is called now and then.
    `sink(index, ntriples)`: given each extracted article's triples as soon as they come (in no order), which the
    results then leave out, so that no more than a few articles' triples are in memory at a time."""
    keys = keys_of(articles) if cache is not None else [""] * len(articles)
    results: list[ArticleResult | None] = [None] * len(articles)

    def take(i: int, result: ArticleResult) -> ArticleResult:
        if sink is None or result.error is not None:
            return result
        sink(i, result.ntriples)
        return replace(result, ntriples="")

    if cache is not None:
        for i, key in enumerate(keys):
            fields = cache.get(key)
            if fields is not None:
                results[i] = take(i, _from_fields(fields))
    todo = [i for i, result in enumerate(results) if result is None]
    from_cache = len(articles) - len(todo)
    report = _Progress(progress, len(articles), from_cache)
    folder = str(cache.root) if cache is not None else None
    version = cache.version if cache is not None else ""
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(todo) < MIN_PARALLEL_ARTICLES:
        gazetteer = Gazetteer.load(reference_dir)
        for i in todo:
            results[i] = take(i, _extract_and_store(articles[i], gazetteer, base, folder, version, keys[i]))
            report.step()
    else:
        # Small chunks keep the workers evenly loaded (article lengths vary tenfold); map keeps the input order.
        chunksize = max(1, min(64, len(todo) // (workers * 8)))
        # 'spawn': a fresh interpreter, safe whatever threads the parent (Oxigraph, a server) has started.
        context = multiprocessing.get_context("spawn")
        initargs = (reference_dir, folder, version)
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=initargs) as pool:
            done = pool.map(
                _extract_in_worker, [articles[i] for i in todo], [base] * len(todo), [keys[i] for i in todo],
                chunksize=chunksize,
            )  # fmt: skip
            # Loaded here too while the workers start (the build needs it next): bad reference data raises its
            # own clear error in this process rather than a broken pool.
            Gazetteer.load(reference_dir)
            for i, result in zip(todo, done, strict=True):
                results[i] = take(i, result)
                report.step()
    return [r for r in results if r is not None], from_cache


class _Progress:
    """Calls progress(done, total) at most every few seconds while articles are extracted."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int, done: int) -> None:
        self.progress, self.total, self.done = progress, total, done
        self.last = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.progress is not None and time.monotonic() - self.last >= PROGRESS_SECONDS:
            self.last = time.monotonic()
            self.progress(self.done, self.total)


def _from_fields(fields: dict[str, object]) -> ArticleResult:
    """An ArticleResult from a cache entry's fields."""
    return ArticleResult(
        ntriples=str(fields["ntriples"]),
        keys=tuple(str(k) for k in fields["keys"]),  # type: ignore[attr-defined]
        engagements=int(fields["engagements"]),  # type: ignore[call-overload]
        claims=int(fields["claims"]),  # type: ignore[call-overload]
        mentions=int(fields["mentions"]),  # type: ignore[call-overload]
    )


def _extract_and_store(
    article: Article, gazetteer: Gazetteer, base: str, folder: str | None, version: str, key: str
) -> ArticleResult:
    """article_result, stored in the cache when there is one and the extraction succeeded."""
    result = article_result(article, gazetteer, base)
    if folder is not None and result.error is None:
        # A failure may be transient (memory): it is never cached, so the next build tries again.
        ExtractionCache(Path(folder), version).put(key, asdict(result))
    return result


def article_result(article: Article, gazetteer: Gazetteer, base: str) -> ArticleResult:
    """Extract one article; an extractor failure is returned, not raised, so one article cannot lose the others."""
    try:
        extraction = extract(article, gazetteer)
    except Exception as err:  # reported per article by the build
        return ArticleResult(error=f"{type(err).__name__}: {err}")
    publisher, publisher_triples = _publisher(article, gazetteer, base)
    triples = extraction_triples(extraction, publisher, base) + publisher_triples
    keys = {m.key for m in extraction.mentions}
    keys.update(c.claimant for c in extraction.claims if c.claimant)
    for engagement in extraction.engagements:
        keys.update((*engagement.attackers, *engagement.targets, *engagement.supporters, *engagement.places))
    if publisher:
        keys.add(publisher)
    return ArticleResult(
        ntriples=ntriples(triples),
        keys=tuple(sorted(keys)),
        engagements=len(extraction.engagements),
        claims=len(extraction.claims),
        mentions=len(extraction.mentions),
    )


def _publisher(article: Article, gazetteer: Gazetteer, base: str) -> tuple[str | None, list[Triple]]:
    """The actor key of an article's publisher (the gazetteer's when it knows the name, else a local outlet's),
    with the triples describing a local outlet."""
    if not article.publisher:
        return None, []
    name = article.publisher
    mentions = [m for m in gazetteer.find(name) if m.kind == "actor"]
    if len(mentions) == 1 and mentions[0].span.end - mentions[0].span.start == len(name.strip()):
        return mentions[0].key, []
    key = f"actor/local/{slug(name)}"
    node: URIRef = resource(key, base)
    return key, [
        (node, RDF.type, KG.MediaOutlet),
        (node, RDFS.label, Literal(name, lang="en")),
        (node, KG.gazetteerStatus, Literal("not-in-gazetteer")),
    ]


_worker_gazetteer: Gazetteer | None = None  # one per worker process, loaded by _init_worker
_worker_cache: tuple[str | None, str] = (None, "")  # the cache folder and extractor version, if any


def _init_worker(reference_dir: Path | None, folder: str | None = None, version: str = "") -> None:
    """Load the gazetteer once in a worker process."""
    global _worker_gazetteer, _worker_cache
    _worker_gazetteer = Gazetteer.load(reference_dir)
    _worker_cache = (folder, version)


def _extract_in_worker(article: Article, base: str, key: str = "") -> ArticleResult:
    """article_result with the worker's gazetteer; the worker writes the cache entry (the writes run in parallel)."""
    assert _worker_gazetteer is not None, "worker started without its gazetteer"
    return _extract_and_store(article, _worker_gazetteer, base, *_worker_cache, key)
