"""OWL-RL closure with owlrl, kept apart from the asserted triples so the two can be told apart."""

from __future__ import annotations

import owlrl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

# Every OWL-RL reasoner adds these to every node; they carry no information and would double a dump.
_REFLEXIVE = {OWL.sameAs, OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf}
_TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, RDF.Property, OWL.Class}


def infer(asserted: Graph) -> Graph:
    """The OWL-RL entailments of `asserted` that it does not already hold, minus tautologies.

    >>> from rdflib import Namespace
    >>> ex = Namespace("http://example.org/")
    >>> g = Graph()
    >>> _ = g.add((ex.partOf, RDF.type, OWL.TransitiveProperty))
    >>> _ = g.add((ex.a, ex.partOf, ex.b)); _ = g.add((ex.b, ex.partOf, ex.c))
    >>> (ex.a, ex.partOf, ex.c) in infer(g)
    True
    """
    # owlrl writes its closure into `destination` only when both graphs share one store.
    dataset = Dataset()
    source = dataset.graph(URIRef("urn:conflict-kg:asserted"))
    for triple in asserted:
        source.add(triple)
    closure = dataset.graph(URIRef("urn:conflict-kg:inferred"))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False).expand(
        source, destination=closure
    )
    inferred = Graph()
    for s, p, o in closure:
        if _keep(s, p, o) and (s, p, o) not in asserted:
            inferred.add((s, p, o))
    return inferred


def _keep(s: object, p: object, o: object) -> bool:
    """Whether an entailment is worth keeping: no literal or blank subject, no tautology."""
    if isinstance(s, (Literal, BNode)) or isinstance(o, BNode):
        return False
    if p in _REFLEXIVE and s == o:
        return False
    return not (p == RDF.type and o in _TRIVIAL_TYPES)
