"""A small build made for the server's tests: a graph shaped as docs/model.md says, with dumps and a manifest.

Written by hand for the tests (not copied from the corpus): two articles, one engagement reported twice with
different death tolls, an undated engagement with no one named, a linked and an unlinked actor, a place
hierarchy, and a headline with markup in it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Graph

import ontology
from graph import reasoning
from graph.dumps import sorted_quads, to_dataset, write_dumps
from graph.namespaces import (
    ARTICLES_GRAPH,
    DEFAULT_BASE,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    prefixes_for,
)
from graph.store import write_store

BASE = DEFAULT_BASE
BODY_1 = (
    "Fighters of the Islamic State attacked army posts near Palmyra on Friday. "
    "The Syrian Observatory for Human Rights said 15 soldiers were killed in the clashes."
)
BODY_2 = "Islamic State claimed its fighters killed 49 soldiers near Palmyra. <script>alert(1)</script> was not run."
QUOTE_1 = "The Syrian Observatory for Human Rights said 15 soldiers were killed in the clashes."
QUOTE_2 = "Islamic State claimed its fighters killed 49 soldiers near Palmyra."
XSS_HEADLINE = "Clashes <script>alert('x')</script> near Palmyra"

PREFIXES = """
@prefix kg:      <https://w3id.org/conflict-kg/ontology#> .
@prefix etype:   <https://w3id.org/conflict-kg/ontology/engagement-type/> .
@prefix acat:    <https://w3id.org/conflict-kg/ontology/actor-category/> .
@prefix res:     <https://w3id.org/conflict-kg/resource/> .
@prefix schema:  <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa:      <http://www.w3.org/ns/oa#> .
@prefix geo:     <http://www.opengis.net/ont/geosparql#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix wd:      <http://www.wikidata.org/entity/> .
"""

REFERENCE = """
res:actor/islamic-state a kg:NonStateArmedGroup ;
    rdfs:label "Islamic State"@en ; skos:altLabel "ISIS"@en ;
    kg:actorCategory acat:rebel-groups ; skos:exactMatch wd:Q2429253 .
res:actor/russia a kg:State ; rdfs:label "Russia"@en ; kg:actorCategory acat:external-forces ;
    skos:exactMatch wd:Q159 .
res:actor/syrian-arab-army a kg:StateForce ; rdfs:label "Syrian Arab Army"@en ; kg:actorCategory acat:state-forces .
res:actor/syrian-observatory-for-human-rights a kg:Monitor ; rdfs:label "Syrian Observatory for Human Rights"@en .
res:actor/reuters a kg:MediaOutlet ; rdfs:label "Reuters"@en .
res:place/syria-85632413 a kg:Country ; rdfs:label "Syria"@en ; skos:exactMatch wd:Q858 .
res:place/homs-governorate-85678367 a kg:Governorate ; rdfs:label "Homs Governorate"@en ;
    kg:partOf res:place/syria-85632413 ; skos:exactMatch wd:Q214094 .
res:place/palmyra-421197935 a kg:Settlement ; rdfs:label "Palmyra"@en ; kg:partOf res:place/homs-governorate-85678367 ;
    geo:hasGeometry res:place/palmyra-421197935/geometry ; skos:exactMatch wd:Q5747 .
res:place/palmyra-421197935/geometry a geo:Geometry ; geo:asWKT "POINT(38.28055 34.56077)"^^geo:wktLiteral .
"""


def _articles() -> str:
    """The articles graph: bodies, an engagement, two claims with evidence at their true offsets."""
    start_1 = BODY_1.index(QUOTE_1)
    start_2 = BODY_2.index(QUOTE_2)
    return f"""
res:article/test/a1 a kg:Article ; dcterms:identifier "a1" ; kg:corpus "test" ;
    schema:headline "Army posts attacked near Palmyra" ; schema:articleBody {json.dumps(BODY_1)} ;
    schema:publisher res:actor/reuters ; schema:datePublished "2016-12-10"^^xsd:date ;
    schema:mentions res:actor/islamic-state , res:place/palmyra-421197935 ,
        res:actor/syrian-observatory-for-human-rights , res:place/local/mahr-gas-field .
res:article/test/a2 a kg:Article ; dcterms:identifier "a2" ; kg:corpus "test" ;
    schema:headline {json.dumps(XSS_HEADLINE)} ; schema:articleBody {json.dumps(BODY_2)} ;
    schema:mentions res:actor/islamic-state , res:place/palmyra-421197935 .
res:place/local/mahr-gas-field a kg:Facility ; rdfs:label "Mahr gas field"@en ;
    kg:gazetteerStatus "not-in-gazetteer" .
res:engagement/00000000000000e1 a kg:Engagement ;
    rdfs:label "Armed clash near Palmyra" ; kg:engagementType etype:armed-clash ;
    kg:attacker res:actor/islamic-state ; kg:target res:actor/syrian-arab-army ; kg:supporter res:actor/russia ;
    kg:place res:place/palmyra-421197935 ; kg:timeExpression "on Friday" ;
    kg:earliestDate "2016-12-09"^^xsd:date ; kg:latestDate "2016-12-09"^^xsd:date ; kg:datePrecision kg:Day .
res:engagement/00000000000000e2 a kg:Engagement ;
    rdfs:label "Siege of the Mahr gas field" ; kg:engagementType etype:siege ;
    kg:place res:place/local/mahr-gas-field .
res:claim/00000000000000c1 a kg:Claim ;
    kg:claimant res:actor/syrian-observatory-for-human-rights ; kg:statedIn res:article/test/a1 ;
    kg:about res:engagement/00000000000000e1 ;
    kg:fatalities 15 ; kg:fatalitiesMax 15 ; kg:victimCategory "troops" ; kg:attributionCue "said" ;
    kg:extractionMethod kg:RuleBasedExtraction ; kg:extractorVersion "1" ; kg:confidence 0.8 ;
    kg:evidence res:claim/00000000000000c1/evidence .
res:claim/00000000000000c1/evidence a oa:SpecificResource ; oa:hasSource res:article/test/a1 ;
    oa:hasSelector res:claim/00000000000000c1/evidence/quote , res:claim/00000000000000c1/evidence/position .
res:claim/00000000000000c1/evidence/quote a oa:TextQuoteSelector ; oa:exact {json.dumps(QUOTE_1)} .
res:claim/00000000000000c1/evidence/position a oa:TextPositionSelector ;
    oa:start {start_1} ; oa:end {start_1 + len(QUOTE_1)} .
res:claim/00000000000000c2 a kg:Claim ;
    kg:claimant res:actor/islamic-state ; kg:statedIn res:article/test/a2 ;
    kg:about res:engagement/00000000000000e1 ;
    kg:fatalities 49 ; kg:attributionCue "claimed" ;
    kg:extractionMethod kg:RuleBasedExtraction ; kg:extractorVersion "1" ; kg:confidence 0.6 ;
    kg:evidence res:claim/00000000000000c2/evidence .
res:claim/00000000000000c2/evidence a oa:SpecificResource ; oa:hasSource res:article/test/a2 ;
    oa:hasSelector res:claim/00000000000000c2/evidence/quote , res:claim/00000000000000c2/evidence/position .
res:claim/00000000000000c2/evidence/quote a oa:TextQuoteSelector ; oa:exact {json.dumps(QUOTE_2)} .
res:claim/00000000000000c2/evidence/position a oa:TextPositionSelector ;
    oa:start {start_2} ; oa:end {start_2 + len(QUOTE_2)} .
"""


def _turtle(text: str) -> Graph:
    """Parse the Turtle of this module; `res:a/b` is written here for the full IRI Turtle needs."""
    expanded = re.sub(r"\bres:([A-Za-z0-9/_.-]*[A-Za-z0-9_-])", lambda m: f"<{BASE}{m.group(1)}>", text)
    return Graph().parse(data=PREFIXES + expanded, format="turtle")


def load_ontology() -> Graph:
    """The project's ontology files as one graph."""
    graph = Graph()
    for name in ontology.ONTOLOGY_FILES:
        graph.parse(ontology.path(name), format="turtle")
    return graph


def make_build(out: Path) -> Path:
    """Write a build folder (store, dumps, manifest.json) of the sample graph into `out`; return `out`."""
    graphs = {
        ONTOLOGY_GRAPH: load_ontology(),
        REFERENCE_GRAPH: _turtle(REFERENCE),
        ARTICLES_GRAPH: _turtle(_articles()),
    }
    asserted = Graph()
    for graph in graphs.values():
        asserted += graph
    graphs[INFERRED_GRAPH] = reasoning.infer(asserted)
    dataset = to_dataset(graphs)
    out.mkdir(parents=True, exist_ok=True)
    files = write_dumps(out, dataset, prefixes_for(BASE), gzip_names=("kg.ttl",))
    write_store(out / "store", sorted_quads(dataset))
    manifest = {"build_date": "2026-11-21", "base": BASE, "files": [vars(f) for f in files]}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out
