"""Extraction of many articles across worker processes, results in input order so the build stays deterministic.

Each worker loads the gazetteer once and sends back, per article, its triples as N-Triples text (cheap to pickle,
parsed once by Oxigraph in the parent) with the few figures the build reports, never rdflib graphs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from graph.iris import resource, slug
from graph.namespaces import KG
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article
from loaders.rdf import Triple, extraction_triples, ntriples

# Below this many articles, starting workers (each loads the gazetteer) costs more than it saves.
MIN_PARALLEL_ARTICLES = 64


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
    articles: Sequence[Article], reference_dir: Path | None, base: str, workers: int | None = None
) -> list[ArticleResult]:
    """Extract every article, in parallel when it pays; the results are in the order of `articles`."""
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(articles) < MIN_PARALLEL_ARTICLES:
        gazetteer = Gazetteer.load(reference_dir)
        return [article_result(article, gazetteer, base) for article in articles]
    # Small chunks keep the workers evenly loaded (article lengths vary tenfold); map keeps the input order.
    chunksize = max(1, len(articles) // (workers * 8))
    # 'spawn': a fresh interpreter, safe whatever threads the parent (Oxigraph, a server) has started.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(reference_dir,)) as pool:
        results = pool.map(_extract_in_worker, articles, [base] * len(articles), chunksize=chunksize)
        # Loaded here too while the workers start (the build needs it next): bad reference data raises its own
        # clear error in this process rather than a broken pool.
        Gazetteer.load(reference_dir)
        return list(results)


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


def _init_worker(reference_dir: Path | None) -> None:
    """Load the gazetteer once in a worker process."""
    global _worker_gazetteer
    _worker_gazetteer = Gazetteer.load(reference_dir)


def _extract_in_worker(article: Article, base: str) -> ArticleResult:
    """article_result with the worker's gazetteer."""
    assert _worker_gazetteer is not None, "worker started without its gazetteer"
    return article_result(article, _worker_gazetteer, base)
