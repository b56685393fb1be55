"""What the HTML pages share: HTML-or-data negotiation, links from IRIs to pages, and how terms are shown."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from flask import Flask, Response, current_app, url_for

from graph.namespaces import KG, PREFIXES, prefixes_for
from server import conneg

HTML_TYPES = ("text/html", "application/xhtml+xml")


def wants_html(accept: str | None, format_param: str | None, *, default: bool = True) -> bool:
    """Whether to answer with HTML: `?format=html`, or text/html ranked above every data type in Accept.

    >>> wants_html("text/html,application/xhtml+xml,*/*;q=0.8", None)
    True
    >>> wants_html("text/turtle", None), wants_html("application/json", None), wants_html(None, "json")
    (False, False, False)
    >>> wants_html("*/*", None), wants_html("*/*", None, default=False)
    (True, False)
    """
    if format_param:
        return format_param.strip().lower() in ("html", *HTML_TYPES)
    if not accept:
        return default
    for media, q in conneg.parse_accept(accept):
        if q == 0:
            continue
        if media in HTML_TYPES:
            return True
        if media in ("*/*", "*", "text/*"):
            return default
        return False
    return default


def page_url(iri: str) -> str | None:
    """Where this server shows an IRI: its /resource page, an /ontology anchor, or None when it is not ours."""
    base = current_app.config["BASE"]
    if iri.startswith(base) and len(iri) > len(base):
        return url_for("pages.resource", rest=iri[len(base) :])
    if iri.startswith(str(KG)):
        return url_for("pages.ontology") + "#" + iri[len(str(KG)) :]
    if iri.startswith("https://w3id.org/conflict-kg/ontology/"):
        return url_for("pages.ontology") + "#" + iri.rsplit("/", 1)[-1]
    return None


def short_name(iri: str) -> str:
    """An IRI written with the project's prefixes when one fits (res:, kg:, schema: ...), else in full.

    >>> short_name("http://www.w3.org/2000/01/rdf-schema#label")
    'rdfs:label'
    >>> short_name("urn:x")
    'urn:x'
    """
    base = current_app.config["BASE"] if _has_app() else None
    best = ""
    prefix_name = ""
    for prefix, namespace in (prefixes_for(base) if base else PREFIXES).items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            rest = iri[len(namespace) :]
            if rest and all(c.isalnum() or c in "-_./" for c in rest):
                best, prefix_name = namespace, prefix
    return f"{prefix_name}:{iri[len(best) :]}" if best else iri


def _has_app() -> bool:
    """Whether an application context is active."""
    try:
        current_app.config  # noqa: B018 - touching it raises outside an app context
    except RuntimeError:
        return False
    return True


def term_view(term: Any, label: Any = None) -> dict[str, Any]:
    """A term as a template shows it: text, an optional link, and its kind (iri, literal, blank)."""
    if term is None:
        return {"kind": "none", "text": ""}
    if isinstance(term, ox.NamedNode):
        text = str(label.value) if isinstance(label, ox.Literal) else short_name(term.value)
        return {"kind": "iri", "text": text, "iri": term.value, "href": page_url(term.value) or term.value}
    if isinstance(term, ox.Literal):
        view: dict[str, Any] = {"kind": "literal", "text": term.value}
        if term.language:
            view["note"] = "@" + term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            view["note"] = short_name(term.datatype.value)
        return view
    return {"kind": "blank", "text": str(term)}


# Pages load only their own scripts and styles and talk only to this server: a literal that slipped past escaping
# still could not run, and nothing is fetched from elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _secure_html(response: Response) -> Response:
    """Add the content security policy to every HTML page."""
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def init_app(app: Flask) -> None:
    """Make the helpers available to every template, and protect every HTML page."""
    app.jinja_env.globals["page_url"] = page_url
    app.jinja_env.globals["short_name"] = short_name
    app.after_request(_secure_html)
