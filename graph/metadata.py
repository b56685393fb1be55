"""The dataset description written beside the dumps: VoID counts and DCAT distributions with checksums."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD
from rdflib.term import Node

from graph.dumps import DumpFile
from graph.iris import digest
from loaders.corpus import CorpusInfo

SPDX = "http://spdx.org/rdf/terms#"
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


def dataset_iri(base: str) -> URIRef:
    """The IRI of the dataset itself."""
    return URIRef(base + "dataset")


def build_metadata(
    corpora: Sequence[tuple[CorpusInfo, int]],
    files: Sequence[DumpFile],
    counts: Mapping[str, int],
    build_day: date,
    base: str,
) -> Graph:
    """VoID and DCAT description of a build: what it holds, where it came from, its files and checksums."""
    graph = Graph()
    graph.bind("void", VOID)
    graph.bind("dcat", DCAT)
    graph.bind("dcterms", DCTERMS)
    graph.bind("spdx", SPDX)
    ds = dataset_iri(base)
    graph.add((ds, RDF.type, VOID.Dataset))
    graph.add((ds, RDF.type, DCAT.Dataset))
    graph.add((ds, DCTERMS.title, Literal("conflict-kg: a knowledge graph of the war in Syria", lang="en")))
    graph.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "Actors, places, engagements and attributed claims extracted from news articles, each fact traceable "
                "to the sentence that stated it and to whoever claimed it.",
                lang="en",
            ),
        )
    )
    graph.add((ds, DCTERMS.issued, Literal(build_day.isoformat(), datatype=XSD.date)))
    graph.add((ds, DCTERMS.license, LICENSE))
    graph.add((ds, VOID.uriSpace, Literal(base)))
    graph.add((ds, VOID.triples, Literal(counts.get("triples", 0), datatype=XSD.integer)))
    for name, value in sorted(counts.items()):
        graph.add((ds, URIRef(f"https://w3id.org/conflict-kg/ontology#count_{name}"), Literal(value)))
    for info, articles in corpora:
        source = URIRef(f"{base}corpus/{info.name}")
        graph.add((ds, DCTERMS.source, source))
        graph.add((source, DCTERMS.title, Literal(info.title or info.name)))
        graph.add((source, URIRef("https://w3id.org/conflict-kg/ontology#articleCount"), Literal(articles)))
        if info.license:
            graph.add((source, DCTERMS.rights, Literal(info.license)))
        if info.attribution:
            graph.add((source, DCTERMS.bibliographicCitation, Literal(info.attribution)))
    for file in files:
        dist = URIRef(f"{base}dataset/distribution/{file.name}")
        checksum = URIRef(f"{dist}/sha256")
        graph.add((ds, DCAT.distribution, dist))
        graph.add((dist, RDF.type, DCAT.Distribution))
        graph.add((dist, DCTERMS.title, Literal(file.name)))
        graph.add((dist, DCTERMS.description, Literal(file.description)))
        graph.add((dist, DCAT.mediaType, Literal(file.media_type)))
        graph.add((dist, DCAT.byteSize, Literal(file.size, datatype=XSD.nonNegativeInteger)))
        graph.add((dist, URIRef(SPDX + "checksum"), checksum))
        graph.add((checksum, URIRef(SPDX + "algorithm"), URIRef(SPDX + "checksumAlgorithm_sha256")))
        graph.add((checksum, URIRef(SPDX + "checksumValue"), Literal(file.sha256, datatype=XSD.hexBinary)))
    return graph


def partitions(graph: Graph, base: str) -> Graph:
    """VoID class and property partitions with counts, for the endpoint's description."""
    classes = Counter(o for _, o in graph.subject_objects(RDF.type))
    properties = Counter(p for _, p, _ in graph)
    return partitions_of_counts(classes, properties, base)


def partitions_of_counts(classes: Mapping[Node, int], properties: Mapping[Node, int], base: str) -> Graph:
    """VoID partitions from counts already made: entities per class, triples per property."""
    out = Graph()
    ds = dataset_iri(base)
    for cls, n in sorted(classes.items()):
        part = URIRef(f"{ds}/class/{digest(cls)}")
        out.add((ds, VOID.classPartition, part))
        out.add((part, VOID["class"], cls))
        out.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in sorted(properties.items()):
        part = URIRef(f"{ds}/property/{digest(prop)}")
        out.add((ds, VOID.propertyPartition, part))
        out.add((part, VOID.property, prop))
        out.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    return out
