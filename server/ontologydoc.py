"""The ontology and its SKOS schemes read from the package's Turtle files, arranged for the /ontology page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

import ontology

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
KG = "https://w3id.org/conflict-kg/ontology#"
PROPERTY_KINDS = {
    OWL + "ObjectProperty": "object property",
    OWL + "DatatypeProperty": "datatype property",
    OWL + "AnnotationProperty": "annotation property",
}


@dataclass
class Term:
    """One documented term: its IRI, anchor, label, comment and the relations worth showing."""

    iri: str
    anchor: str
    label: str = ""
    comment: str = ""
    kind: str = ""
    relations: list[tuple[str, list[str]]] = field(default_factory=list)  # (relation name, IRIs or literals)


@dataclass
class OntologyDoc:
    """The ontology as the page lays it out."""

    triples: list[ox.Triple]
    classes: list[Term]
    properties: list[Term]
    individuals: list[Term]
    schemes: list[tuple[Term, list[Term]]]


def anchor(iri: str) -> str:
    """The fragment a term's section has on the page: its local name.

    >>> anchor("https://w3id.org/conflict-kg/ontology#Claim"), anchor("https://w3id.org/conflict-kg/ontology/engagement-type/ambush")
    ('Claim', 'ambush')
    """
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def load() -> OntologyDoc:
    """Read the ontology files and sort their terms into classes, properties, individuals and schemes."""
    triples: list[ox.Triple] = []
    for name in ontology.ONTOLOGY_FILES:
        triples += [q.triple for q in ox.parse(path=str(ontology.path(name)), format=ox.RdfFormat.TURTLE)]
    about: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        if isinstance(t.subject, ox.NamedNode):
            about[t.subject.value][t.predicate.value].append(t.object)

    def values(iri: str, prop: str) -> list[str]:
        return sorted(o.value for o in about[iri].get(prop, []) if isinstance(o, ox.NamedNode | ox.Literal))

    def term(iri: str, kind: str, relations: dict[str, str]) -> Term:
        label = _english(about[iri].get(RDFS + "label", []) or about[iri].get(SKOS + "prefLabel", []))
        comment = _english(about[iri].get(RDFS + "comment", []) or about[iri].get(SKOS + "definition", []))
        shown = [(name, values(iri, prop)) for name, prop in relations.items() if values(iri, prop)]
        return Term(iri, anchor(iri), label, comment, kind, shown)

    types = {iri: set(values(iri, RDF + "type")) for iri in about}
    ours = sorted(iri for iri in about if iri.startswith("https://w3id.org/conflict-kg/"))
    classes = [
        term(i, "class", {"subclass of": RDFS + "subClassOf", "equivalent to": OWL + "equivalentClass"})
        for i in ours
        if OWL + "Class" in types[i]
    ]
    properties = [
        term(
            i,
            next(PROPERTY_KINDS[k] for k in PROPERTY_KINDS if k in types[i]),
            {"sub-property of": RDFS + "subPropertyOf", "domain": RDFS + "domain", "range": RDFS + "range"},
        )
        for i in ours
        if types[i] & set(PROPERTY_KINDS)
    ]
    individuals = [term(i, "individual", {"type": RDF + "type"}) for i in ours if OWL + "NamedIndividual" in types[i]]
    concept_relations = {
        "broader": SKOS + "broader",
        "ACLED event type": KG + "acledEventType",
        "ACLED sub-event type": KG + "acledSubEventType",
        "ACLED inter code": KG + "acledInterCode",
        "also called": SKOS + "altLabel",
    }
    schemes = []
    for scheme in (i for i in ours if SKOS + "ConceptScheme" in types[i]):
        members = [
            term(i, "concept", concept_relations)
            for i in ours
            if SKOS + "Concept" in types[i] and scheme in values(i, SKOS + "inScheme")
        ]
        schemes.append((term(scheme, "concept scheme", {}), members))
    return OntologyDoc(triples, classes, properties, individuals, schemes)


def _english(literals: list[Any]) -> str:
    """The English (or untagged) text among literals, the first in sorted order."""
    texts = sorted(
        lit.value for lit in literals if isinstance(lit, ox.Literal) and (lit.language or "en").startswith("en")
    )
    return texts[0] if texts else ""
