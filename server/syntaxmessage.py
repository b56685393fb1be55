"""The message of a query's syntax error: the parser's words, cut short, and a plain one for an undeclared prefix."""

from __future__ import annotations

import re

from graph.namespaces import PREFIXES

_POSITION = re.compile(r"error at (\d+):(\d+)")
# A prefixed name ending where the parser stopped: its prefix is the one the query never declared.
_PREFIXED_NAME_END = re.compile(r"(?<![\w.:<-])([A-Za-z][\w.-]*)?:[\w.%-]*$")


def syntax_message(error: str, query: str) -> str:
    """What to tell the client about the parser's `error` in `query`.

    >>> syntax_message("error at 1:31: expected one of Prefix not found, ['%']", "SELECT * WHERE { ?s rdfs:label ?o }")
    "syntax error in the query: undeclared prefix 'rdfs:' at 1:31; add PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
    >>> syntax_message("error at 1:25: expected one of LATERAL, SERVICE", "SELECT * WHERE { ?s ?p }")
    'syntax error in the query: error at 1:25: expected one of LATERAL, SERVICE'
    """
    prefix = _undeclared_prefix(error, query) if "Prefix not found" in error else None
    if prefix is None:
        return f"syntax error in the query: {shorten(error)}"
    where = _POSITION.search(error)
    at = f" at {where.group(1)}:{where.group(2)}" if where else ""
    namespace = PREFIXES.get(prefix)
    fix = f"add PREFIX {prefix}: <{namespace}>" if namespace else f"declare it with PREFIX {prefix}: <...>"
    return f"syntax error in the query: undeclared prefix '{prefix}:'{at}; {fix}"


def _undeclared_prefix(error: str, query: str) -> str | None:
    """The prefix of the prefixed name the parser stopped after, or None when the position does not show one."""
    where = _POSITION.search(error)
    if where is None:
        return None
    lines = query.split("\n")
    line, column = int(where.group(1)), int(where.group(2))
    if not 1 <= line <= len(lines):
        return None
    found = _PREFIXED_NAME_END.search(lines[line - 1][: column - 1])
    return None if found is None else found.group(1) or ""


def shorten(message: str, limit: int = 240) -> str:
    """A parser message cut before its list of expected tokens grows unreadable; the position is kept.

    >>> short = shorten("error at 1:18: expected one of " + "x, " * 200)
    >>> short[:14], len(short), short[-1]
    ('error at 1:18:', 240, '…')
    """
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"
