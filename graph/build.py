"""The build: corpora -> extraction -> graphs -> reasoning -> validation -> dumps and store, swapped in whole."""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

import ontology
from graph import article_validation, dumps, parallel_validation, reasoning, validation
from graph.cache import ExtractionCache, default_dir, keys_of, open_cache
from graph.merge import merge_engagements
from graph.metadata import build_metadata, partitions_of_counts
from graph.namespaces import (
    ARTICLES_GRAPH,
    DEFAULT_BASE,
    INFERRED_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    prefixes_for,
)
from graph.parallel import MIN_PARALLEL_ARTICLES, ArticleResult, default_workers, extract_articles
from graph.paths import ARTICLES_DIR
from graph.reference import reference_graph
from graph.store import write_store
from loaders.corpus import CorpusError, CorpusInfo, read_corpus
from loaders.gazetteer import Gazetteer
from loaders.model import Article

Progress = Callable[[str], None]
# Each validation process holds the ontology and reference graphs and a few dozen articles' graphs at a time.
MAX_VALIDATION_PROCESSES = 4
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_EXACT_MATCH = ox.NamedNode(str(SKOS.exactMatch))
_ENGAGEMENT_TYPE = ox.NamedNode(str(KG.engagementType))
_ARTICLES = ox.NamedNode(ARTICLES_GRAPH)


class BuildFailed(Exception):
    """The graph does not conform to the shapes; the previous build is left untouched."""

    def __init__(self, report: str, report_dir: Path) -> None:
        super().__init__(f"the graph does not conform to the shapes; report in {report_dir}")
        self.report = report
        self.report_dir = report_dir


@dataclass
class BuildOptions:
    """What to build and where."""

    corpora: Sequence[Path] = (ARTICLES_DIR,)
    out: Path = Path("build")
    base: str = DEFAULT_BASE
    keep_going: bool = False
    reference_dir: Path | None = None
    build_date: date | None = None
    reasoner: str = "rules"
    progress: Progress = lambda message: None
    workers: int | None = None  # extraction processes; None: one per CPU, 1: in this process
    shapes: Sequence[Path] = ()  # extra SHACL shapes files, checked with the project's own
    cache: bool = True  # reuse what unchanged articles extracted to in the previous builds
    cache_dir: Path | None = None  # where; None: beside the output (cache.default_dir)


@dataclass
class BuildResult:
    """What a build wrote and found."""

    out: Path
    counts: dict[str, int]
    files: list[dumps.DumpFile]
    skipped: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extracted: int = 0  # articles run through the extractor in this build
    from_cache: int = 0  # articles whose extraction was read from the cache


def build(options: BuildOptions) -> BuildResult:
    """Build the graph into options.out; raises CorpusError (bad input) or BuildFailed (violations)."""
    started = time.monotonic()

    def say(message: str) -> None:
        options.progress(f"[{time.monotonic() - started:6.1f} s] {message}")

    shapes = validation.load_shapes(options.shapes)  # first: a bad shapes file should stop before any work
    corpora, articles, skipped, notices = _read(options)
    say(f"read {len(articles)} articles from {len(corpora)} corpora")
    store = _cache(options)
    results, from_cache = extract_articles(
        articles, options.reference_dir, options.base, options.workers, store, _extraction_progress(say)
    )
    article_keys = keys_of(articles)
    if store is not None:
        store.prune(article_keys)
    say(f"extraction: {len(articles) - from_cache} articles extracted, {from_cache} from the cache")
    extracted, keys = _collect(articles, results, options, skipped)
    kept_keys = [key for key, outcome in zip(article_keys, results, strict=True) if outcome.error is None]
    dataset = ox.Dataset()
    # The graphs that may hold blank nodes, the only ones canonicalisation needs to look at ("_:" may be in a
    # literal too: then a graph is searched for nothing). The inferred graph is always searched.
    blank_graphs = {INFERRED_GRAPH}
    for done in extracted:
        dumps.add_ntriples(dataset, ARTICLES_GRAPH, done.ntriples)
        if "_:" in done.ntriples:
            blank_graphs.add(ARTICLES_GRAPH)
    gazetteer = Gazetteer.load(options.reference_dir)
    merged = merge_engagements(dataset, ARTICLES_GRAPH, options.base, _ancestry(gazetteer))
    size = _size(dataset, ARTICLES_GRAPH)
    say(f"extracted {len(extracted)} articles: {size} triples; {len(merged)} engagements merged into others")
    reference = reference_graph(gazetteer, sorted(k for k in keys if _in_gazetteer(gazetteer, k)), options.base)
    static = b""  # the ontology and reference graphs, which every article's validation reads
    for name, graph in ((ONTOLOGY_GRAPH, load_ontology()), (REFERENCE_GRAPH, reference)):
        text = graph.serialize(format="nt", encoding="utf-8")
        dumps.add_ntriples(dataset, name, text)
        static += text
        if b"_:" in text:
            blank_graphs.add(name)
    del reference
    touched = article_validation.merge_touched(dataset, merged, shapes)
    asserted = {quad.triple for quad in dataset}
    staging = _staging_dir(options.out)
    processes = _validation_processes(options, len(extracted))
    pending = None
    try:
        static_nt = staging / "validation-static.nt"
        static_nt.write_bytes(static)
        del static
        checked = article_validation.version(options.shapes, store.version if store is not None else "")
        texts = [r.ntriples for r in extracted]
        # Each article's graph is validated in worker processes while this process reasons and writes.
        pending = article_validation.LocalPass(texts, kept_keys, static_nt, shapes, processes, store, checked)
        del texts
        say(f"reasoning over {len(asserted)} asserted triples, validating articles in {processes} processes")
        inferred = reasoning.infer_triples(asserted, options.reasoner)
        del asserted
        inferred_graph = ox.NamedNode(INFERRED_GRAPH)
        for triple in inferred:
            dataset.add(ox.Quad(triple.subject, triple.predicate, triple.object, inferred_graph))
        say(f"writing dumps and store ({len(inferred)} triples inferred)")
        files, counts = _write(staging, dataset, corpora, extracted, options, blank_graphs)
        say("waiting for the validation of the articles")
        result, summary = article_validation.finish(pending, dataset, touched, static_nt, shapes)
        pending = None
        static_nt.unlink()
        say(summary)
        report_text = validation.format_report(result)
        (staging / "validation.txt").write_text(report_text + "\n", encoding="utf-8")
        result.report_graph.serialize(staging / "validation.ttl", format="turtle")
        if not result.conforms:
            failed = options.out.with_name(options.out.name + ".failed")
            shutil.rmtree(failed, ignore_errors=True)
            _keep_only(staging, ("validation.txt", "validation.ttl"))
            staging.rename(failed)
            raise BuildFailed(report_text, failed)
        build_day = options.build_date or date.today()
        manifest = {
            "build_date": build_day.isoformat(),
            "base": options.base,
            "corpora": [_corpus_entry(info, n) for info, n in corpora],
            "counts": counts,
            "files": [vars(f) for f in files],
            "skipped": skipped,
            "notices": notices,
            "extraction": {"extracted": len(articles) - from_cache, "from_cache": from_cache},
            "seconds": round(time.monotonic() - started, 2),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _swap(staging, options.out)
    except BaseException:
        if pending is not None:
            pending.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    seconds = time.monotonic() - started
    say(f"built {options.out} in {seconds:.1f} s")
    return BuildResult(options.out, counts, files, skipped, notices, seconds, len(articles) - from_cache, from_cache)


def _cache(options: BuildOptions) -> ExtractionCache | None:
    """The extraction cache of the build, or None when it is turned off."""
    if not options.cache:
        return None
    return open_cache(options.cache_dir or default_dir(options.out), options.reference_dir, options.base)


def _extraction_progress(say: Progress) -> Callable[[int, int], None]:
    """A progress line for a long extraction."""
    return lambda done, total: say(f"extracted {done}/{total} articles")


def _validation_processes(options: BuildOptions, articles: int) -> int:
    """How many processes validate: one for a small corpus (starting more costs more than it saves)."""
    if options.workers is None:
        return min(default_workers(), MAX_VALIDATION_PROCESSES) if articles >= MIN_PARALLEL_ARTICLES else 1
    return max(1, options.workers)


def _write(
    staging: Path,
    dataset: ox.Dataset,
    corpora: list[tuple[CorpusInfo, int]],
    extracted: list[ArticleResult],
    options: BuildOptions,
    blank_graphs: set[str],
) -> tuple[list[dumps.DumpFile], dict[str, int]]:
    """Write the dumps, the store and the dataset description; return the files written and the counts.
    `blank_graphs`: the named graphs that may hold blank nodes."""
    dumps.canonicalize(dataset, blank_graphs)
    ordered = dumps.sort_dataset(dataset)
    names = ("kg.ttl", "kg.nt", "kg.nq")
    files = dumps.write_dumps(staging, dataset, prefixes_for(options.base), gzip_names=names, ordered=ordered)
    write_store(staging / "store", ordered.quads)
    counts = _counts(dataset, ordered, extracted)
    metadata = build_metadata(corpora, files, counts, options.build_date or date.today(), options.base)
    metadata += _partitions(ordered.everything, options.base)
    metadata.serialize(staging / "void.ttl", format="turtle")
    return files, counts


def _keep_only(folder: Path, names: Sequence[str]) -> None:
    """Remove everything in the folder but the named files."""
    for path in folder.iterdir():
        if path.name not in names:
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def load_ontology() -> Graph:
    """The ontology and its SKOS schemes as one graph."""
    graph = Graph()
    for name in ontology.ONTOLOGY_FILES:
        graph.parse(ontology.path(name), format="turtle")
    return graph


def _read(options: BuildOptions) -> tuple[list[tuple[CorpusInfo, int]], list[Article], list[str], list[str]]:
    """Every article of every corpus; bad inputs raise, or are skipped and listed with keep_going."""
    corpora: list[tuple[CorpusInfo, int]] = []
    articles: list[Article] = []
    skipped: list[str] = []
    notices: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    for path in options.corpora:
        info, report = read_corpus(Path(path), keep_going=options.keep_going)
        skipped.extend(str(err) for err in report.errors)
        notices.extend(report.notices)
        for article in report.articles:
            key = (article.corpus, article.identifier)
            if key in seen:
                raise CorpusError(article.source, f"article {key[0]}/{key[1]} is also read from {seen[key]}")
            seen[key] = article.source
            articles.append(article)
        corpora.append((info, len(report.articles)))
    if not articles:
        raise CorpusError(", ".join(str(p) for p in options.corpora), "no article could be read")
    return corpora, articles, skipped, notices


def _collect(
    articles: list[Article], results: list[ArticleResult], options: BuildOptions, skipped: list[str]
) -> tuple[list[ArticleResult], set[str]]:
    """The extracted articles and the gazetteer keys they refer to; a failed extraction raises, or with keep_going
    is skipped and listed."""
    extracted: list[ArticleResult] = []
    keys: set[str] = set()
    for article, result in zip(articles, results, strict=True):
        if result.error is not None:
            if not options.keep_going:
                raise CorpusError(article.source, f"extraction failed: {result.error}")
            skipped.append(f"{article.source}: extraction failed: {result.error}")
            continue
        extracted.append(result)
        keys.update(result.keys)
    return extracted, keys


def _ancestry(gazetteer: Gazetteer) -> Callable[[str], list[str]]:
    """A place key's enclosing places by the gazetteer (none for local places)."""
    return lambda key: gazetteer.ancestors(key) if key in gazetteer else []


def _in_gazetteer(gazetteer: Gazetteer, key: str) -> bool:
    """Whether the gazetteer knows the key (local entities are described by the articles graph)."""
    try:
        gazetteer.get(key)
    except KeyError:
        return False
    return True


def _counts(dataset: ox.Dataset, ordered: dumps.SortedDataset, extracted: list[ArticleResult]) -> dict[str, int]:
    """The figures a build reports."""
    everything, sizes = ordered.everything, ordered.sizes
    linked = {
        t.subject
        for t in everything
        if t.predicate == _EXACT_MATCH
        and isinstance(t.object, (ox.NamedNode, ox.Literal))
        and t.object.value.startswith("http://www.wikidata.org/entity/")
    }
    return {
        "triples": len(everything),
        "asserted_triples": sum(sizes.get(g, 0) for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ARTICLES_GRAPH)),
        "inferred_triples": sizes.get(INFERRED_GRAPH, 0),
        "articles": len(extracted),
        "engagements": sum(1 for q in dataset.quads_for_predicate(_ENGAGEMENT_TYPE) if q.graph_name == _ARTICLES),
        "claims": sum(r.claims for r in extracted),
        "mentions": sum(r.mentions for r in extracted),
        "linked_entities": len(linked),
    }


def _size(dataset: ox.Dataset, graph_name: str) -> int:
    """The number of triples in a named graph of the dataset."""
    return sum(1 for _ in dataset.quads_for_graph_name(ox.NamedNode(graph_name)))


def _partitions(everything: Sequence[ox.Triple], base: str) -> Graph:
    """VoID partitions of the triples, counted in one pass."""
    classes: Counter[ox.NamedNode | ox.BlankNode | ox.Literal] = Counter()
    properties: Counter[ox.NamedNode] = Counter()
    for t in everything:
        properties[t.predicate] += 1
        if t.predicate == _RDF_TYPE:
            classes[t.object] += 1  # type: ignore[index]
    return partitions_of_counts(
        {parallel_validation.rdflib_term(c): n for c, n in classes.items()},
        {URIRef(p.value): n for p, n in properties.items()},
        base,
    )


def _corpus_entry(info: CorpusInfo, articles: int) -> dict[str, object]:
    """A corpus as the manifest lists it."""
    return {
        "name": info.name,
        "title": info.title,
        "license": info.license,
        "attribution": info.attribution,
        "articles": articles,
    }


def _staging_dir(out: Path) -> Path:
    """A fresh folder beside the output, so the swap is a rename on one file system."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(out.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    return staging


def _swap(staging: Path, out: Path) -> None:
    """Put the new build in place of the old one; a reader never sees a half-written build."""
    if out.exists():
        retired = out.with_name(out.name + ".previous")
        shutil.rmtree(retired, ignore_errors=True)
        out.rename(retired)
        staging.rename(out)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        staging.rename(out)
