"""The RDF writer: an extraction becomes exactly the triples docs/model.md describes."""

from __future__ import annotations

import hashlib
from datetime import date

from graphdiff import assert_isomorphic
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from loaders.model import Article, Claim, Engagement, Extraction, Figure, Mention, Span, TimeSpan
from loaders.rdf import extraction_graph, extraction_triples, ntriples

BODY = "Clash\nRebels attacked the army near Hama on Friday, killing 4 soldiers, the monitor said."
PREFIXES = """
@prefix kg: <https://w3id.org/conflict-kg/ontology#> .
@prefix res: <https://w3id.org/conflict-kg/resource/> .
@prefix etype: <https://w3id.org/conflict-kg/ontology/engagement-type/> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def extraction() -> Extraction:
    """A hand-made extraction of BODY."""
    article = Article(corpus="t", identifier="a1", body=BODY, title="Clash", published=date(2016, 12, 10))
    sentence = Span(6, len(BODY))
    engagement = Engagement(
        key="armed-clash@6",
        type="armed-clash",
        attackers=("actor/rebels",),
        targets=("actor/army",),
        places=("place/hama-1",),
        time=TimeSpan("on Friday", date(2016, 12, 9), date(2016, 12, 9), "day"),
        label="Armed clash near Hama",
    )
    claim = Claim(
        evidence=sentence,
        claimant="actor/monitor",
        engagement="armed-clash@6",
        figures=(Figure("fatalities", 4, 4, "troops"),),
        cue="said",
        confidence=0.8,
    )
    return Extraction(
        article=article,
        mentions=(Mention(Span(6, 12), "actor/rebels", "actor"), Mention(Span(37, 41), "place/hama-1", "place")),
        engagements=(engagement,),
        claims=(claim,),
    )


def test_extraction_graph_is_the_documented_shape() -> None:
    graph = extraction_graph(extraction())
    engagement = next(str(s) for s in graph.subjects() if "/engagement/" in str(s))
    claim = next(str(s) for s in graph.subjects() if str(s).endswith("/evidence")).removesuffix("/evidence")
    exact = BODY[6:]
    expected = Graph().parse(
        format="turtle",
        data=PREFIXES
        + f"""
res:article\\/t\\/a1 a kg:Article ;
    dcterms:identifier "a1" ; kg:corpus "t" ; schema:headline "Clash" ;
    schema:articleBody {BODY!r} ;
    kg:sha256 "{hashlib.sha256(BODY.encode()).hexdigest()}" ;
    schema:datePublished "2016-12-10"^^xsd:date ;
    schema:mentions res:actor\\/rebels , res:place\\/hama-1 .
<{engagement}> a kg:Engagement ; kg:engagementType etype:armed-clash ; rdfs:label "Armed clash near Hama"@en ;
    kg:attacker res:actor\\/rebels ; kg:target res:actor\\/army ; kg:place res:place\\/hama-1 ;
    kg:timeExpression "on Friday" ; kg:earliestDate "2016-12-09"^^xsd:date ; kg:latestDate "2016-12-09"^^xsd:date ;
    kg:datePrecision kg:Day .
<{claim}> a kg:Claim ; kg:claimant res:actor\\/monitor ; kg:statedIn res:article\\/t\\/a1 ; kg:about <{engagement}> ;
    kg:fatalities "4"^^xsd:nonNegativeInteger ; kg:fatalitiesMax "4"^^xsd:nonNegativeInteger ;
    kg:victimCategory "troops" ; kg:attributionCue "said" ;
    kg:extractionMethod kg:RuleBasedExtraction ; kg:extractorVersion "1" ; kg:confidence 0.8 ;
    kg:evidence <{claim}/evidence> .
<{claim}/evidence> a oa:SpecificResource ; oa:hasSource res:article\\/t\\/a1 ;
    oa:hasSelector <{claim}/evidence/quote> , <{claim}/evidence/position> .
<{claim}/evidence/quote> a oa:TextQuoteSelector ; oa:exact {exact!r} ; oa:prefix "Clash\\n" ; oa:suffix "" .
<{claim}/evidence/position> a oa:TextPositionSelector ;
    oa:start "6"^^xsd:nonNegativeInteger ; oa:end "{len(BODY)}"^^xsd:nonNegativeInteger .
""".replace("'", '"'),
    )
    assert_isomorphic(graph, expected)


def test_unattributed_claim_goes_to_the_publisher_or_the_marker() -> None:
    base = extraction()
    own_voice = Extraction(
        article=base.article,
        engagements=base.engagements,
        claims=(Claim(evidence=Span(6, 20), engagement="armed-clash@6"),),
    )
    kg = "https://w3id.org/conflict-kg/ontology#"
    marker = {str(o) for o in extraction_graph(own_voice).objects(predicate=URIRef(kg + "claimant"))}
    assert marker == {kg + "Unattributed"}
    outlet = extraction_graph(own_voice, publisher_key="actor/reuters")
    claimants = {str(o) for o in outlet.objects(predicate=URIRef(kg + "claimant"))}
    assert claimants == {"https://w3id.org/conflict-kg/resource/actor/reuters"}


def test_iris_are_stable_across_runs() -> None:
    first = sorted(str(s) for s in extraction_graph(extraction()).subjects())
    second = sorted(str(s) for s in extraction_graph(extraction()).subjects())
    assert first == second


def test_ntriples_lines_are_rdflibs_own() -> None:
    tricky = 'He said "stop"\\now\r\nand left\ttoday \u00e9\U0001f600'
    triples = [*extraction_triples(extraction()), (URIRef("http://example.org/x"), RDFS.label, Literal(tricky))]
    triples.append((URIRef("http://example.org/x"), RDFS.comment, Literal(tricky, lang="fr")))
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    ours = ntriples(triples).splitlines()
    assert set(ours) == {line for line in graph.serialize(format="nt").splitlines() if line}
    assert_isomorphic(Graph().parse(data=ntriples(triples), format="nt"), graph)
