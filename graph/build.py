"""The build: corpora -> extraction -> graphs -> reasoning -> validation -> dumps and store, swapped in whole."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

import ontology
from graph import dumps, reasoning, validation
from graph.iris import resource, slug
from graph.metadata import build_metadata, partitions
from graph.namespaces import (
    ARTICLES_GRAPH,
    DEFAULT_BASE,
    INFERRED_GRAPH,
    KG,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    prefixes_for,
)
from graph.paths import ARTICLES_DIR
from graph.reference import reference_graph
from graph.store import write_store
from loaders.corpus import CorpusError, CorpusInfo, read_corpus
from loaders.extract import extract
from loaders.gazetteer import Gazetteer
from loaders.model import Article, Extraction
from loaders.rdf import extraction_graph

Progress = Callable[[str], None]


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


@dataclass
class BuildResult:
    """What a build wrote and found."""

    out: Path
    counts: dict[str, int]
    files: list[dumps.DumpFile]
    skipped: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0


def build(options: BuildOptions) -> BuildResult:
    """Build the graph into options.out; raises CorpusError (bad input) or BuildFailed (violations)."""
    started = time.monotonic()

    def say(message: str) -> None:
        options.progress(f"[{time.monotonic() - started:6.1f} s] {message}")

    corpora, articles, skipped, notices = _read(options)
    say(f"read {len(articles)} articles from {len(corpora)} corpora")
    gazetteer = Gazetteer.load(options.reference_dir)
    extractions, articles_graph, keys = _extract(articles, gazetteer, options, skipped)
    say(f"extracted {len(extractions)} articles: {len(articles_graph)} triples")
    graphs = {
        ONTOLOGY_GRAPH: load_ontology(),
        REFERENCE_GRAPH: reference_graph(
            gazetteer, sorted(k for k in keys if _in_gazetteer(gazetteer, k)), options.base
        ),
        ARTICLES_GRAPH: articles_graph,
    }
    asserted = Graph()
    for graph in graphs.values():
        asserted += graph
    say(f"reasoning over {len(asserted)} asserted triples")
    graphs[INFERRED_GRAPH] = reasoning.infer(asserted, options.reasoner)
    say(f"validating ({len(graphs[INFERRED_GRAPH])} triples inferred)")
    result = validation.validate(asserted)
    report_text = validation.format_report(result)
    staging = _staging_dir(options.out)
    try:
        (staging / "validation.txt").write_text(report_text + "\n", encoding="utf-8")
        result.report_graph.serialize(staging / "validation.ttl", format="turtle")
        if not result.conforms:
            failed = options.out.with_name(options.out.name + ".failed")
            shutil.rmtree(failed, ignore_errors=True)
            staging.rename(failed)
            raise BuildFailed(report_text, failed)
        say("writing dumps and store")
        dataset = dumps.to_dataset(graphs)
        files = dumps.write_dumps(staging, dataset, prefixes_for(options.base), gzip_names=("kg.ttl", "kg.nt", "kg.nq"))
        write_store(staging / "store", dumps.sorted_quads(dataset))
        everything = asserted + graphs[INFERRED_GRAPH]
        counts = _counts(graphs, everything, extractions)
        build_day = options.build_date or date.today()
        metadata = build_metadata(corpora, files, counts, build_day, options.base)
        metadata += partitions(everything, options.base)
        metadata.serialize(staging / "void.ttl", format="turtle")
        manifest = {
            "build_date": build_day.isoformat(),
            "base": options.base,
            "corpora": [_corpus_entry(info, n) for info, n in corpora],
            "counts": counts,
            "files": [vars(f) for f in files],
            "skipped": skipped,
            "notices": notices,
            "seconds": round(time.monotonic() - started, 2),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _swap(staging, options.out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    seconds = time.monotonic() - started
    say(f"built {options.out} in {seconds:.1f} s")
    return BuildResult(options.out, counts, files, skipped, notices, seconds)


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


def _extract(
    articles: list[Article], gazetteer: Gazetteer, options: BuildOptions, skipped: list[str]
) -> tuple[list[Extraction], Graph, set[str]]:
    """Extract every article into one graph; collect the gazetteer keys the graph refers to."""
    graph = Graph()
    extractions: list[Extraction] = []
    keys: set[str] = set()
    for article in articles:
        try:
            extraction = extract(article, gazetteer)
        except Exception as err:  # an extractor failure on one article must not lose the others
            if not options.keep_going:
                raise CorpusError(article.source, f"extraction failed: {type(err).__name__}: {err}") from err
            skipped.append(f"{article.source}: extraction failed: {type(err).__name__}: {err}")
            continue
        publisher = _publisher(article, gazetteer, graph, options.base)
        graph += extraction_graph(extraction, publisher, options.base)
        extractions.append(extraction)
        keys.update(m.key for m in extraction.mentions)
        keys.update(c.claimant for c in extraction.claims if c.claimant)
        for engagement in extraction.engagements:
            keys.update((*engagement.attackers, *engagement.targets, *engagement.supporters, *engagement.places))
        if publisher:
            keys.add(publisher)
    return extractions, graph, keys


def _publisher(article: Article, gazetteer: Gazetteer, graph: Graph, base: str) -> str | None:
    """The actor key of an article's publisher: the gazetteer's when it knows the name, else a local outlet."""
    if not article.publisher:
        return None
    name = article.publisher
    mentions = [m for m in gazetteer.find(name) if m.kind == "actor"]
    if len(mentions) == 1 and mentions[0].span.end - mentions[0].span.start == len(name.strip()):
        return mentions[0].key
    key = f"actor/local/{slug(name)}"
    node: URIRef = resource(key, base)
    graph.add((node, RDF.type, KG.MediaOutlet))
    graph.add((node, RDFS.label, Literal(name, lang="en")))
    graph.add((node, KG.gazetteerStatus, Literal("not-in-gazetteer")))
    return key


def _in_gazetteer(gazetteer: Gazetteer, key: str) -> bool:
    """Whether the gazetteer knows the key (local entities are described by the articles graph)."""
    try:
        gazetteer.get(key)
    except KeyError:
        return False
    return True


def _counts(graphs: dict[str, Graph], everything: Graph, extractions: list[Extraction]) -> dict[str, int]:
    """The figures a build reports."""
    linked = {
        s
        for s, o in everything.subject_objects(URIRef("http://www.w3.org/2004/02/skos/core#exactMatch"))
        if str(o).startswith("http://www.wikidata.org/entity/")
    }
    return {
        "triples": len(everything),
        "asserted_triples": sum(len(graphs[g]) for g in (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ARTICLES_GRAPH)),
        "inferred_triples": len(graphs[INFERRED_GRAPH]),
        "articles": len(extractions),
        "engagements": sum(len(e.engagements) for e in extractions),
        "claims": sum(len(e.claims) for e in extractions),
        "mentions": sum(len(e.mentions) for e in extractions),
        "linked_entities": len(linked),
    }


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
