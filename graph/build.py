"""The build: corpora -> extraction -> graphs -> reasoning -> validation -> dumps and store, swapped in whole."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

import ontology
from graph import (
    article_pass,
    article_validation,
    dumps,
    linesort,
    parallel_validation,
    reasoning,
    validation,
    validation_report,
)
from graph.article_file import ArticleWriter
from graph.cache import ExtractionCache, default_dir, keys_of, open_cache
from graph.merge import apply_merge, plan_merge, rewrite_ntriples
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
from graph.store import load_file, write_store_from
from loaders.corpus import CorpusError, CorpusInfo, read_corpus
from loaders.gazetteer import Gazetteer
from loaders.model import Article

Progress = Callable[[str], None]
# Each validation process holds the ontology and reference graphs and a few dozen articles' graphs at a time.
MAX_VALIDATION_PROCESSES = 4
_NT = ox.RdfFormat.N_TRIPLES
# The build's named graphs and the names of their N-Triples files in the work folder.
_GRAPH_FILES = {ONTOLOGY_GRAPH: "ontology", REFERENCE_GRAPH: "reference", ARTICLES_GRAPH: "articles",
                INFERRED_GRAPH: "inferred"}  # fmt: skip
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
    cache = _cache(options)
    staging = _staging_dir(options.out)
    work = staging / "work"
    work.mkdir()
    pending = None
    store: ox.Store | None = None
    try:
        # From here on the graph lives in files and in an Oxigraph store on disk, never in memory as a whole: each
        # article's triples go to a file as soon as they are extracted.
        with ArticleWriter(work / "extracted.nt", len(articles)) as writer:
            results, from_cache = extract_articles(
                articles, options.reference_dir, options.base, options.workers, cache, _extraction_progress(say),
                writer.add,
            )  # fmt: skip
        texts = writer.texts(i for i, r in enumerate(results) if r.error is None)
        article_keys = keys_of(articles)
        if cache is not None:
            cache.prune(article_keys)
        say(f"extraction: {len(articles) - from_cache} articles extracted, {from_cache} from the cache")
        kept_keys = [key for key, outcome in zip(article_keys, results, strict=True) if outcome.error is None]
        extracted, keys = _collect(articles, results, options, skipped)
        del results
        store = ox.Store(str(work / "store"))
        load_file(store, texts.path, _NT, _ARTICLES)
        gazetteer = Gazetteer.load(options.reference_dir)
        plan = plan_merge(store, ARTICLES_GRAPH, options.base, _ancestry(gazetteer))
        apply_merge(store, ARTICLES_GRAPH, plan)
        merged = plan.iris()
        graph_files = {g: work / f"{name}.nt" for g, name in _GRAPH_FILES.items()}
        rewrite_ntriples(texts.path, graph_files[ARTICLES_GRAPH], plan)
        size = _size(store, ARTICLES_GRAPH)
        merges = f"{len(merged)} engagement{'' if len(merged) == 1 else 's'} merged into others"
        say(f"extracted {len(extracted)} articles: {size} triples; {merges}")
        reference = reference_graph(gazetteer, sorted(k for k in keys if _in_gazetteer(gazetteer, k)), options.base)
        static_nt = work / "validation-static.nt"
        with static_nt.open("wb") as static:
            for name, graph in ((ONTOLOGY_GRAPH, load_ontology()), (REFERENCE_GRAPH, reference)):
                # Oxigraph's line forms: the dumps sort these files' lines with the articles'.
                triples = [q.triple for q in ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=_NT)]
                ox.serialize(triples, str(graph_files[name]), _NT)
                load_file(store, graph_files[name], _NT, ox.NamedNode(name))
                static.write(graph_files[name].read_bytes())
        del reference
        touched = article_validation.merge_touched(store, merged, shapes)
        processes = _validation_processes(options, len(extracted))
        checked = article_validation.version(options.shapes, cache.version if cache is not None else "")
        # Each article's graph is validated in worker processes while this process reasons and writes.
        pending = article_pass.LocalPass(texts, kept_keys, static_nt, shapes, processes, cache, checked)
        say(f"reasoning, validating articles in {processes} process{'' if processes == 1 else 'es'}")
        asserted_files = [graph_files[g] for g in dumps.ASSERTED_GRAPHS]
        inferred = reasoning.infer_to_file(
            store, dumps.ASSERTED_GRAPHS, asserted_files, graph_files[INFERRED_GRAPH], options.reasoner
        )
        say(f"writing dumps and store ({inferred} triples inferred)")
        files, counts = _write(staging, work, graph_files, store, corpora, extracted, options, texts.blank)
        say("waiting for the validation of the articles")
        result, summary = article_validation.finish(
            pending, store, touched, static_nt, shapes, graph_files[ARTICLES_GRAPH]
        )
        pending = None
        store = None  # pyoxigraph closes a store when the object goes
        shutil.rmtree(work)
        say(summary)
        report_text = validation_report.format_report(result)
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
        store = None
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
    work: Path,
    graph_files: dict[str, Path],
    store: ox.Store,
    corpora: list[tuple[CorpusInfo, int]],
    extracted: list[ArticleResult],
    options: BuildOptions,
    articles_blank: bool,
) -> tuple[list[dumps.DumpFile], dict[str, int]]:
    """Write the dumps, the store and the dataset description from the graphs' N-Triples files; return the files
    written and the counts. `articles_blank`: whether the articles' triples hold a blank node."""
    # The graphs that may hold blank nodes, the only ones canonicalisation reads ("_:" may be in a literal too: then
    # a graph is read for nothing). The rules reasoner never infers a triple with a blank node.
    blank = [g for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, INFERRED_GRAPH) if linesort.holds(graph_files[g], "_:")]
    dumps.canonicalize_files(graph_files, [ARTICLES_GRAPH, *blank] if articles_blank else blank)
    names = ("kg.ttl", "kg.nt", "kg.nq")
    files, stats = dumps.write_graph_dumps(
        staging, graph_files, prefixes_for(options.base), gzip_names=names, work=work
    )
    write_store_from(staging / "store", staging / "kg.nq")
    counts = _counts(store, stats, extracted)
    metadata = build_metadata(corpora, files, counts, options.build_date or date.today(), options.base)
    metadata += _partitions(stats, options.base)
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


def _counts(store: ox.Store, stats: dumps.DumpStats, extracted: list[ArticleResult]) -> dict[str, int]:
    """The figures a build reports."""
    sizes = stats.sizes
    return {
        "triples": stats.triples,
        "asserted_triples": sum(sizes.get(g, 0) for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ARTICLES_GRAPH)),
        "inferred_triples": sizes.get(INFERRED_GRAPH, 0),
        "articles": len(extracted),
        "engagements": sum(1 for _ in store.quads_for_pattern(None, _ENGAGEMENT_TYPE, None, _ARTICLES)),
        "claims": sum(r.claims for r in extracted),
        "mentions": sum(r.mentions for r in extracted),
        "linked_entities": stats.linked,
    }


def _size(store: ox.Store, graph: str) -> int:
    """The number of triples in a named graph of the store (counted by the store, not in Python)."""
    (row,) = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")  # type: ignore[misc]
    return int(row["n"].value)


def _partitions(stats: dumps.DumpStats, base: str) -> Graph:
    """VoID partitions of the triples, from the counts of the dumps' pass."""
    return partitions_of_counts(
        {parallel_validation.rdflib_term(_term(c)): n for c, n in stats.classes.items()},
        {URIRef(p[1:-1]): n for p, n in stats.properties.items()},
        base,
    )


def _term(text: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term from its N-Triples form."""
    (quad,) = ox.parse(f"<urn:s> <urn:p> {text} .".encode(), format=_NT)
    return quad.object


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
