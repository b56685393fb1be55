"""Reasoning: the fast rules give exactly owlrl's entailments, kept apart from the asserted triples."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from graphdiff import assert_isomorphic
from rdflib import Graph, Namespace
from rdflib.namespace import OWL, RDF, RDFS

from graph.reasoning import infer, infer_triples

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


def test_oxigraph_triples_give_the_same_entailments(built_seeds: Path) -> None:
    asserted = {q.triple for q in ox.parse(path=str(built_seeds / "kg-asserted.nt"), format=ox.RdfFormat.N_TRIPLES)}
    from_rdflib = infer(Graph().parse(built_seeds / "kg-asserted.nt", format="nt"))
    found = infer_triples(asserted)
    assert len(found) > 500 and not set(found) & asserted
    assert_isomorphic(Graph().parse(data=ox.serialize(found, format=ox.RdfFormat.N_TRIPLES), format="nt"), from_rdflib)


def test_small_graph_entailments_agree_across_reasoners_on_oxigraph_triples() -> None:
    asserted = {
        q.triple for q in ox.parse(small().serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    }
    assert set(infer_triples(asserted)) == set(infer_triples(asserted, "owlrl"))
    assert ox.Triple(ox.NamedNode(EX.a), ox.NamedNode(EX.partOf), ox.NamedNode(EX.c)) in infer_triples(asserted)
