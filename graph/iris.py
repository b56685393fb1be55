"""Deterministic IRIs: minted from content, never from counters, so a corpus always gives the same IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from graph.namespaces import DEFAULT_BASE

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII slug of a label.

    >>> slug("Deir ez-Zor Governorate")
    'deir-ez-zor-governorate'
    >>> slug("Ba'athist Syria")
    'baathist-syria'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("'", "").replace("’", "")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-") or "x"


def digest(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of the parts (joined with a separator no part contains).

    >>> digest("article", 3, "attack")
    '6f66106d0bfbbc78'
    """
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def resource(path: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a resource path under the base.

    >>> resource("actor/islamic-state")
    rdflib.term.URIRef('https://w3id.org/conflict-kg/resource/actor/islamic-state')
    """
    return URIRef(base + path)


def article_path(corpus: str, identifier: str) -> str:
    """Path of an article: its corpus and its id in that corpus.

    >>> article_path("seeds", "000_4359928866c7865c")
    'article/seeds/000_4359928866c7865c'
    """
    return f"article/{slug(corpus)}/{_safe_segment(identifier)}"


def _safe_segment(identifier: str) -> str:
    """An identifier made safe for an IRI path segment, unchanged when it already is."""
    if re.fullmatch(r"[A-Za-z0-9._~-]+", identifier):
        return identifier
    return f"{slug(identifier)}-{digest(identifier, length=8)}"
