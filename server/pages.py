"""Linked data: every IRI under the base as an HTML page or RDF (/resource/...), and the ontology (/ontology)."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, current_app, render_template, request

from graph.namespaces import prefixes_for
from server import conneg, ontologydoc, resourceview
from server.engine import QueryResult, get_engine
from server.errors import ApiError
from server.webpage import term_view, wants_html

bp = Blueprint("pages", __name__)
_ONTOLOGY_KEY = "conflict_kg.ontology_doc"
# ?iri is bound by the engine, never pasted into the text.
DESCRIBE = """CONSTRUCT { ?iri ?p ?o . ?s ?q ?iri } WHERE { { ?iri ?p ?o } UNION { ?s ?q ?iri } }"""


@bp.route("/resource/<path:rest>")
def resource(rest: str) -> Response | str:
    """Describe `{BASE}{rest}`: HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML by negotiation."""
    iri = current_app.config["BASE"] + rest
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        raise ApiError(404, "not_found", f"{iri!r} is not an IRI this server describes") from None
    fmt_param = request.args.get("format")
    if wants_html(request.headers.get("Accept"), fmt_param):
        view = resourceview.gather(get_engine(), iri)
        if not view.exists:
            raise ApiError(404, "not_found", f"the graph has no triples about <{iri}>")
        return render_template("resource.html", view=view, term=term_view)
    fmt = conneg.negotiate("graph", request.headers.get("Accept"), fmt_param)
    result = get_engine().execute(DESCRIBE, bindings={"iri": node})
    if not result.triples:
        raise ApiError(404, "not_found", f"the graph has no triples about <{iri}>")
    return _rdf_response(result, fmt)


@bp.route("/ontology")
def ontology() -> Response | str:
    """The ontology and its SKOS schemes: HTML documentation, or the Turtle (or other RDF) by negotiation."""
    doc = _ontology_doc(current_app._get_current_object())  # type: ignore[attr-defined]
    fmt_param = request.args.get("format")
    if wants_html(request.headers.get("Accept"), fmt_param):
        return render_template("ontology.html", doc=doc)
    fmt = conneg.negotiate("graph", request.headers.get("Accept"), fmt_param)
    return _rdf_response(QueryResult("graph", triples=tuple(doc.triples)), fmt)


def _ontology_doc(app: Flask) -> ontologydoc.OntologyDoc:
    """The ontology documentation, read once per app."""
    if _ONTOLOGY_KEY not in app.extensions:
        app.extensions[_ONTOLOGY_KEY] = ontologydoc.load()
    doc: ontologydoc.OntologyDoc = app.extensions[_ONTOLOGY_KEY]
    return doc


def _rdf_response(result: QueryResult, fmt: conneg.Format) -> Response:
    """RDF in the negotiated format, with the prefixes of the project."""
    prefixes = {
        **prefixes_for(current_app.config["BASE"]),
        "etype": "https://w3id.org/conflict-kg/ontology/engagement-type/",
        "acat": "https://w3id.org/conflict-kg/ontology/actor-category/",
    }
    response = Response(conneg.render(result, fmt, prefixes), content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response


def init_app(app: Flask) -> None:
    """Register the linked-data pages."""
    app.register_blueprint(bp)
