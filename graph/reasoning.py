"""OWL-RL entailments kept apart from the asserted triples, so the two can be told apart.

Two reasoners give the same entailments on our ontology (a test compares them on the seed build):
`rules` (default) runs the OWL-RL rules the ontology uses as SPARQL in Oxigraph until nothing new comes;
`owlrl` runs owlrl's full closure, pure Python, minutes on a large corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import owlrl
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, XSD

REASONERS = ("rules", "owlrl")

# Every OWL-RL reasoner adds these to every node; they carry no information and would double a dump.
_REFLEXIVE = {OWL.sameAs, OWL.equivalentClass, OWL.equivalentProperty, RDFS.subClassOf, RDFS.subPropertyOf}
_TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, RDF.Property, OWL.Class}
_TRIVIAL_SUPERS = {OWL.Thing, RDFS.Resource}
_TRIVIAL_BOUNDS = {RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range}
_BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))
_REFLEXIVE_IRIS = {str(p) for p in _REFLEXIVE}
_TRIVIAL_TYPE_IRIS = {str(t) for t in _TRIVIAL_TYPES}
_TRIVIAL_SUPER_IRIS = {str(t) for t in _TRIVIAL_SUPERS}
_TRIVIAL_BOUND_IRIS = {str(p) for p in _TRIVIAL_BOUNDS}
_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)
_NT = ox.RdfFormat.N_TRIPLES
SCRATCH_GRAPH = "urn:conflict-kg:reasoning"  # where the rules put what they derive, kept or not
_ASSERTED = "urn:conflict-kg:asserted"
_BATCH = 50_000  # derived triples added to the store at a time

_PROLOGUE = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
# The OWL-RL rules (W3C OWL 2 Profiles, tables 4-9) that our ontology's axioms can fire, by their names there.
RULES: dict[str, str] = {
    "scm-sco": "CONSTRUCT { ?c rdfs:subClassOf ?e } WHERE { ?c rdfs:subClassOf ?d . ?d rdfs:subClassOf ?e }",
    "scm-spo": "CONSTRUCT { ?p rdfs:subPropertyOf ?r } WHERE { ?p rdfs:subPropertyOf ?q . ?q rdfs:subPropertyOf ?r }",
    "scm-eqc": "CONSTRUCT { ?c rdfs:subClassOf ?d . ?d rdfs:subClassOf ?c } WHERE { ?c owl:equivalentClass ?d }",
    "scm-eqp": "CONSTRUCT { ?p rdfs:subPropertyOf ?q . ?q rdfs:subPropertyOf ?p } "
    "WHERE { ?p owl:equivalentProperty ?q }",
    "scm-dom1": "CONSTRUCT { ?p rdfs:domain ?d } WHERE { ?p rdfs:domain ?c . ?c rdfs:subClassOf ?d }",
    "scm-dom2": "CONSTRUCT { ?p rdfs:domain ?c } WHERE { ?q rdfs:domain ?c . ?p rdfs:subPropertyOf ?q }",
    "scm-rng1": "CONSTRUCT { ?p rdfs:range ?d } WHERE { ?p rdfs:range ?c . ?c rdfs:subClassOf ?d }",
    "scm-rng2": "CONSTRUCT { ?p rdfs:range ?c } WHERE { ?q rdfs:range ?c . ?p rdfs:subPropertyOf ?q }",
    "cax-sco": "CONSTRUCT { ?x a ?d } WHERE { ?c rdfs:subClassOf ?d . ?x a ?c }",
    "prp-spo1": "CONSTRUCT { ?x ?q ?y } WHERE { ?p rdfs:subPropertyOf ?q . ?x ?p ?y }",
    "prp-dom": "CONSTRUCT { ?x a ?c } WHERE { ?p rdfs:domain ?c . ?x ?p ?y }",
    "prp-rng": "CONSTRUCT { ?y a ?c } WHERE { ?p rdfs:range ?c . ?x ?p ?y FILTER(!isLiteral(?y)) }",
    "prp-trp": "CONSTRUCT { ?x ?p ?z } WHERE { ?p a owl:TransitiveProperty . ?x ?p ?y . ?y ?p ?z }",
    "prp-symp": "CONSTRUCT { ?y ?p ?x } WHERE { ?p a owl:SymmetricProperty . ?x ?p ?y }",
    "prp-inv1": "CONSTRUCT { ?y ?q ?x } WHERE { ?p owl:inverseOf ?q . ?x ?p ?y }",
    "prp-inv2": "CONSTRUCT { ?b ?p ?a } WHERE { ?p owl:inverseOf ?q . ?a ?q ?b }",
}


def infer(asserted: Graph, reasoner: str = "rules") -> Graph:
    """The OWL-RL entailments of `asserted` that it does not already hold, minus tautologies.

    >>> from rdflib import Namespace
    >>> ex = Namespace("http://example.org/")
    >>> g = Graph()
    >>> _ = g.add((ex.partOf, RDF.type, OWL.TransitiveProperty))
    >>> _ = g.add((ex.a, ex.partOf, ex.b)); _ = g.add((ex.b, ex.partOf, ex.c))
    >>> (ex.a, ex.partOf, ex.c) in infer(g) and (ex.a, ex.partOf, ex.c) in infer(g, "owlrl")
    True
    """
    if reasoner == "owlrl":
        return _owlrl(asserted)
    if reasoner == "rules":
        triples = {q.triple for q in ox.parse(asserted.serialize(format="nt", encoding="utf-8"), format=_NT)}
        return _to_rdflib(_rules(triples))
    raise ValueError(f"unknown reasoner {reasoner!r}; known: {', '.join(REASONERS)}")


def infer_triples(asserted: set[ox.Triple], reasoner: str = "rules") -> list[ox.Triple]:
    """`infer` on Oxigraph triples: the same entailments, sorted, with no rdflib graph of the asserted triples.

    >>> ex = "http://example.org/"
    >>> part_of = ox.NamedNode(ex + "partOf")
    >>> asserted = {ox.Triple(part_of, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(OWL.TransitiveProperty)))}
    >>> asserted |= {ox.Triple(ox.NamedNode(ex + a), part_of, ox.NamedNode(ex + b)) for a, b in ("ab", "bc")}
    >>> [t.object.value for t in infer_triples(asserted)]
    ['http://example.org/c']
    """
    if reasoner == "owlrl":
        asserted_graph = Graph().parse(data=ox.serialize(asserted, format=_NT), format="nt")
        entailed = _owlrl(asserted_graph).serialize(format="nt", encoding="utf-8")
        return sorted({q.triple for q in ox.parse(entailed, format=_NT)}, key=str)
    if reasoner == "rules":
        return sorted(_rules(asserted), key=str)
    raise ValueError(f"unknown reasoner {reasoner!r}; known: {', '.join(REASONERS)}")


def _rules(asserted: set[ox.Triple]) -> set[ox.Triple]:
    """Apply RULES in an in-memory Oxigraph store until a fixpoint; return the entailments worth keeping that are
    new."""
    store = ox.Store()
    graph = ox.NamedNode(_ASSERTED)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in asserted)
    return set(rules_in_store(store, [_ASSERTED]))


def rules_in_store(store: ox.Store, asserted: Sequence[str]) -> Iterator[ox.Triple]:
    """Apply RULES over the union of the store's named graphs `asserted` until a fixpoint, in scratch graphs of the
    store; yield the entailments worth keeping that are not asserted (in no order).

    Semi-naive: the first round applies every rule to the whole store; each later round only the derivations that
    use a triple the round before added (one query per rule and body pattern, that pattern read from the last
    round's graph), until a round adds nothing. Each rule is a CONSTRUCT that keeps only the triples the store does
    not hold yet, streamed into the round's graph in batches: no Python set of the graph's triples.
    """
    names = [ox.NamedNode(g) for g in asserted]
    rounds: list[ox.NamedNode] = []
    while True:
        current = ox.NamedNode(f"{SCRATCH_GRAPH}/{len(rounds) + 1}")
        dataset: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [*names, *rounds]
        queries = _DELTA_QUERIES if rounds else _QUERIES
        previous: list[ox.NamedNode | ox.BlankNode] = [*rounds[-1:]]
        added = 0
        for query in queries:
            batch: list[ox.Quad] = []
            found = store.query(query, default_graph=dataset, named_graphs=previous)
            for t in found:  # type: ignore[union-attr]
                batch.append(ox.Quad(t.subject, t.predicate, t.object, current))
                if len(batch) >= _BATCH:
                    store.extend(batch)
                    added, batch = added + len(batch), []
            store.extend(batch)
            added += len(batch)
        if not added:
            break
        rounds.append(current)
    # The store canonicalises derived integer types, the asserted triples keep them: a literal is compared as
    # rdflib reads it back, which is what the dumps always held.
    for graph in rounds:
        for quad in store.quads_for_pattern(None, None, None, graph):
            t = quad.triple
            obj = _as_rdflib_reads(t.object) if isinstance(t.object, ox.Literal) else t.object
            triple = ox.Triple(t.subject, t.predicate, obj)
            if _keep_ox(triple) and not any(
                next(store.quads_for_pattern(triple.subject, triple.predicate, obj, name), None) for name in names
            ):
                yield triple


def _rule_parts(rule: str) -> tuple[list[str], list[str], str]:
    """A rule's template triples, body triple patterns and trailing filter."""
    found = re.fullmatch(r"CONSTRUCT \{ (.*) \} WHERE \{ (.*?)( FILTER\(.*\))? \}", rule)
    assert found is not None, rule
    template, body, condition = found.groups()
    return template.split(" . "), body.split(" . "), condition or ""


def _queries(delta: bool) -> list[str]:
    """Each rule as one CONSTRUCT per template triple that yields only the triples not in the store; with `delta`,
    one per body pattern too, that pattern read from the named graph of the last round."""
    queries = []
    for rule in RULES.values():
        templates, body, condition = _rule_parts(rule)
        bodies = [" . ".join(body)]
        if delta:
            bodies = [
                " . ".join([f"GRAPH ?delta {{ {body[i]} }}", *body[:i], *body[i + 1 :]]) for i in range(len(body))
            ]
        for triple in templates:
            for where in bodies:
                new_only = f"FILTER NOT EXISTS {{ {triple} }}"
                queries.append(f"{_PROLOGUE}CONSTRUCT {{ {triple} }} WHERE {{ {where}{condition} {new_only} }}")
    return queries


_QUERIES = _queries(delta=False)
_DELTA_QUERIES = _queries(delta=True)


def _as_rdflib_reads(literal: ox.Literal) -> ox.Literal:
    """The literal as rdflib's N-Triples parser reads it: the lexical form of a known datatype normalised."""
    if literal.language:
        language = Literal(literal.value, lang=literal.language).language
        return literal if language == literal.language else ox.Literal(literal.value, language=language)
    if literal.datatype.value == _XSD_STRING:
        return literal
    lexical = str(Literal(literal.value, datatype=literal.datatype.value))
    return literal if lexical == literal.value else ox.Literal(lexical, datatype=literal.datatype)


def _keep_ox(triple: ox.Triple) -> bool:
    """_keep on Oxigraph terms."""
    s, p, o = triple.subject, triple.predicate, triple.object
    if not isinstance(s, ox.NamedNode) or isinstance(o, ox.BlankNode):
        return False
    if p.value in _REFLEXIVE_IRIS and s == o:
        return False
    if s.value.startswith(_BUILT_IN):
        return False
    if p.value in _TRIVIAL_BOUND_IRIS and isinstance(o, ox.NamedNode) and o.value in _TRIVIAL_SUPER_IRIS:
        return False
    return not (p.value == _RDF_TYPE and isinstance(o, ox.NamedNode) and o.value in _TRIVIAL_TYPE_IRIS)


def _to_rdflib(triples: set[ox.Triple]) -> Graph:
    """Oxigraph triples as an rdflib graph."""
    return Graph().parse(data=ox.serialize(triples, format=_NT), format="nt")


def _owlrl(asserted: Graph) -> Graph:
    """owlrl's full OWL-RL closure (slow: pure Python), filtered like the rules'."""
    # In place on a copy: with `destination=` owlrl stops one step short (kg:Place, but not sem:Place).
    closure = Graph()
    for triple in asserted:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False).expand(closure)
    return _entailments(closure, asserted)


def _entailments(closure: Graph, asserted: Graph) -> Graph:
    """The triples of the closure worth keeping that are not asserted."""
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
    if str(s).startswith(_BUILT_IN):  # facts about the built-in vocabulary itself (xsd:int a rdfs:Datatype, ...)
        return False
    if p in _TRIVIAL_BOUNDS and o in _TRIVIAL_SUPERS:
        return False
    return not (p == RDF.type and o in _TRIVIAL_TYPES)


def infer_to_file(
    store: ox.Store, asserted: Sequence[str], sources: Sequence[Path], target: Path, reasoner: str = "rules"
) -> int:
    """Write the entailments of the store's named graphs `asserted` to `target` as N-Triples (in no order); return
    how many. `sources`: the same graphs as N-Triples files, which the owlrl reasoner reads."""
    if reasoner == "owlrl":
        inferred: Iterable[ox.Triple] = infer_triples(
            {q.triple for source in sources for q in ox.parse(path=str(source), format=_NT)}, "owlrl"
        )
    elif reasoner == "rules":
        inferred = rules_in_store(store, asserted)
    else:
        raise ValueError(f"unknown reasoner {reasoner!r}; known: {', '.join(REASONERS)}")
    count = 0

    def counted() -> Iterator[ox.Triple]:
        nonlocal count
        for triple in inferred:
            count += 1
            yield triple

    ox.serialize(counted(), str(target), _NT)
    return count
