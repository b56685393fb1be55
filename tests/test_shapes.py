"""The SHACL shapes: for each node shape a conforming and a violating example, and the validation report."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

import ontology
from graph import validation, validation_report
from graph.namespaces import KG, OA, PREFIXES

KGSH = "https://w3id.org/conflict-kg/shapes#"
RES = PREFIXES["res"]

# A made-up article, not from any corpus: the quote offsets below are computed from it.
BODY = "Rebel fighters shelled the village of Tell Example on Friday, killing 7 soldiers, a monitoring group said."
QUOTE = "Rebel fighters shelled the village of Tell Example on Friday, killing 7 soldiers"
START = BODY.index(QUOTE)
END = START + len(QUOTE)

NAMESPACES = {
    **PREFIXES,
    "etype": "https://w3id.org/conflict-kg/ontology/engagement-type/",
    "acat": "https://w3id.org/conflict-kg/ontology/actor-category/",
    "kgsh": KGSH,
}
PROLOGUE = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in NAMESPACES.items())

BASE = f"""
res:article-t-a1 a kg:Article ;
    dcterms:identifier "a1" ;
    kg:corpus "t" ;
    schema:headline "Village shelled" ;
    schema:datePublished "2020-03-07"^^xsd:date ;
    schema:articleBody "{BODY}" ;
    kg:sha256 "{hashlib.sha256(BODY.encode("utf-8")).hexdigest()}" ;
    schema:publisher res:actor-example-news .

res:actor-example-news a kg:MediaOutlet ; rdfs:label "Example News"@en ; kg:actorCategory acat:media .
res:actor-rebels a kg:NonStateArmedGroup ; rdfs:label "rebel fighters"@en ; kg:actorCategory acat:rebel-groups ;
    skos:exactMatch wd:Q1234 ; kg:qidConfidence "weak" .
res:actor-army a kg:StateForce ; rdfs:label "the army"@en .
res:actor-monitor a kg:Monitor ; rdfs:label "a monitoring group"@en .

res:place-tell-example a kg:Settlement ; rdfs:label "Tell Example"@en ;
    kg:partOf res:place-example-district ;
    geo:hasGeometry res:place-tell-example-geometry .
res:place-tell-example-geometry a geo:Geometry ; geo:asWKT "POINT(38.1 35.2)"^^geo:wktLiteral .
res:place-example-district a kg:District ; rdfs:label "Example District"@en ; skos:exactMatch wd:Q42 .

res:engagement-e1 a kg:Engagement ;
    kg:engagementType etype:shelling ;
    kg:attacker res:actor-rebels ;
    kg:target res:actor-army ;
    kg:place res:place-tell-example ;
    kg:timeExpression "on Friday" ;
    kg:earliestDate "2020-03-06"^^xsd:date ;
    kg:latestDate "2020-03-06"^^xsd:date ;
    kg:datePrecision kg:Day .

res:claim-c1 a kg:Claim ;
    kg:claimant res:actor-monitor ;
    kg:statedIn res:article-t-a1 ;
    kg:about res:engagement-e1 ;
    kg:fatalities "7"^^xsd:nonNegativeInteger ;
    kg:fatalitiesMax "7"^^xsd:nonNegativeInteger ;
    kg:victimCategory "troops" ;
    kg:extractionMethod kg:RuleBasedExtraction ;
    kg:extractorVersion "1" ;
    kg:confidence 0.8 ;
    kg:evidence res:claim-c1-evidence .

res:claim-c1-evidence a oa:SpecificResource ;
    oa:hasSource res:article-t-a1 ;
    oa:hasSelector res:claim-c1-evidence-quote , res:claim-c1-evidence-position .
res:claim-c1-evidence-quote a oa:TextQuoteSelector ; oa:exact "{QUOTE}" ; oa:suffix ", a monitoring group said." .
res:claim-c1-evidence-position a oa:TextPositionSelector ;
    oa:start "{START}"^^xsd:nonNegativeInteger ; oa:end "{END}"^^xsd:nonNegativeInteger .
"""


@pytest.fixture(scope="module")
def ontology_graph() -> Graph:
    """The ontology and SKOS schemes, as the build merges them into the validated graph."""
    graph = Graph()
    for name in ontology.ONTOLOGY_FILES:
        graph.parse(ontology.path(name), format="turtle")
    return graph


def expand(name: str) -> URIRef:
    """A prefixed name of the test's Turtle as an IRI."""
    prefix, local = name.split(":", 1)
    return URIRef(NAMESPACES[prefix] + local)


def data(ontology_graph: Graph, add: str = "", drop: Iterable[str] = ()) -> Graph:
    """The base example plus the ontology, with triples removed ("s p" or "s p o" patterns), then added (Turtle)."""
    graph = Graph()
    graph += ontology_graph
    graph.parse(data=PROLOGUE + BASE, format="turtle")
    for pattern in drop:
        terms = [expand(t) for t in pattern.split()]
        graph.remove((terms[0], terms[1], terms[2] if len(terms) > 2 else None))
    graph.parse(data=PROLOGUE + add, format="turtle")
    return graph


def failures(result: validation_report.ValidationResult) -> set[tuple[str, str]]:
    """(source shape, constraint component) of every violation, shapes as kgsh: names."""
    return {(str(v.shape).replace(KGSH, "kgsh:"), v.component) for v in result.violations}


def test_the_base_example_conforms(ontology_graph: Graph) -> None:
    result = validation.validate(data(ontology_graph))
    assert result.conforms, validation_report.format_report(result)
    assert result.violations == ()
    assert validation_report.format_report(result).startswith("conforms")


# (node shape, a conforming change, a violating change, the property shape or node shape that must fail, component)
# Each change is (Turtle to add, patterns to drop).
CASES = [
    (
        "kgsh:Article",
        ("", ["res:article-t-a1 schema:headline", "res:article-t-a1 schema:datePublished"]),
        ("", ["res:article-t-a1 schema:articleBody"]),
        "kgsh:Article-body",
        "MinCount",
    ),
    (
        "kgsh:Article",
        ("", []),
        ('res:article-t-a1 schema:datePublished "7 March 2020" .', ["res:article-t-a1 schema:datePublished"]),
        "kgsh:Article-datePublished",
        "Datatype",
    ),
    (
        "kgsh:Article",
        ("", []),
        ('res:article-t-a1 schema:headline "Another headline" .', []),
        "kgsh:Article-headline",
        "MaxCount",
    ),
    (
        "kgsh:Article",
        ("", []),
        (f'res:article-t-a1 kg:sha256 "{"0" * 64}" .', ["res:article-t-a1 kg:sha256"]),
        "kgsh:Article",
        "SPARQL",
    ),
    (
        "kgsh:Actor",
        ('res:actor-other a kg:Person ; rdfs:label "A. Person"@en .', []),
        ("res:actor-other a kg:Person .", []),
        "kgsh:Actor-label",
        "MinCount",
    ),
    (
        "kgsh:Actor",
        ("res:actor-army kg:actorCategory acat:state-forces .", []),
        ("res:actor-army kg:actorCategory etype:shelling .", []),
        "kgsh:Actor-category",
        "Node",
    ),
    (
        "kgsh:Place",
        (
            "res:place-example-district kg:partOf res:place-example-governorate . "
            'res:place-example-governorate a kg:Governorate ; rdfs:label "Example"@en .',
            [],
        ),
        ("res:place-example-district kg:partOf res:actor-army .", []),
        "kgsh:Place-partOf",
        "Class",
    ),
    (
        "kgsh:Place",
        ("", []),
        (
            'res:place-tell-example-geometry geo:asWKT "POINT(38.1 35.2)" .',
            ["res:place-tell-example-geometry geo:asWKT"],
        ),
        "kgsh:Place-geometry",
        "Node",
    ),
    ("kgsh:Place", ("", []), ("", ["res:place-example-district rdfs:label"]), "kgsh:Place-label", "MinCount"),
    (
        "kgsh:WikidataLink",
        ("res:actor-army skos:exactMatch wd:Q99 .", []),
        ("res:actor-army skos:exactMatch <https://www.wikidata.org/wiki/Q99> .", []),
        "kgsh:WikidataLink-exactMatch",
        "Pattern",
    ),
    (
        "kgsh:WikidataLink",
        ("", []),
        ("res:place-tell-example skos:exactMatch wd:Q0123 .", []),
        "kgsh:WikidataLink-exactMatch",
        "Pattern",
    ),
    (
        "kgsh:Engagement",
        ("", ["res:engagement-e1 kg:earliestDate", "res:engagement-e1 kg:latestDate"]),
        ("res:engagement-e1 kg:engagementType etype:air-strike .", []),
        "kgsh:Engagement-typeCount",
        "MaxCount",
    ),
    (
        "kgsh:Engagement",
        ("res:engagement-e1 kg:engagementType etype:battles .", ["res:engagement-e1 kg:engagementType"]),
        ("res:engagement-e1 kg:engagementType acat:rebel-groups .", ["res:engagement-e1 kg:engagementType"]),
        "kgsh:Engagement-typeScheme",
        "HasValue",
    ),
    (
        "kgsh:Engagement",
        ("", []),
        ("res:engagement-e1 kg:engagementType res:actor-army .", ["res:engagement-e1 kg:engagementType"]),
        "kgsh:Engagement-type",
        "Class",
    ),
    (
        "kgsh:Engagement",
        ("res:engagement-e1 kg:supporter res:actor-monitor .", []),
        ("res:engagement-e1 kg:supporter res:place-tell-example .", []),
        "kgsh:Engagement-participant",
        "Class",
    ),
    (
        "kgsh:Engagement",
        ("", []),
        ("res:engagement-e1 kg:place res:actor-army .", []),
        "kgsh:Engagement-place",
        "Class",
    ),
    (
        "kgsh:Engagement",
        ('res:engagement-e1 kg:latestDate "2020-03-07"^^xsd:date .', ["res:engagement-e1 kg:latestDate"]),
        ('res:engagement-e1 kg:latestDate "2020-03-05"^^xsd:date .', ["res:engagement-e1 kg:latestDate"]),
        "kgsh:Engagement-earliestDate",
        "LessThanOrEquals",
    ),
    ("kgsh:Engagement", ("", []), ("", ["res:claim-c1 kg:about"]), "kgsh:Engagement-claim", "MinCount"),
    (
        "kgsh:Claim",
        ("res:claim-c1 kg:claimant kg:Unattributed .", ["res:claim-c1 kg:claimant"]),
        ("res:claim-c1 kg:claimant res:place-tell-example .", ["res:claim-c1 kg:claimant"]),
        "kgsh:Claim-claimant",
        "Class",
    ),
    ("kgsh:Claim", ("", []), ("res:claim-c1 kg:claimant res:actor-army .", []), "kgsh:Claim-claimant", "MaxCount"),
    ("kgsh:Claim", ("", []), ("", ["res:claim-c1 kg:statedIn"]), "kgsh:Claim-statedIn", "MinCount"),
    ("kgsh:Claim", ("", []), ("", ["res:claim-c1 kg:evidence"]), "kgsh:Claim-evidence", "MinCount"),
    (
        "kgsh:Claim",
        ("res:claim-c1 kg:confidence 1.0 .", ["res:claim-c1 kg:confidence"]),
        ("res:claim-c1 kg:confidence 1.2 .", ["res:claim-c1 kg:confidence"]),
        "kgsh:Claim-confidence",
        "MaxInclusive",
    ),
    ("kgsh:Claim", ("", []), ("", ["res:claim-c1 kg:extractionMethod"]), "kgsh:Claim-method", "MinCount"),
    (
        "kgsh:Claim",
        ('res:claim-c1 kg:fatalitiesMax "9"^^xsd:nonNegativeInteger .', ["res:claim-c1 kg:fatalitiesMax"]),
        ('res:claim-c1 kg:fatalitiesMax "6"^^xsd:nonNegativeInteger .', ["res:claim-c1 kg:fatalitiesMax"]),
        "kgsh:Claim-fatalities",
        "LessThanOrEquals",
    ),
    (
        "kgsh:Claim",
        ('res:claim-c1 kg:wounded "2"^^xsd:nonNegativeInteger ; kg:woundedMax "3"^^xsd:nonNegativeInteger .', []),
        ('res:claim-c1 kg:wounded "4"^^xsd:nonNegativeInteger ; kg:woundedMax "3"^^xsd:nonNegativeInteger .', []),
        "kgsh:Claim-wounded",
        "LessThanOrEquals",
    ),
    (
        "kgsh:Evidence",
        ("", ["res:claim-c1-evidence-quote oa:suffix"]),
        ("", ["res:claim-c1-evidence oa:hasSource"]),
        "kgsh:Evidence-source",
        "MinCount",
    ),
    (
        "kgsh:Evidence",
        ("", []),
        ("", ["res:claim-c1-evidence oa:hasSelector res:claim-c1-evidence-position"]),
        "kgsh:Evidence-position",
        "HasValue",
    ),
    (
        "kgsh:Evidence",
        ("", []),
        ("res:claim-c1-evidence oa:hasSelector res:claim-c1-evidence-other .", []),
        "kgsh:Evidence-selectors",
        "MaxCount",
    ),
    (
        "kgsh:Evidence",
        ("", []),
        ("", ["res:claim-c1-evidence oa:hasSelector res:claim-c1-evidence-quote"]),
        "kgsh:Evidence-quote",
        "HasValue",
    ),
    ("kgsh:Evidence", ("", []), ("", ["res:claim-c1-evidence rdf:type"]), "kgsh:Evidence-type", "HasValue"),
    (
        "kgsh:TextQuoteSelector",
        ("", ["res:claim-c1-evidence-quote oa:suffix"]),
        ('res:claim-c1-evidence-quote oa:prefix "one" , "two" .', []),
        "kgsh:TextQuoteSelector-prefix",
        "MaxCount",
    ),
    (
        "kgsh:TextQuoteSelector",
        ("", []),
        ("", ["res:claim-c1-evidence-quote oa:exact"]),
        "kgsh:TextQuoteSelector-exact",
        "MinCount",
    ),
    (
        "kgsh:TextPositionSelector",
        ("", []),
        ('res:claim-c1-evidence-position oa:end "12" .', ["res:claim-c1-evidence-position oa:end"]),
        "kgsh:TextPositionSelector-end",
        "Datatype",
    ),
]


@pytest.mark.parametrize(("node_shape", "good", "bad", "failing", "component"), CASES)
def test_each_shape_accepts_a_good_example_and_rejects_a_bad_one(
    ontology_graph: Graph,
    node_shape: str,
    good: tuple[str, list[str]],
    bad: tuple[str, list[str]],
    failing: str,
    component: str,
) -> None:
    accepted = validation.validate(data(ontology_graph, *good))
    assert accepted.conforms, validation_report.format_report(accepted)
    rejected = validation.validate(data(ontology_graph, *bad))
    assert not rejected.conforms
    assert (failing, component) in failures(rejected), validation_report.format_report(rejected)
    # the failing property shape belongs to the node shape under test (or is that node shape)
    shapes = validation.load_shapes()
    owner = expand(node_shape)
    assert expand(failing) == owner or (owner, SH.property, expand(failing)) in shapes


def test_every_node_shape_with_a_target_has_cases() -> None:
    shapes = validation.load_shapes()
    targeted = {
        str(s).replace(KGSH, "kgsh:")
        for s in shapes.subjects(RDF.type, SH.NodeShape)
        if any(shapes.value(s, p) is not None for p in (SH.targetClass, SH.targetObjectsOf, SH.targetNode))
    }
    assert targeted == {case[0] for case in CASES}


def test_every_shape_has_a_name_and_every_constraint_a_message() -> None:
    shapes = validation.load_shapes()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.description) is not None, shape
    for holder in (SH.property, SH.sparql):
        for prop in shapes.objects(None, holder):
            assert shapes.value(prop, SH.message) is not None, prop


@pytest.mark.parametrize(
    ("exact", "start", "end"),
    [
        (QUOTE.replace("7", "8"), START, END),  # the quote differs from the body at its offsets
        (QUOTE, START + 1, END + 1),  # right words, offsets shifted by one
        (QUOTE[:-1], START, END),  # the quote is one character shorter than the span it claims
        (BODY[START:], START, len(BODY) + 5),  # end past the body
    ],
)
def test_the_quote_must_be_the_body_at_its_offsets(ontology_graph: Graph, exact: str, start: int, end: int) -> None:
    graph = data(
        ontology_graph,
        add=(
            f'res:claim-c1-evidence-quote oa:exact "{exact}" .\n'
            f'res:claim-c1-evidence-position oa:start "{start}"^^xsd:nonNegativeInteger ; '
            f'oa:end "{end}"^^xsd:nonNegativeInteger .'
        ),
        drop=[
            "res:claim-c1-evidence-quote oa:exact",
            "res:claim-c1-evidence-position oa:start",
            "res:claim-c1-evidence-position oa:end",
        ],
    )
    result = validation.validate(graph)
    offending = [v for v in result.violations if v.component == "SPARQL" and v.shape == expand("kgsh:Evidence")]
    assert offending, validation_report.format_report(result)
    assert offending[0].constraint == expand("kgsh:Evidence-quote-matches-body")
    assert offending[0].focus_node == URIRef(RES + "claim-c1-evidence")
    assert offending[0].value == Literal(exact)
    assert offending[0].article == "a1"
    assert "Conforms: False" in result.text and "kgsh:Evidence-quote-matches-body" in result.text


def test_a_start_not_before_the_end_is_reported(ontology_graph: Graph) -> None:
    graph = data(
        ontology_graph,
        add=f'res:claim-c1-evidence-position oa:end "{START}"^^xsd:nonNegativeInteger .',
        drop=["res:claim-c1-evidence-position oa:end"],
    )
    result = validation.validate(graph)
    assert ("kgsh:TextPositionSelector-start", "LessThan") in failures(result)
    assert ("kgsh:Evidence", "SPARQL") in failures(result)


def test_violations_name_their_source_article(ontology_graph: Graph) -> None:
    # one fault on each kind of node: article, claim, evidence, engagement; and one on an actor (no article)
    graph = data(
        ontology_graph,
        add=(
            'res:article-t-a1 schema:headline "Second headline" .\n'
            "res:claim-c1 kg:claimant res:actor-army .\n"
            "res:engagement-e1 kg:place res:actor-army .\n"
            "res:actor-nameless a kg:Actor ."
        ),
        drop=["res:claim-c1-evidence oa:hasSource"],
    )
    result = validation.validate(graph)
    by_focus = {str(v.focus_node).removeprefix(RES): v.article for v in result.violations}
    assert by_focus == {
        "article-t-a1": "a1",
        "claim-c1": "a1",
        "claim-c1-evidence": "a1",  # no oa:hasSource any more: found through the claim whose evidence it is
        "engagement-e1": "a1",
        "actor-nameless": None,
    }
    report = validation_report.format_report(result)
    assert report.splitlines()[0] == f"does not conform: {len(result.violations)} result(s)"
    assert "node res:actor-nameless shape kgsh:Actor-label (MinCount) path rdfs:label" in report
    assert "(article a1)" in report and "(article unknown)" in report


def test_article_of_a_selector_and_of_an_engagement_reported_twice(ontology_graph: Graph) -> None:
    graph = data(ontology_graph)
    graph.parse(
        data=PROLOGUE
        + """
        res:article-t-a2 a kg:Article ; dcterms:identifier "a2" .
        res:claim-c2 a kg:Claim ; kg:statedIn res:article-t-a2 ; kg:about res:engagement-e1 .
        """,
        format="turtle",
    )
    assert validation_report.article_of(graph, expand("res:claim-c1-evidence-quote")) == "a1"
    assert validation_report.article_of(graph, expand("res:engagement-e1")) == "a1, a2"
    assert validation_report.article_of(graph, expand("res:place-tell-example")) is None


def test_the_report_is_deterministic(ontology_graph: Graph) -> None:
    graph = data(ontology_graph, add="res:actor-a a kg:Actor . res:actor-b a kg:Actor . res:actor-c a kg:Actor .")
    first = validation_report.format_report(validation.validate(graph))
    second = validation_report.format_report(
        validation.validate(
            data(ontology_graph, add="res:actor-c a kg:Actor . res:actor-b a kg:Actor . res:actor-a a kg:Actor .")
        )
    )
    assert first == second
    lines = first.splitlines()[1:]
    assert lines == sorted(lines) and len(lines) == 3


def test_the_ontology_can_be_mixed_in_when_the_data_lacks_it(ontology_graph: Graph) -> None:
    bare = Graph().parse(data=PROLOGUE + BASE, format="turtle")
    assert not validation.validate(bare).conforms  # kg:MediaOutlet is not known to be a kg:Actor without it
    assert validation.validate(bare, ontology_graph=ontology_graph).conforms
    assert (expand("res:actor-monitor"), RDF.type, KG.Actor) not in bare  # the caller's graph is left alone


def test_custom_shapes_replace_the_default(ontology_graph: Graph) -> None:
    shapes = Graph().parse(
        data=PROLOGUE
        + """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:test:shape> a sh:NodeShape ; sh:targetClass oa:TextQuoteSelector ;
            sh:property [ sh:path oa:prefix ; sh:minCount 1 ; sh:message "needs a prefix" ] .
        """,
        format="turtle",
    )
    result = validation.validate(data(ontology_graph), shapes)
    assert [v.message for v in result.violations] == ["needs a prefix"]
    assert result.violations[0].article == "a1"
    assert (result.violations[0].focus_node, RDF.type, OA.TextQuoteSelector) in data(ontology_graph)


def test_sparql_constraints_run_once_give_what_pyshacl_gives_per_node(ontology_graph: Graph) -> None:
    # validate() runs the shapes' SPARQL constraints itself, once over the graph; pyshacl runs them per focus
    # node. On a graph with a faulty quote and a faulty hash both must report the same (node, constraint) pairs.
    graph = data(
        ontology_graph,
        add=f'res:claim-c1-evidence-quote oa:exact "{QUOTE.upper()}" . res:article-t-a1 kg:sha256 "{"a" * 64}" .',
        drop=["res:claim-c1-evidence-quote oa:exact", "res:article-t-a1 kg:sha256"],
    )
    ours = {(v.focus_node, v.constraint, v.value) for v in validation.validate(graph).violations if v.constraint}
    _, report, _ = pyshacl.validate(graph, shacl_graph=validation.load_shapes(), inference="none")
    assert isinstance(report, Graph)
    theirs = {
        (report.value(r, SH.focusNode), report.value(r, SH.sourceConstraint), report.value(r, SH.value))
        for r in report.subjects(SH.sourceConstraintComponent, SH.SPARQLConstraintComponent)
    }
    assert ours == theirs
    assert {c for _, c, _ in ours} == {
        expand("kgsh:Evidence-quote-matches-body"),
        expand("kgsh:Article-sha256-of-body"),
    }
