"""What a resource page shows, gathered with a few bound queries: facts, links in, claims with their quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from graph.namespaces import INFERRED_GRAPH
from server.engine import QueryEngine

PROLOGUE = """PREFIX kg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
"""
# ?iri is bound by the engine (never pasted); Oxigraph wants a bound variable in the projection.
OUTGOING = (
    PROLOGUE
    + f"""SELECT ?p ?o (SAMPLE(?l) AS ?label) ?asserted ?iri WHERE {{
  ?iri ?p ?o .
  OPTIONAL {{ ?o rdfs:label|skos:prefLabel|schema:headline ?l }}
  BIND(EXISTS {{ GRAPH ?g {{ ?iri ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }} AS ?asserted)
}} GROUP BY ?p ?o ?asserted ?iri ORDER BY ?p ?o"""
)
INCOMING = (
    PROLOGUE
    + f"""SELECT DISTINCT ?s ?p (SAMPLE(?l) AS ?label) ?iri WHERE {{
  GRAPH ?g {{ ?s ?p ?iri }} FILTER(?g != <{INFERRED_GRAPH}>)
  OPTIONAL {{ ?s rdfs:label|skos:prefLabel|schema:headline ?l }}
}} GROUP BY ?s ?p ?iri ORDER BY ?p ?s LIMIT 500"""
)
CLAIMS = (
    PROLOGUE
    + """SELECT ?claim ?relation ?claimant (SAMPLE(?cl) AS ?claimantLabel) ?article (SAMPLE(?h) AS ?headline)
       (SAMPLE(?q) AS ?quote) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end)
       (SAMPLE(?f) AS ?fatalities) (SAMPLE(?fm) AS ?fatalitiesMax) ?iri WHERE {
  { ?claim kg:about ?iri . BIND("about it" AS ?relation) }
  UNION { ?claim kg:about ?x . ?x kg:attacker|kg:target|kg:supporter|kg:place ?iri .
          BIND("about an engagement it is part of" AS ?relation) }
  UNION { ?claim kg:claimant ?iri . BIND("claimed by it" AS ?relation) }
  UNION { ?claim kg:statedIn ?iri . BIND("stated in it" AS ?relation) }
  UNION { ?iri a kg:Claim . BIND(?iri AS ?claim) BIND("this claim" AS ?relation) }
  ?claim a kg:Claim .
  OPTIONAL { ?claim kg:claimant ?claimant . OPTIONAL { ?claimant rdfs:label ?cl } }
  OPTIONAL { ?claim kg:statedIn ?article . OPTIONAL { ?article schema:headline ?h } }
  OPTIONAL { ?claim kg:evidence/oa:hasSelector ?qs . ?qs oa:exact ?q }
  OPTIONAL { ?claim kg:evidence/oa:hasSelector ?ps . ?ps oa:start ?s ; oa:end ?e }
  OPTIONAL { ?claim kg:fatalities ?f }
  OPTIONAL { ?claim kg:fatalitiesMax ?fm }
} GROUP BY ?claim ?relation ?claimant ?article ?iri ORDER BY ?relation ?article ?start ?claim LIMIT 300"""
)
BODY = PROLOGUE + "SELECT ?body ?iri WHERE { ?iri schema:articleBody ?body } LIMIT 1"
WKT = PROLOGUE + "SELECT ?wkt ?iri WHERE { ?iri geo:hasGeometry/geo:asWKT ?wkt } LIMIT 1"
CONTEXT = 160  # characters of article text shown either side of a quote
_POINT = re.compile(r"POINT\s*\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)", re.IGNORECASE)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/headline",
)
EXACT_MATCH = "http://www.w3.org/2004/02/skos/core#exactMatch"


@dataclass
class ResourceView:
    """Everything a resource page shows."""

    iri: str
    label: str | None = None
    types: list[tuple[Any, Any]] = field(default_factory=list)
    facts: list[tuple[Any, Any, Any]] = field(default_factory=list)  # (predicate, object, object label)
    inferred: list[tuple[Any, Any, Any]] = field(default_factory=list)
    incoming: list[tuple[Any, Any, Any]] = field(default_factory=list)  # (subject, predicate, subject label)
    claims: list[dict[str, Any]] = field(default_factory=list)
    wikidata: list[str] = field(default_factory=list)
    coordinates: tuple[float, float] | None = None  # (latitude, longitude)
    body_segments: list[tuple[str, str | None]] = field(default_factory=list)  # (text, claim IRI when quoted)

    @property
    def exists(self) -> bool:
        """Whether the graph says anything about the IRI, either way."""
        return bool(self.facts or self.inferred or self.incoming)


def gather(engine: QueryEngine, iri: str) -> ResourceView:
    """Run the page's queries for one IRI and assemble what they say."""
    node = ox.NamedNode(iri)
    bound = {"iri": node}
    view = ResourceView(iri)
    for p, o, label, asserted, _ in engine.execute(OUTGOING, bindings=bound).rows:
        assert isinstance(p, ox.NamedNode)
        if p.value in LABELS and isinstance(o, ox.Literal) and view.label is None:
            view.label = o.value
        if p.value == RDF_TYPE and _true(asserted):
            view.types.append((o, label))
        if p.value == EXACT_MATCH and isinstance(o, ox.NamedNode) and "wikidata.org/entity/" in o.value:
            view.wikidata.append(o.value)
        (view.facts if _true(asserted) else view.inferred).append((p, o, label))
    view.incoming = [(s, p, label) for s, p, label, _ in engine.execute(INCOMING, bindings=bound).rows]
    wkt = engine.execute(WKT, bindings=bound).rows
    if wkt and isinstance(wkt[0][0], ox.Literal):
        view.coordinates = parse_point(wkt[0][0].value)
    view.claims = _claims(engine, node)
    article_body = engine.execute(BODY, bindings=bound).rows
    if article_body and isinstance(article_body[0][0], ox.Literal):
        spans = [(c["start"], c["end"], c["claim"]) for c in view.claims if c["relation"] == "stated in it"]
        view.body_segments = highlight(article_body[0][0].value, spans)
    return view


def _claims(engine: QueryEngine, node: ox.NamedNode) -> list[dict[str, Any]]:
    """The claims behind the resource, each with its quote set in the article text around it."""
    bodies: dict[str, str] = {}
    claims = []
    for row_terms in engine.execute(CLAIMS, bindings={"iri": node}).rows:
        claim, relation, claimant, claimant_label, article, headline, quote, start, end, low, high, _ = row_terms
        row: dict[str, Any] = {
            "claim": _text(claim),
            "relation": _text(relation) or "",
            "claimant": claimant,
            "claimant_label": claimant_label,
            "article": article,
            "headline": headline,
            "quote": _text(quote),
            "start": _int(start),
            "end": _int(end),
            "fatalities": _int(low),
            "fatalities_max": _int(high),
        }
        if isinstance(article, ox.NamedNode) and row["start"] is not None:
            if article.value not in bodies and len(bodies) < 50:
                found = engine.execute(BODY, bindings={"iri": article}).rows
                bodies[article.value] = (_text(found[0][0]) if found else None) or ""
            row["context"] = context(bodies.get(article.value, ""), row["start"], row["end"], row["quote"])
        claims.append(row)
    return claims


def context(body: str, start: int, end: int, quote: str | None) -> tuple[str, str, str] | None:
    """The text before, at and after a span; None when the body does not hold the quote there.

    >>> context("One two three four", 4, 7, "two")
    ('One ', 'two', ' three four')
    """
    if not body or not 0 <= start <= end <= len(body) or (quote is not None and body[start:end] != quote):
        return None
    before = body[max(0, start - CONTEXT) : start]
    after = body[end : end + CONTEXT]
    return (
        ("…" if start > CONTEXT else "") + before,
        body[start:end],
        after + ("…" if end + CONTEXT < len(body) else ""),
    )


def highlight(body: str, spans: list[tuple[int | None, int | None, str | None]]) -> list[tuple[str, str | None]]:
    """The body cut into segments, each quoted span marked with its claim; overlapping spans are merged.

    >>> highlight("abcdefgh", [(2, 4, "c1"), (3, 6, "c2")])
    [('ab', None), ('cdef', 'c1'), ('gh', None)]
    """
    usable = sorted((s, e, c) for s, e, c in spans if s is not None and e is not None and 0 <= s < e <= len(body))
    merged: list[list[Any]] = []
    for start, end, claim in usable:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, claim])
    segments: list[tuple[str, str | None]] = []
    position = 0
    for start, end, claim in merged:
        if start > position:
            segments.append((body[position:start], None))
        segments.append((body[start:end], claim))
        position = end
    if position < len(body):
        segments.append((body[position:], None))
    return segments


def parse_point(wkt: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a WKT point, which writes longitude first.

    >>> parse_point("POINT(38.28 34.56)")
    (34.56, 38.28)
    """
    match = _POINT.search(wkt)
    return (float(match.group(2)), float(match.group(1))) if match else None


def _text(term: Any) -> str | None:
    """The value of an IRI or literal, None for anything else."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def _int(term: Any) -> int | None:
    """The integer a literal holds, or None."""
    try:
        return int(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:
        return None


def _true(term: Any) -> bool:
    """Whether a SPARQL boolean literal is true."""
    return isinstance(term, ox.Literal) and term.value in ("true", "1")
