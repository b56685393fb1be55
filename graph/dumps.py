"""Deterministic dumps: the same graphs always give the same bytes, in Turtle, N-Triples, N-Quads and JSON-LD."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph import linesort
from graph.namespaces import ARTICLES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from graph.pattern import has_blank

ASSERTED_GRAPHS = (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ARTICLES_GRAPH)
ALL_GRAPHS = (*ASSERTED_GRAPHS, INFERRED_GRAPH)
RDF_TYPE = linesort.RDF_TYPE
_EXACT_MATCH = "<http://www.w3.org/2004/02/skos/core#exactMatch>"
_WIKIDATA = (b"<http://www.wikidata.org/entity/", b'"http://www.wikidata.org/entity/')

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".jsonld": "application/ld+json",
    ".gz": "application/gzip",
}


@dataclass(frozen=True)
class DumpFile:
    """One written dump: its name, what it holds, size and checksum."""

    name: str
    description: str
    media_type: str
    size: int
    sha256: str


def to_dataset(graphs: Mapping[str, Graph]) -> ox.Dataset:
    """The rdflib graphs as one Oxigraph dataset (one named graph each), blank nodes canonicalised."""
    dataset = ox.Dataset()
    for name, graph in graphs.items():
        add_ntriples(dataset, name, graph.serialize(format="nt", encoding="utf-8"))
    canonicalize(dataset)
    return dataset


def add_ntriples(dataset: ox.Dataset, graph_name: str, data: bytes | str) -> None:
    """Add N-Triples text to the dataset, in the named graph."""
    name = ox.NamedNode(graph_name)
    add = dataset.add
    for quad in ox.parse(data.encode("utf-8") if isinstance(data, str) else data, format=ox.RdfFormat.N_TRIPLES):
        add(ox.Quad(quad.subject, quad.predicate, quad.object, name))


def canonicalize(dataset: ox.Dataset, graphs: Iterable[str] | None = None) -> None:
    """Relabel the dataset's blank nodes as a function of the dataset alone (RDFC-1.0), if it has any; `graphs`:
    the only named graphs that may hold blank nodes, when the caller knows (the others are not searched).

    Only the quads that hold a blank node are canonicalised: RDFC-1.0 hashes a blank node from the quads that
    mention it (and, to break ties, from blank nodes reached through such quads), so the others cannot change a
    label, and leaving them out saves the time of hashing the whole dataset (a few hundred ontology quads among
    millions).
    """
    quads = dataset if graphs is None else (q for g in graphs for q in dataset.quads_for_graph_name(ox.NamedNode(g)))
    blank = [quad for quad in quads if has_blank(quad)]
    if not blank:
        return
    # Blank node labels are random per parse; RDFC-1.0 makes them a function of the graph alone.
    part = ox.Dataset(blank)
    part.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    for quad in blank:
        dataset.remove(quad)
    for quad in part:
        dataset.add(quad)


def sorted_quads(dataset: ox.Dataset) -> list[ox.Quad]:
    """Every quad, sorted by graph, then as triples are (the order of kg.nq)."""
    return sorted(dataset, key=lambda q: f"{q.graph_name}\x00{_triple_key(q.triple)}")


def _triple_key(triple: ox.Triple) -> str:
    """Sort key that groups a subject's triples and puts its types first: (subject, predicate is not rdf:type,
    predicate, object) in one string, the parts joined by NUL, which no IRI holds (graph/linesort.py sorts lines
    in the same order)."""
    predicate = str(triple.predicate)
    return f"{triple.subject}\x00{'1' if predicate != RDF_TYPE else '0'}{predicate}\x00{triple.object}"


@dataclass
class DumpStats:
    """What one streaming pass over the sorted dumps counts."""

    triples: int = 0  # distinct triples of every graph
    sizes: dict[str, int] = field(default_factory=dict)  # triples of each named graph, by its IRI
    properties: Counter[str] = field(default_factory=Counter)  # triples per predicate (N-Triples form)
    classes: Counter[str] = field(default_factory=Counter)  # rdf:type triples per class (N-Triples form)
    linked: int = 0  # subjects with a skos:exactMatch to Wikidata


def write_dumps(
    out: Path, dataset: ox.Dataset, prefixes: Mapping[str, str], *, gzip_names: Sequence[str] = ()
) -> list[DumpFile]:
    """Write every dump of the dataset (blank nodes already canonical) into `out`; return what was written."""
    work = out / ".dumps-work"
    work.mkdir()
    try:
        files = {}
        for i, name in enumerate(sorted({str(q.graph_name.value) for q in dataset})):
            files[name] = work / f"graph-{i}.nt"
            triples = (q.triple for q in dataset.quads_for_graph_name(ox.NamedNode(name)))
            ox.serialize(triples, str(files[name]), ox.RdfFormat.N_TRIPLES)
        return write_graph_dumps(out, files, prefixes, gzip_names=gzip_names, work=work)[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_graph_dumps(
    out: Path,
    graph_files: Mapping[str, Path],
    prefixes: Mapping[str, str],
    *,
    gzip_names: Sequence[str] = (),
    work: Path,
) -> tuple[list[DumpFile], DumpStats]:
    """Write every dump into `out` from each named graph's N-Triples file (Oxigraph's line forms, blank nodes
    canonical, duplicates allowed); return what was written, in a stable order, and the counts.

    Nothing is held in memory per triple: the lines are sorted by GNU sort in `work` (graph/linesort.py) and the
    Turtle and JSON-LD writers read the sorted N-Triples as a stream.
    """
    graphs = sorted(graph_files, key=lambda g: f"<{g}>")  # kg.nq orders graphs by their N-Triples form
    marked = {g: work / f"sorted-{i}.nt" for i, g in enumerate(graphs)}
    for graph in graphs:
        linesort.sort_file(graph_files[graph], marked[graph], work)
    stats = DumpStats(sizes={g: linesort.count_lines(marked[g]) for g in graphs})
    everything, asserted = work / "everything.nt", work / "asserted.nt"
    linesort.merge_files([marked[g] for g in graphs], everything, work)
    linesort.merge_files([marked[g] for g in graphs if g in ASSERTED_GRAPHS], asserted, work)
    linesort.unmark(everything, out / "kg.nt")
    linesort.unmark(asserted, out / "kg-asserted.nt")
    inferred = work / "inferred.nt"
    if INFERRED_GRAPH in marked:
        linesort.unmark(marked[INFERRED_GRAPH], inferred)
    else:
        inferred.write_bytes(b"")
    (out / "kg.nq").write_bytes(b"")
    for graph in graphs:
        linesort.unmark(marked[graph], out / "kg.nq", graph)
    _count(out / "kg.nt", stats)
    plan: list[tuple[str, str, Path]] = [
        ("kg.ttl", "everything: ontology, reference, asserted and inferred triples", out / "kg.nt"),
        ("kg.nt", "everything, as N-Triples", out / "kg.nt"),
        ("kg.jsonld", "everything, as JSON-LD", out / "kg.nt"),
        ("kg.nq", "everything, with named graphs (N-Quads)", out / "kg.nq"),
        ("kg-asserted.ttl", "asserted triples only: ontology, reference, articles", out / "kg-asserted.nt"),
        ("kg-asserted.nt", "asserted triples only, as N-Triples", out / "kg-asserted.nt"),
        ("kg-inferred.ttl", "the OWL-RL entailments only", inferred),
    ]
    written: list[DumpFile | Future[DumpFile]] = []
    # zlib lets go of the interpreter lock: the copies are compressed in threads while the next dumps are written.
    with ThreadPoolExecutor(max(1, len(gzip_names))) as compressing:
        for name, description, source in plan:
            path = out / name
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
            if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD):
                triples = (q.triple for q in ox.parse(path=str(source), format=ox.RdfFormat.N_TRIPLES))
                ox.serialize(triples, str(path), fmt, prefixes=dict(prefixes))
            written.append(describe_file(path, description))
            if name in gzip_names:
                written.append(compressing.submit(_gzip_described, path, f"{description}, gzip-compressed"))
        return [item.result() if isinstance(item, Future) else item for item in written], stats


def _count(everything: Path, stats: DumpStats) -> None:
    """Count the sorted N-Triples of every graph in one pass: triples, per predicate, per class, linked entities."""
    rdf_type, exact_match = linesort.RDF_TYPE.encode(), _EXACT_MATCH.encode()
    properties: Counter[bytes] = Counter()
    classes: Counter[bytes] = Counter()
    linked: set[bytes] = set()
    triples = 0
    with everything.open("rb") as lines:
        for line in lines:
            triples += 1
            subject, predicate, rest = line.split(b" ", 2)
            properties[predicate] += 1
            if predicate == rdf_type:
                classes[rest[:-3]] += 1  # the object: the line ends with " .\n"
            elif predicate == exact_match and rest.startswith(_WIKIDATA):
                linked.add(subject)
    stats.triples, stats.linked = triples, len(linked)
    stats.properties.update({p.decode(): n for p, n in properties.items()})
    stats.classes.update({c.decode(): n for c, n in classes.items()})


def canonicalize_files(graph_files: Mapping[str, Path], graphs: Iterable[str]) -> None:
    """Relabel the blank nodes of the named graphs' N-Triples files as a function of their quads alone (RDFC-1.0
    over the quads holding a blank node, as `canonicalize`), in place."""
    blank: list[ox.Quad] = []
    graphs = list(graphs)
    for graph in graphs:
        path, name = graph_files[graph], ox.NamedNode(graph)

        def plain(path: Path = path, name: ox.NamedNode = name) -> Iterator[ox.Triple]:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
                named = ox.Quad(quad.subject, quad.predicate, quad.object, name)
                if has_blank(named):
                    blank.append(named)
                else:
                    yield quad.triple

        rest = path.with_name(path.name + ".plain")
        ox.serialize(plain(), str(rest), ox.RdfFormat.N_TRIPLES)
        os.replace(rest, path)
    if not blank:
        return
    part = ox.Dataset(blank)
    part.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    for graph in graphs:
        with graph_files[graph].open("ab") as handle:
            triples = [q.triple for q in part.quads_for_graph_name(ox.NamedNode(graph))]
            ox.serialize(triples, handle, ox.RdfFormat.N_TRIPLES)


def _gzip_described(path: Path, description: str) -> DumpFile:
    """gzip_file, described."""
    return describe_file(gzip_file(path), description)


def gzip_file(path: Path) -> Path:
    """A reproducible gzip of the file (no name, no timestamp in the header)."""
    target = path.with_name(path.name + ".gz")
    with (
        path.open("rb") as src,
        target.open("wb") as raw,
        # Level 6: twice as fast as 9 on N-Triples for a file a few per cent larger.
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as dst,
    ):
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    return target


def describe_file(path: Path, description: str) -> DumpFile:
    """Size, checksum and media type of a written file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return DumpFile(
        name=path.name,
        description=description,
        media_type=MEDIA_TYPES.get(path.suffix, "application/octet-stream"),
        size=path.stat().st_size,
        sha256=digest.hexdigest(),
    )
