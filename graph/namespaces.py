"""The namespaces of the vocabulary contract (DESIGN.md) and the prefix map used everywhere."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, VOID, XSD

KG = Namespace("https://w3id.org/conflict-kg/ontology#")
DEFAULT_BASE = "https://w3id.org/conflict-kg/resource/"
GRAPH_BASE = "https://w3id.org/conflict-kg/graph/"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = SDO  # schema.org, https form as rdflib binds it

# Named graphs of the store: kept apart so asserted and inferred triples can be told apart.
ONTOLOGY_GRAPH = GRAPH_BASE + "ontology"
REFERENCE_GRAPH = GRAPH_BASE + "reference"
ARTICLES_GRAPH = GRAPH_BASE + "articles"
INFERRED_GRAPH = GRAPH_BASE + "inferred"

PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "res": DEFAULT_BASE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "sem": str(SEM),
    "oa": str(OA),
    "geo": str(GEO),
    "sh": str(SH),
    "void": str(VOID),
    "dcat": str(DCAT),
    "wd": str(WD),
}


def prefixes_for(base: str) -> dict[str, str]:
    """The prefix map with `res:` bound to the configured resource base."""
    return {**PREFIXES, "res": base}
