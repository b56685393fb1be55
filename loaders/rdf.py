"""Turn one article's `Extraction` into triples, as docs/model.md describes them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD
from rdflib.term import Node

from graph.iris import article_path, digest, resource
from graph.namespaces import DEFAULT_BASE, KG, OA, SCHEMA
from loaders.model import Claim, Engagement, Extraction, Span

EXTRACTOR_VERSION = "1"
CONTEXT_CHARS = 32  # characters of oa:prefix / oa:suffix either side of a quote
ETYPE = "https://w3id.org/conflict-kg/ontology/engagement-type/"
PRECISIONS = {"day": KG.Day, "week": KG.Week, "month": KG.Month, "year": KG.Year}
LOCAL_CLASSES = {
    "actor": KG.Actor,
    "outlet": KG.MediaOutlet,
    "organisation": KG.Organisation,
    "place": KG.Place,
    "facility": KG.Facility,
    "force": KG.StateForce,
    "group": KG.NonStateArmedGroup,
}

# Resolves a publisher's name (as a corpus gives it) to an actor key, or None when unknown.
PublisherResolver = Callable[[str], str | None]
Triple = tuple[Node, Node, Node]


def article_iri(corpus: str, identifier: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of an article."""
    return resource(article_path(corpus, identifier), base)


def extraction_graph(extraction: Extraction, publisher_key: str | None = None, base: str = DEFAULT_BASE) -> Graph:
    """The triples of one article: the article, its local entities, engagements, claims and evidence."""
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in extraction_triples(extraction, publisher_key, base))
    return graph


def extraction_triples(
    extraction: Extraction, publisher_key: str | None = None, base: str = DEFAULT_BASE
) -> list[Triple]:
    """The triples of extraction_graph as a list (in the order written, duplicates possible), without a graph."""
    triples: list[Triple] = []
    article = extraction.article
    art = article_iri(article.corpus, article.identifier, base)
    add = triples.append
    add((art, RDF.type, KG.Article))
    add((art, DCTERMS.identifier, Literal(article.identifier)))
    add((art, KG.corpus, Literal(article.corpus)))
    add((art, SCHEMA.articleBody, Literal(article.body)))
    add((art, KG.sha256, Literal(hashlib.sha256(article.body.encode("utf-8")).hexdigest())))
    if article.title:
        add((art, SCHEMA.headline, Literal(article.title)))
    if article.published:
        add((art, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        add((art, SCHEMA.url, URIRef(article.url)))
    if publisher_key:
        add((art, SCHEMA.publisher, resource(publisher_key, base)))
    for name, value in article.extra:
        add((art, KG.sourceField, Literal(f"{name}={value}")))
    for mention in extraction.mentions:
        add((art, SCHEMA.mentions, resource(mention.key, base)))
    for key, (kind, label) in sorted(extraction.local_entities.items()):
        node = resource(key, base)
        add((node, RDF.type, LOCAL_CLASSES.get(kind, KG.Actor)))
        add((node, RDFS.label, Literal(label, lang="en")))
        add((node, KG.gazetteerStatus, Literal("not-in-gazetteer")))
    engagements = {
        e.key: _engagement(triples, e, article.corpus, article.identifier, base) for e in extraction.engagements
    }
    unattributed = resource(publisher_key, base) if publisher_key else KG.Unattributed
    for claim in extraction.claims:
        _claim(triples, claim, art, engagements, unattributed, extraction, base)
    return triples


def _engagement(triples: list[Triple], engagement: Engagement, corpus: str, identifier: str, base: str) -> URIRef:
    """Add one engagement; its IRI comes from the article and its key (stable when other articles change)."""
    node = resource(f"engagement/{digest(corpus, identifier, engagement.key)}", base)
    add = triples.append
    add((node, RDF.type, KG.Engagement))
    add((node, KG.engagementType, URIRef(ETYPE + engagement.type)))
    if engagement.label:
        add((node, RDFS.label, Literal(engagement.label, lang="en")))
    for prop, keys in (
        (KG.attacker, engagement.attackers),
        (KG.target, engagement.targets),
        (KG.supporter, engagement.supporters),
        (KG.place, engagement.places),
    ):
        for key in keys:
            add((node, prop, resource(key, base)))
    when = engagement.time
    if when is not None:
        add((node, KG.timeExpression, Literal(when.expression)))
        if when.earliest:
            add((node, KG.earliestDate, Literal(when.earliest.isoformat(), datatype=XSD.date)))
        if when.latest:
            add((node, KG.latestDate, Literal(when.latest.isoformat(), datatype=XSD.date)))
        if when.precision in PRECISIONS:
            add((node, KG.datePrecision, PRECISIONS[when.precision]))
    return node


def _claim(
    triples: list[Triple],
    claim: Claim,
    art: URIRef,
    engagements: dict[str, URIRef],
    unattributed: URIRef,
    extraction: Extraction,
    base: str,
) -> None:
    """Add one claim with its figures and its evidence (a quote and a position selector)."""
    article = extraction.article
    node = resource(
        "claim/"
        + digest(
            article.corpus,
            article.identifier,
            claim.evidence.start,
            claim.evidence.end,
            claim.engagement or "",
            "|".join(claim.about),
            claim.claimant or "",
        ),
        base,
    )
    add = triples.append
    add((node, RDF.type, KG.Claim))
    add((node, KG.claimant, resource(claim.claimant, base) if claim.claimant else unattributed))
    add((node, KG.statedIn, art))
    if claim.engagement is not None:
        add((node, KG.about, engagements[claim.engagement]))
    for key in claim.about:
        add((node, KG.about, resource(key, base)))
    for figure in claim.figures:
        low, high = (KG.fatalities, KG.fatalitiesMax) if figure.kind == "fatalities" else (KG.wounded, KG.woundedMax)
        add((node, low, Literal(figure.low, datatype=XSD.nonNegativeInteger)))
        if figure.high is not None:
            add((node, high, Literal(figure.high, datatype=XSD.nonNegativeInteger)))
        if figure.who and figure.kind == "fatalities":
            add((node, KG.victimCategory, Literal(figure.who)))
    if claim.cue:
        add((node, KG.attributionCue, Literal(claim.cue)))
    add((node, KG.extractionMethod, KG.RuleBasedExtraction))
    add((node, KG.extractorVersion, Literal(EXTRACTOR_VERSION)))
    add((node, KG.confidence, Literal(Decimal(str(round(claim.confidence, 2))), datatype=XSD.decimal)))
    _evidence(triples, node, art, claim.evidence, article.body)


def _evidence(triples: list[Triple], claim: URIRef, art: URIRef, span: Span, body: str) -> None:
    """The W3C Web Annotation evidence of a claim: where in the article body it was stated."""
    evidence = URIRef(f"{claim}/evidence")
    quote = URIRef(f"{evidence}/quote")
    position = URIRef(f"{evidence}/position")
    add = triples.append
    add((claim, KG.evidence, evidence))
    add((evidence, RDF.type, OA.SpecificResource))
    add((evidence, OA.hasSource, art))
    add((evidence, OA.hasSelector, quote))
    add((evidence, OA.hasSelector, position))
    add((quote, RDF.type, OA.TextQuoteSelector))
    add((quote, OA.exact, Literal(span.text(body))))
    add((quote, OA.prefix, Literal(body[max(0, span.start - CONTEXT_CHARS) : span.start])))
    add((quote, OA.suffix, Literal(body[span.end : span.end + CONTEXT_CHARS])))
    add((position, RDF.type, OA.TextPositionSelector))
    add((position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    add((position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))


def ntriples(triples: Iterable[Triple]) -> str:
    """The triples as N-Triples lines, each exactly as rdflib's `Graph.serialize(format="nt")` writes it.

    >>> from rdflib.namespace import RDFS
    >>> print(ntriples([(URIRef("http://example.org/a"), RDFS.label, Literal('say "hi"\\n', lang="en"))]), end="")
    <http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "say \\"hi\\"\\n"@en .
    """
    return "".join([_nt_line(triple) for triple in triples])


def _nt_line(triple: Triple) -> str:
    """One N-Triples line; literals quoted like rdflib's N-Triples serializer (which has no public per-line API)."""
    s, p, o = triple
    if isinstance(o, Literal):
        escaped = o.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        quoted = f'"{escaped}"'
        if o.language:
            quoted += "@" + o.language
        elif o.datatype:
            quoted += f"^^<{o.datatype}>"
        return f"{s.n3()} {p.n3()} {quoted} .\n"
    return f"{s.n3()} {p.n3()} {o.n3()} .\n"
