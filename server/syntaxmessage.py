"""The message of a query's syntax error: the parser's words, cut short, and a plain one for an undeclared prefix."""

from __future__ import annotations

import re

from graph.namespaces import PREFIXES
from server.prefixednames import PrefixedName, undeclared

_POSITION = re.compile(r"error at (\d+):(\d+)")


def syntax_message(error: str, query: str) -> str:
    """What to tell the client about the parser's `error` in `query`.

    >>> syntax_message("error at 1:31: expected one of Prefix not found, ['%']", "SELECT * WHERE { ?s rdfs:label ?o }")
    "syntax error in the query: undeclared prefix 'rdfs:' at 1:31; add PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    >>> syntax_message("error at 1:26: expected OPTIONAL", "SELECT * WHERE { ?s ex:p ?o }")
    "syntax error in the query: undeclared prefix 'ex:' at 1:25; declare it with PREFIX ex: <...>"
    >>> syntax_message("error at 1:25: expected one of LATERAL, SERVICE", "SELECT * WHERE { ?s ?p }")
    'syntax error in the query: error at 1:25: expected one of LATERAL, SERVICE'
    """
    name = _stopped_at(error, query)
    if name is None:
        return f"syntax error in the query: {shorten(error)}"
    namespace = PREFIXES.get(name.prefix)
    fix = f"add PREFIX {name.prefix}: <{namespace}>" if namespace else f"declare it with PREFIX {name.prefix}: <...>"
    return f"syntax error in the query: undeclared prefix '{name.prefix}:' at {name.line}:{name.end}; {fix}"


def _stopped_at(error: str, query: str) -> PrefixedName | None:
    """The first prefixed name with an undeclared prefix, unless the parser stopped before it (another mistake).

    The query's text is read rather than the parser's words, which do not always say "Prefix not found" (Oxigraph
    says "expected OPTIONAL" after a one-letter local name such as `ex:p`).
    """
    names = undeclared(query)
    if not names:
        return None
    where = _POSITION.search(error)
    if where is not None and (int(where.group(1)), int(where.group(2))) < (names[0].line, names[0].start):
        return None
    return names[0]


def shorten(message: str, limit: int = 240) -> str:
    """A parser message cut before its list of expected tokens grows unreadable; the position is kept.

    >>> short = shorten("error at 1:18: expected one of " + "x, " * 200)
    >>> short[:14], len(short), short[-1]
    ('error at 1:18:', 240, '…')
    """
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"
