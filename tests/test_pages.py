"""Linked-data pages and the ontology page: HTML for people, RDF by negotiation, 404 in the one shape, no XSS."""

from __future__ import annotations

import html
import re

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from markupsafe import escape
from sample_store import BODY_1, QUOTE_1, QUOTE_2, XSS_HEADLINE

RES = "https://w3id.org/conflict-kg/resource/"
KG = "https://w3id.org/conflict-kg/ontology#"
HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


def page(sample_client: FlaskClient, path: str) -> str:
    """The HTML of a page, checked to be a 200 HTML answer."""
    response = sample_client.get(path, headers=HTML)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def test_actor_page_shows_label_types_facts_claims_and_wikidata(sample_client: FlaskClient) -> None:
    """The actor's label, its class, links to related pages, the claims with quotes, its Wikidata link."""
    text = page(sample_client, "/resource/actor/islamic-state")
    assert "<h1>Islamic State</h1>" in text
    assert 'href="/ontology#NonStateArmedGroup"' in text
    assert 'href="http://www.wikidata.org/entity/Q2429253"' in text
    assert 'href="/resource/engagement/00000000000000e1"' in text  # linked from the engagement
    assert f"<mark>{html.escape(QUOTE_2)}</mark>" in text  # its own claim, quote highlighted
    assert "claimed by it" in text and "about an engagement it is part of" in text


def test_claim_quote_is_shown_in_its_article_text(sample_client: FlaskClient) -> None:
    """A claim's quote is marked inside the words around it, taken from the article at its offsets."""
    text = page(sample_client, "/resource/claim/00000000000000c1")
    before = BODY_1[: BODY_1.index(QUOTE_1)]
    assert f"{html.escape(before)}<mark>{html.escape(QUOTE_1)}</mark>" in text


def test_article_page_marks_every_evidence_span(sample_client: FlaskClient) -> None:
    """An article's body is shown whole, with the evidence of each claim stated in it marked and linked."""
    text = page(sample_client, "/resource/article/test/a1")
    body = re.search(r'<div class="article-body">(.*?)</div>', text, re.S)
    assert body is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == BODY_1
    assert f'<mark><a href="/resource/claim/00000000000000c1">{html.escape(QUOTE_1)}</a></mark>' in body.group(1)


def test_place_page_has_a_coordinate_line_and_hierarchy(sample_client: FlaskClient) -> None:
    """A place shows its coordinates as latitude and longitude, and links up the hierarchy."""
    text = page(sample_client, "/resource/place/palmyra-421197935")
    assert "34.56077° N" in text and "38.28055° E" in text
    assert 'href="/resource/place/homs-governorate-85678367"' in text


def test_markup_in_the_data_is_shown_as_text(sample_client: FlaskClient) -> None:
    """A literal holding <script> is escaped wherever it appears: on its page and on pages linking to it."""
    for path in ("/resource/article/test/a2", "/resource/claim/00000000000000c2", "/resource/actor/islamic-state"):
        text = page(sample_client, path)
        assert "<script>alert" not in text, path
        assert str(escape(XSS_HEADLINE)) in text, path


@pytest.mark.parametrize(
    ("accept", "fmt", "mimetype"),
    [
        ("text/turtle", "turtle", "text/turtle"),
        ("application/ld+json", "jsonld", "application/ld+json"),
        ("application/n-triples", "ntriples", "application/n-triples"),
        ("application/rdf+xml", "rdfxml", "application/rdf+xml"),
    ],
)
def test_resource_as_rdf_by_accept_and_by_format(
    sample_client: FlaskClient, accept: str, fmt: str, mimetype: str
) -> None:
    """The same triples in each RDF format: what the resource says and what points to it."""
    by_accept = sample_client.get("/resource/actor/islamic-state", headers={"Accept": accept})
    by_format = sample_client.get(f"/resource/actor/islamic-state?format={fmt}")
    graphs = []
    for response in (by_accept, by_format):
        assert response.status_code == 200 and response.mimetype == mimetype
        graphs.append({q.triple for q in ox.parse(response.data, format=ox.RdfFormat.from_media_type(mimetype))})
    assert graphs[0] == graphs[1]
    actor = ox.NamedNode(RES + "actor/islamic-state")
    label = ox.Triple(
        actor, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Islamic State", language="en")
    )
    attacker = ox.Triple(ox.NamedNode(RES + "engagement/00000000000000e1"), ox.NamedNode(KG + "attacker"), actor)
    assert label in graphs[0] and attacker in graphs[0]
    assert all(actor in (t.subject, t.object) for t in graphs[0])


def test_unknown_resource_is_404_in_the_error_shape(sample_client: FlaskClient) -> None:
    """An IRI with no triples is a 404 JSON error, for a browser and for an RDF client alike."""
    for headers in (HTML, {"Accept": "text/turtle"}):
        response = sample_client.get("/resource/actor/nobody-at-all", headers=headers)
        assert response.status_code == 404
        body = response.get_json()
        assert body["error"] == "not_found" and "actor/nobody-at-all" in body["message"]


def test_ontology_page_documents_classes_properties_and_concepts(sample_client: FlaskClient) -> None:
    """Classes with their comment and super-class, properties with domain and range, the SKOS concepts."""
    text = page(sample_client, "/ontology")
    claim = re.search(r'<section class="term" id="Claim">(.*?)</section>', text, re.S)
    assert claim is not None
    assert "prov:Entity" in claim.group(1) or "subclass of" in claim.group(1)
    attacker = re.search(r'<section class="term" id="attacker">(.*?)</section>', text, re.S)
    assert attacker is not None and 'href="/ontology#participant"' in attacker.group(1)
    ambush = re.search(r'<section class="term" id="ambush">(.*?)</section>', text, re.S)
    assert ambush is not None and "Armed clash" in ambush.group(1) and "Battles" in ambush.group(1)


def test_ontology_as_turtle(sample_client: FlaskClient) -> None:
    """By negotiation the ontology is its Turtle, holding the classes of the vocabulary contract."""
    response = sample_client.get("/ontology", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    triples = {q.triple for q in ox.parse(response.data, format=ox.RdfFormat.TURTLE)}
    owl_class = ox.NamedNode("http://www.w3.org/2002/07/owl#Class")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for name in ("Article", "Actor", "Place", "Engagement", "Claim"):
        assert ox.Triple(ox.NamedNode(KG + name), rdf_type, owl_class) in triples
