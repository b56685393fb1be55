"""Reasoning: the fast rules give exactly owlrl's entailments, kept apart from the asserted triples."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF, RDFS

from graph.reasoning import infer

EX = Namespace("http://example.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


def small() -> Graph:
    """A tiny ontology and data exercising every rule our ontology fires."""
    g = Graph()
    for t in [
        (EX.partOf, RDF.type, OWL.TransitiveProperty),
        (EX.Town, RDFS.subClassOf, EX.Place),
        (EX.Place, RDFS.subClassOf, SEM.Place),
        (EX.attacker, RDFS.subPropertyOf, EX.participant),
        (EX.participant, RDFS.subPropertyOf, SEM.hasActor),
        (EX.participant, RDFS.range, EX.Actor),
        (EX.place, RDFS.domain, EX.Event),
        (EX.a, RDF.type, EX.Town),
        (EX.a, EX.partOf, EX.b),
        (EX.b, EX.partOf, EX.c),
        (EX.e, EX.attacker, EX.x),
        (EX.e, EX.place, EX.a),
    ]:
        g.add(t)
    return g


def test_rules_entail_what_the_queries_rely_on() -> None:
    inferred = infer(small())
    for triple in [
        (EX.a, EX.partOf, EX.c),  # transitive partOf
        (EX.a, RDF.type, SEM.Place),  # super-classes, two steps up
        (EX.e, SEM.hasActor, EX.x),  # super-properties, two steps up
        (EX.x, RDF.type, EX.Actor),  # range of a super-property
        (EX.e, RDF.type, EX.Event),  # domain
    ]:
        assert triple in inferred, triple
    assert (EX.a, EX.partOf, EX.b) not in inferred  # asserted triples stay out of the inferred graph
    assert (EX.a, OWL.sameAs, EX.a) not in infer(small(), "owlrl")  # tautologies are dropped


def test_rules_and_owlrl_agree_on_small_graph() -> None:
    assert set(infer(small())) == set(infer(small(), "owlrl"))


def test_rules_and_owlrl_agree_on_the_seed_build(built_seeds: Path) -> None:
    asserted = Graph().parse(built_seeds / "kg-asserted.ttl")
    rules, full = set(infer(asserted)), set(infer(asserted, "owlrl"))
    assert len(rules) > 500
    assert rules == full, (sorted(rules - full)[:5], sorted(full - rules)[:5])
