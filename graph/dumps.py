"""Deterministic dumps: the same graphs always give the same bytes, in Turtle, N-Triples, N-Quads and JSON-LD."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from graph.namespaces import ARTICLES_GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

ASSERTED_GRAPHS = (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ARTICLES_GRAPH)
ALL_GRAPHS = (*ASSERTED_GRAPHS, INFERRED_GRAPH)
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

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
    blank = [quad for quad in quads if _has_blank(quad)]
    if not blank:
        return
    # Blank node labels are random per parse; RDFC-1.0 makes them a function of the graph alone.
    part = ox.Dataset(blank)
    part.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    for quad in blank:
        dataset.remove(quad)
    for quad in part:
        dataset.add(quad)


def _has_blank(quad: ox.Quad) -> bool:
    return (
        isinstance(quad.subject, ox.BlankNode)
        or isinstance(quad.object, ox.BlankNode)
        or isinstance(quad.graph_name, ox.BlankNode)
    )


def sorted_triples(dataset: ox.Dataset, graph_names: Iterable[str]) -> list[ox.Triple]:
    """The distinct triples of the named graphs, sorted by subject, then rdf:type first, predicate and object."""
    names = {ox.NamedNode(n) for n in graph_names}
    triples = {quad.triple for quad in dataset if quad.graph_name in names}
    return sorted(triples, key=_triple_key)


def sorted_quads(dataset: ox.Dataset) -> list[ox.Quad]:
    """Every quad, sorted by graph, then as triples are."""
    return sorted(dataset, key=lambda q: f"{q.graph_name}\x00{_triple_key(q.triple)}")


def _triple_key(triple: ox.Triple) -> str:
    """Sort key that groups a subject's triples and puts its types first: (subject, predicate is not rdf:type,
    predicate, object) in one string, the parts joined by NUL, which no IRI holds, so it sorts as that tuple would
    with a fraction of the memory."""
    predicate = str(triple.predicate)
    return f"{triple.subject}\x00{'1' if predicate != RDF_TYPE else '0'}{predicate}\x00{triple.object}"


@dataclass(frozen=True)
class SortedDataset:
    """A dataset's triples and quads in dump order, each sort key computed once."""

    everything: list[ox.Triple]  # distinct triples of every graph
    asserted: list[ox.Triple]  # distinct triples of the ontology, reference and articles graphs
    inferred: list[ox.Triple]
    quads: list[ox.Quad]  # as sorted_quads gives them
    sizes: dict[str, int] = field(default_factory=dict)  # triples of each named graph, by its IRI


def sort_dataset(dataset: ox.Dataset) -> SortedDataset:
    """The dataset in dump order; the same lists sorted_triples and sorted_quads give, for a third of the work."""
    # Each distinct triple: its sort key, then its quads (one per graph holding it).
    index: dict[ox.Triple, list[str | ox.Quad]] = {}
    for quad in dataset:
        triple = quad.triple
        entry = index.get(triple)
        if entry is None:
            index[triple] = [_triple_key(triple), quad]
        else:
            entry.append(quad)
    everything = sorted(index, key=lambda t: index[t][0])
    inferred_name = ox.NamedNode(INFERRED_GRAPH)
    by_graph: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Quad]] = {}
    asserted, inferred = [], []
    # Walking the sorted triples once puts each graph's quads, and the asserted and inferred triples, in order.
    for triple in everything:
        in_asserted = in_inferred = False
        for quad in index[triple][1:]:
            assert isinstance(quad, ox.Quad)
            name = quad.graph_name
            found = by_graph.get(name)
            if found is None:
                found = by_graph[name] = []
            found.append(quad)
            if name == inferred_name:
                in_inferred = True
            else:
                in_asserted = True
        if in_asserted:
            asserted.append(triple)
        if in_inferred:
            inferred.append(triple)
    return SortedDataset(
        everything=everything,
        asserted=asserted,
        inferred=inferred,
        # By graph, then as the triples: what sorting every quad by (graph, triple key) gives.
        quads=[quad for name in sorted(by_graph, key=str) for quad in by_graph[name]],
        sizes={name.value: len(quads) for name, quads in by_graph.items() if isinstance(name, ox.NamedNode)},
    )


def write_dumps(
    out: Path,
    dataset: ox.Dataset,
    prefixes: Mapping[str, str],
    *,
    gzip_names: Sequence[str] = (),
    ordered: SortedDataset | None = None,
) -> list[DumpFile]:
    """Write every dump of the dataset into `out`; return what was written, in a stable order.

    `ordered`: the dataset's `sort_dataset`, when the caller has it already.
    """
    ordered = ordered or sort_dataset(dataset)
    everything, asserted, inferred = ordered.everything, ordered.asserted, ordered.inferred
    plan: list[tuple[str, str, ox.RdfFormat, Sequence[ox.Triple] | Sequence[ox.Quad]]] = [
        (
            "kg.ttl",
            "everything: ontology, reference, asserted and inferred triples",
            ox.RdfFormat.TURTLE,
            everything,
        ),
        ("kg.nt", "everything, as N-Triples", ox.RdfFormat.N_TRIPLES, everything),
        ("kg.jsonld", "everything, as JSON-LD", ox.RdfFormat.JSON_LD, everything),
        (
            "kg.nq",
            "everything, with named graphs (N-Quads)",
            ox.RdfFormat.N_QUADS,
            ordered.quads,
        ),
        (
            "kg-asserted.ttl",
            "asserted triples only: ontology, reference, articles",
            ox.RdfFormat.TURTLE,
            asserted,
        ),
        ("kg-asserted.nt", "asserted triples only, as N-Triples", ox.RdfFormat.N_TRIPLES, asserted),
        ("kg-inferred.ttl", "the OWL-RL entailments only", ox.RdfFormat.TURTLE, inferred),
    ]
    written: list[DumpFile | Future[DumpFile]] = []
    # zlib lets go of the interpreter lock: the copies are compressed in threads while the next dumps are written.
    with ThreadPoolExecutor(max(1, len(gzip_names))) as compressing:
        for name, description, fmt, items in plan:
            path = out / name
            if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD):
                ox.serialize(items, str(path), fmt, prefixes=dict(prefixes))
            else:
                ox.serialize(items, str(path), fmt)
            written.append(describe_file(path, description))
            if name in gzip_names:
                written.append(compressing.submit(_gzip_described, path, f"{description}, gzip-compressed"))
        return [item.result() if isinstance(item, Future) else item for item in written]


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
