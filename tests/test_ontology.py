"""The ontology and SKOS schemes: they parse, every term is documented, ACLED alignment, the axioms DESIGN.md names."""

from __future__ import annotations

import re
from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

import ontology
from graph.namespaces import KG, OA, SCHEMA, SEM

ETYPE = Namespace("https://w3id.org/conflict-kg/ontology/engagement-type/")
ACAT = Namespace("https://w3id.org/conflict-kg/ontology/actor-category/")

# ACLED's event types and sub-event types as its codebook (2019 onwards) spells them.
ACLED_SUB_EVENT_TYPES = {
    "Battles": {"Government regains territory", "Non-state actor overtakes territory", "Armed clash"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}

# The concepts the task names, with the ACLED coding they must carry.
REQUIRED_ENGAGEMENT_TYPES = {
    "armed-clash": ("Battles", "Armed clash"),
    "ambush": ("Battles", "Armed clash"),
    "government-regains-territory": ("Battles", "Government regains territory"),
    "non-state-actor-overtakes-territory": ("Battles", "Non-state actor overtakes territory"),
    "air-strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "suicide-bombing": ("Explosions/Remote violence", "Suicide bomb"),
    "remote-explosive": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "chemical-weapon": ("Explosions/Remote violence", "Chemical weapon"),
    "attack-on-civilians": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "siege": ("Strategic developments", "Other"),
    "ceasefire": ("Strategic developments", "Agreement"),
    "headquarters-or-base-established": ("Strategic developments", "Headquarters or base established"),
    "non-violent-transfer-of-territory": ("Strategic developments", "Non-violent transfer of territory"),
    "arrests": ("Strategic developments", "Arrests"),
    "looting": ("Strategic developments", "Looting/property destruction"),
}

ACLED_INTER_CODES = {
    "state-forces": 1,
    "rebel-groups": 2,
    "political-militias": 3,
    "identity-militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external-forces": 8,
}
SOURCE_CATEGORIES = {"media", "monitors", "governments-and-officials", "international-organisations"}

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
    OWL.TransitiveProperty,
    OWL.FunctionalProperty,
}


def load(name: str) -> Graph:
    """One of the ontology's Turtle files."""
    return Graph().parse(ontology.path(name), format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    """The OWL ontology."""
    return load("conflict-kg.ttl")


@pytest.fixture(scope="module")
def etypes() -> Graph:
    """The engagement-type scheme."""
    return load("engagement-types.ttl")


@pytest.fixture(scope="module")
def acats() -> Graph:
    """The actor-category scheme."""
    return load("actor-categories.ttl")


@pytest.mark.parametrize("name", [*ontology.ONTOLOGY_FILES, ontology.SHAPES_FILE])
def test_every_turtle_file_parses_and_is_not_empty(name: str) -> None:
    assert len(load(name)) > 50


def kg_terms(graph: Graph) -> set[URIRef]:
    """Every kg: IRI the graph declares (a subject typed as a class, property or individual)."""
    return {
        s
        for s, o in graph.subject_objects(RDF.type)
        if isinstance(s, URIRef) and s.startswith(str(KG)) and (o in DECLARATION_TYPES or o.startswith(str(KG)))
    }


def test_every_kg_term_has_an_english_label_and_comment(onto: Graph) -> None:
    terms = kg_terms(onto)
    assert len(terms) > 60
    for term in sorted(terms):
        for prop in (RDFS.label, RDFS.comment):
            values = list(onto.objects(term, prop))
            assert any(isinstance(v, Literal) and v.language == "en" and str(v).strip() for v in values), (term, prop)


def test_every_kg_term_used_anywhere_is_defined(onto: Graph, etypes: Graph, acats: Graph) -> None:
    defined = kg_terms(onto)
    shapes = load(ontology.SHAPES_FILE)
    used = {
        node
        for graph in (onto, etypes, acats, shapes)
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and node.startswith(str(KG))
    }
    assert used - defined == set()


def test_the_documented_model_uses_only_defined_terms(onto: Graph, root: Path) -> None:
    # docs/model.md is the public shape of the graph: every kg: term it names must exist in the ontology
    text = (root / "docs" / "model.md").read_text(encoding="utf-8")
    named = {KG[name] for name in re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", text)}
    assert len(named) > 30
    assert named - kg_terms(onto) == set()


def test_every_kg_term_the_code_writes_or_queries_is_defined(onto: Graph, root: Path) -> None:
    # KG.<name> in the packages and kg:<name> in the saved queries must be terms of the ontology
    used: set[URIRef] = set()
    for folder in ("graph", "loaders", "server"):
        for file in sorted((root / folder).glob("*.py")):
            used |= {KG[name] for name in re.findall(r"\bKG\.([A-Za-z]\w*)", file.read_text(encoding="utf-8"))}
    for file in sorted((root / "queries").glob("*.rq")):
        # a prefixed name, not the tail of another IRI such as urn:conflict-kg:none
        used |= {KG[n] for n in re.findall(r"(?<![\w:-])kg:([A-Za-z][A-Za-z0-9]*)", file.read_text(encoding="utf-8"))}
    assert KG.claimant in used  # the scan found the writer's terms
    assert used - kg_terms(onto) == set()


def test_the_contract_classes_and_properties_are_declared(onto: Graph) -> None:
    classes = ["Article", "Actor", "Place", "Engagement", "Claim", "State", "StateForce", "NonStateArmedGroup"]
    classes += ["Person", "Organisation", "Monitor", "MediaOutlet", "Ministry", "International", "Country"]
    classes += ["Governorate", "District", "Settlement", "Facility", "NaturalRegion", "DatePrecision"]
    classes += ["ExtractionMethod"]
    for name in classes:
        assert (KG[name], RDF.type, OWL.Class) in onto, name
    objects = ["participant", "attacker", "target", "supporter", "place", "claimant", "statedIn", "about"]
    objects += ["evidence", "engagementType", "actorCategory", "partOf", "datePrecision", "extractionMethod"]
    for name in objects:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in onto, name
    datatypes = ["fatalities", "fatalitiesMax", "wounded", "woundedMax", "victimCategory", "attributionCue"]
    datatypes += ["extractorVersion", "confidence", "corpus", "sha256", "population", "whosOnFirstId"]
    datatypes += ["gazetteerStatus", "qidConfidence", "timeExpression", "earliestDate", "latestDate"]
    for name in datatypes:
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto, name
    for name in ["acledEventType", "acledSubEventType", "acledInterCode"]:
        assert (KG[name], RDF.type, OWL.AnnotationProperty) in onto, name
    for name, cls in [("Day", "DatePrecision"), ("Week", "DatePrecision"), ("Month", "DatePrecision")]:
        assert (KG[name], RDF.type, KG[cls]) in onto
    assert (KG.Year, RDF.type, KG.DatePrecision) in onto
    assert (KG.RuleBasedExtraction, RDF.type, KG.ExtractionMethod) in onto
    assert (KG.ManualAnnotation, RDF.type, KG.ExtractionMethod) in onto
    assert (KG.Unattributed, RDF.type, KG.Actor) in onto
    assert str(onto.value(KG.Unattributed, RDFS.label)) == "unattributed"


def test_the_ontology_header(onto: Graph) -> None:
    header = URIRef("https://w3id.org/conflict-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto
    for prop in (OWL.versionInfo, URIRef("http://purl.org/dc/terms/title"), URIRef("http://purl.org/dc/terms/license")):
        assert onto.value(header, prop) is not None, prop
    assert onto.value(header, URIRef("http://purl.org/dc/terms/description")) is not None


ALIGNMENT = [
    (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (KG.Article, RDFS.subClassOf, PROV.Entity),
    (KG.Actor, RDFS.subClassOf, SEM.Actor),
    (KG.Person, RDFS.subClassOf, SCHEMA.Person),
    (KG.Organisation, RDFS.subClassOf, SCHEMA.Organization),
    (KG.Monitor, RDFS.subClassOf, KG.Organisation),
    (KG.MediaOutlet, RDFS.subClassOf, KG.Organisation),
    (KG.Ministry, RDFS.subClassOf, KG.Organisation),
    (KG.Place, RDFS.subClassOf, SEM.Place),
    (KG.Engagement, RDFS.subClassOf, SEM.Event),
    (KG.Claim, RDFS.subClassOf, PROV.Entity),
    (KG.participant, RDFS.subPropertyOf, SEM.hasActor),
    (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
    (KG.earliestDate, RDFS.subPropertyOf, SEM.hasEarliestBeginTimeStamp),
    (KG.latestDate, RDFS.subPropertyOf, SEM.hasLatestEndTimeStamp),
    (KG.claimant, RDFS.subPropertyOf, PROV.wasAttributedTo),
    (KG.statedIn, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (KG.evidence, RDFS.range, OA.SpecificResource),
    (KG.engagementType, RDFS.range, SKOS.Concept),
    (KG.actorCategory, RDFS.range, SKOS.Concept),
]


@pytest.mark.parametrize("axiom", ALIGNMENT, ids=lambda t: f"{t[0].split('#')[-1]}-{t[2].split('/')[-1]}")
def test_alignment_axioms(onto: Graph, axiom: tuple[URIRef, URIRef, URIRef]) -> None:
    assert axiom in onto


def test_every_actor_and_place_class_is_under_its_root(onto: Graph) -> None:
    for name in ["State", "StateForce", "NonStateArmedGroup", "Person", "Organisation", "International"]:
        assert (KG[name], RDFS.subClassOf, KG.Actor) in onto, name
    for name in ["Country", "Governorate", "District", "Settlement", "Facility", "NaturalRegion"]:
        assert (KG[name], RDFS.subClassOf, KG.Place) in onto, name


def test_roles_are_participants_and_part_of_is_transitive(onto: Graph) -> None:
    for role in (KG.attacker, KG.target, KG.supporter):
        assert (role, RDFS.subPropertyOf, KG.participant) in onto
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) in onto


def test_the_figures_are_functional_non_negative_integers(onto: Graph) -> None:
    for name in ("fatalities", "fatalitiesMax", "wounded", "woundedMax"):
        assert (KG[name], RDF.type, OWL.FunctionalProperty) in onto
        assert (KG[name], RDFS.range, XSD.nonNegativeInteger) in onto
    assert (KG.confidence, RDFS.range, XSD.decimal) in onto


@pytest.mark.parametrize("name", [*ontology.ONTOLOGY_FILES, ontology.SHAPES_FILE])
def test_no_owl_same_as_anywhere(name: str) -> None:
    graph = load(name)
    assert not any(OWL.sameAs in triple for triple in graph)
    assert "sameAs" not in ontology.path(name).read_text(encoding="utf-8")


def test_no_object_property_is_functional(onto: Graph) -> None:
    # under OWL-RL a functional object property with two values makes them owl:sameAs: two claimants of one
    # faulty claim would merge two actors; SHACL counts values instead
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        assert (prop, RDF.type, OWL.FunctionalProperty) not in onto, prop


def concepts(graph: Graph, scheme: URIRef) -> set[URIRef]:
    """The concepts of a scheme."""
    return {c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)}


def test_engagement_types_carry_acled_types_as_acled_spells_them(etypes: Graph) -> None:
    scheme = URIRef(str(ETYPE))
    assert (scheme, RDF.type, SKOS.ConceptScheme) in etypes
    found = concepts(etypes, scheme)
    tops = set(etypes.objects(scheme, SKOS.hasTopConcept))
    assert {str(etypes.value(t, KG.acledEventType)) for t in tops} == set(ACLED_SUB_EVENT_TYPES) - {"Protests", "Riots"}
    for concept in found:
        assert (concept, RDF.type, SKOS.Concept) in etypes
        assert etypes.value(concept, SKOS.prefLabel) is not None, concept
        assert etypes.value(concept, SKOS.definition) is not None, concept
        event_types = [str(v) for v in etypes.objects(concept, KG.acledEventType)]
        assert len(event_types) == 1 and event_types[0] in ACLED_SUB_EVENT_TYPES, concept
        if concept in tops:
            continue  # a top concept is an ACLED event type: no sub-event type
        sub_types = [str(v) for v in etypes.objects(concept, KG.acledSubEventType)]
        assert len(sub_types) == 1 and sub_types[0] in ACLED_SUB_EVENT_TYPES[event_types[0]], concept
        broader = etypes.value(concept, SKOS.broader)
        assert broader in found, concept
        assert str(etypes.value(broader, KG.acledEventType)) == event_types[0], concept


def test_the_named_engagement_types_exist_with_their_acled_coding(etypes: Graph) -> None:
    for name, (event_type, sub_type) in REQUIRED_ENGAGEMENT_TYPES.items():
        concept = ETYPE[name]
        assert (concept, SKOS.inScheme, URIRef(str(ETYPE))) in etypes, name
        assert str(etypes.value(concept, KG.acledEventType)) == event_type, name
        assert str(etypes.value(concept, KG.acledSubEventType)) == sub_type, name
    assert (ETYPE.ambush, SKOS.broader, ETYPE["armed-clash"]) in etypes


def test_actor_categories_align_to_acled_inter_codes(acats: Graph) -> None:
    scheme = URIRef(str(ACAT))
    found = concepts(acats, scheme)
    assert {c.removeprefix(str(ACAT)) for c in found} == set(ACLED_INTER_CODES) | SOURCE_CATEGORIES
    for concept in found:
        name = concept.removeprefix(str(ACAT))
        assert acats.value(concept, SKOS.prefLabel) is not None, name
        assert acats.value(concept, SKOS.definition) is not None, name
        codes = list(acats.objects(concept, KG.acledInterCode))
        if name in ACLED_INTER_CODES:
            assert len(codes) == 1 and isinstance(codes[0], Literal) and codes[0].datatype == XSD.integer, name
            assert codes[0].toPython() == ACLED_INTER_CODES[name], name
            assert 1 <= codes[0].toPython() <= 8
        else:
            assert codes == [], name  # ACLED does not code sources as actors
    assert str(acats.value(ACAT["state-forces"], SKOS.prefLabel)) == "State forces"
    assert str(acats.value(ACAT["external-forces"], SKOS.prefLabel)) == "External/Other forces"


def test_skos_labels_are_consistent(etypes: Graph, acats: Graph) -> None:
    # SKOS integrity: one prefLabel per language, and no altLabel equal to a prefLabel
    for graph in (etypes, acats):
        for concept in set(graph.subjects(RDF.type, SKOS.Concept)):
            prefs = list(graph.objects(concept, SKOS.prefLabel))
            assert len({p.language for p in prefs if isinstance(p, Literal)}) == len(prefs), concept
            assert not set(prefs) & set(graph.objects(concept, SKOS.altLabel)), concept


def closure(onto: Graph, data: str) -> Graph:
    """The OWL-RL closure of the ontology plus some data, in place."""
    graph = Graph()
    graph += onto
    graph.parse(
        data="@prefix kg: <https://w3id.org/conflict-kg/ontology#> . @prefix ex: <http://example.org/> .\n" + data,
        format="turtle",
    )
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False).expand(graph)
    return graph


EX = Namespace("http://example.org/")


def test_owl_rl_makes_our_data_visible_through_the_aligned_vocabularies(onto: Graph) -> None:
    graph = closure(
        onto,
        """
        ex:art a kg:Article . ex:claim a kg:Claim ; kg:claimant ex:monitor ; kg:statedIn ex:art .
        ex:e a kg:Engagement ; kg:attacker ex:rebels ; kg:place ex:village .
        ex:village kg:partOf ex:district . ex:district kg:partOf ex:country .
        """,
    )
    assert (EX.art, RDF.type, SCHEMA.NewsArticle) in graph
    assert (EX.claim, PROV.wasAttributedTo, EX.monitor) in graph
    assert (EX.claim, PROV.wasDerivedFrom, EX.art) in graph
    assert (EX.e, SEM.hasActor, EX.rebels) in graph
    assert (EX.e, RDF.type, SEM.Event) in graph
    assert (EX.e, SEM.hasPlace, EX.village) in graph
    assert (EX.rebels, RDF.type, KG.Actor) in graph
    assert (EX.village, KG.partOf, EX.country) in graph


def test_owl_rl_does_not_merge_or_mistype_nodes(onto: Graph) -> None:
    # a faulty claim with two claimants, an actor a claim is about, and two links to one Wikidata item
    graph = closure(
        onto,
        """
        ex:claim a kg:Claim ; kg:claimant ex:a , ex:b ; kg:about ex:c .
        ex:a <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q1> .
        ex:b <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q1> .
        ex:c a kg:Actor ; kg:population 5 .
        """,
    )
    assert (EX.a, OWL.sameAs, EX.b) not in graph
    assert (EX.a, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")) not in graph
    assert (EX.c, RDF.type, KG.Claim) not in graph and (EX.c, RDF.type, KG.Engagement) not in graph
    assert (EX.c, RDF.type, KG.Place) not in graph  # kg:population has no domain: actors (states) may have one
