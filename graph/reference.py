"""The reference graph: gazetteer places and actors as RDF, shaped as docs/model.md describes them."""

from __future__ import annotations

import gc
from collections.abc import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from graph.iris import resource
from graph.namespaces import DEFAULT_BASE, GEO, KG, WD, prefixes_for
from loaders.gazetteer import Entity, Gazetteer

ACAT = Namespace("https://w3id.org/conflict-kg/ontology/actor-category/")
ALWAYS = frozenset({"Country", "Governorate", "District"})  # the administrative frame is always in the graph
# Terms looked up once: building every term through Namespace attribute access is most of the cost at 10k entities.
_TYPE, _LABEL, _ALT, _MATCH = RDF.type, RDFS.label, SKOS.altLabel, SKOS.exactMatch
_PART_OF, _CATEGORY, _POPULATION, _WOF, _CONFIDENCE = (
    KG.partOf,
    KG.actorCategory,
    KG.population,
    KG.whosOnFirstId,
    KG.qidConfidence,
)
_HAS_GEOMETRY, _GEOMETRY, _AS_WKT, _WKT = GEO.hasGeometry, GEO.Geometry, GEO.asWKT, GEO.wktLiteral
_NON_NEGATIVE = XSD.nonNegativeInteger


def reference_graph(gazetteer: Gazetteer, keys: Iterable[str] | None = None, base: str = DEFAULT_BASE) -> Graph:
    """The RDF of the given entities (None: all), their ancestors, and every country, governorate and district.

    Keys the gazetteer does not know (local entities minted from text) are left out: the article writer
    describes those. The output depends only on the gazetteer and the keys, never on their order.
    """
    if keys is None:
        wanted = {e.key for e in gazetteer.entities()}
    else:
        wanted = {k for k in keys if k in gazetteer}
        wanted |= {e.key for e in gazetteer.entities() if e.kind == "place" and e.cls in ALWAYS}
        for key in list(wanted):
            wanted.update(gazetteer.ancestors(key))
    graph = Graph(store="SimpleMemory")  # no contexts needed; twice as fast as the default store to fill
    for prefix, namespace in prefixes_for(base).items():
        graph.bind(prefix, namespace)
    graph.bind("acat", ACAT)
    # Tens of thousands of small objects, none cyclic: the cycle collector would only rescan them (a third
    # of the time for the whole gazetteer), so it is paused while the graph is filled.
    collecting = gc.isenabled()
    gc.disable()
    try:
        triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
        for key in sorted(wanted):
            triples.extend(entity_triples(gazetteer.get(key), base))
        graph.addN((s, p, o, graph) for s, p, o in triples)
    finally:
        if collecting:
            gc.enable()
    return graph


def entity_triples(entity: Entity, base: str = DEFAULT_BASE) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of one gazetteer entity."""
    node = resource(entity.key, base)
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (node, _TYPE, KG[entity.cls]),
        (node, _LABEL, Literal(entity.label, lang="en")),
    ]
    out += [(node, _ALT, Literal(alias, lang="en")) for alias in entity.aliases if alias != entity.label]
    if entity.category:
        out.append((node, _CATEGORY, ACAT[entity.category]))
    if entity.parent:
        out.append((node, _PART_OF, resource(entity.parent, base)))
    if entity.lat is not None and entity.lon is not None:
        geometry = resource(f"{entity.key}/geometry", base)
        out += [
            (node, _HAS_GEOMETRY, geometry),
            (geometry, _TYPE, _GEOMETRY),
            (geometry, _AS_WKT, Literal(wkt_point(entity.lon, entity.lat), datatype=_WKT)),
        ]
    if entity.population is not None:
        out.append((node, _POPULATION, Literal(str(entity.population), datatype=_NON_NEGATIVE)))
    if entity.wof_id:
        out.append((node, _WOF, Literal(entity.wof_id)))
    if entity.qid:
        out.append((node, _MATCH, WD[entity.qid]))
        if entity.qid_confidence == "weak":
            out.append((node, _CONFIDENCE, Literal("weak")))
    return out


def wkt_point(lon: float, lat: float) -> str:
    """A WKT point, longitude first, at most 5 decimals, no trailing zeros.

    >>> wkt_point(38.28055, 34.560770)
    'POINT(38.28055 34.56077)'
    >>> wkt_point(36.0, -1.5)
    'POINT(36 -1.5)'
    """
    return f"POINT({_decimal(lon)} {_decimal(lat)})"


def _decimal(value: float) -> str:
    """A coordinate with at most 5 decimals and no trailing zeros."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text
