"""What a query's text says before it runs: is it an update, does it name a dataset, which SERVICEs it calls.

Oxigraph parses and runs queries but does not tell us these things, and its SERVICE support makes real HTTP
requests, so the endpoint reads them off the tokens first. Strings, IRIs and comments are tokens of their own,
so a keyword inside a literal or a comment is never mistaken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r'''
      (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<word>[?$]?[\w\-.:%\\]+)
    | (?P<space>\s+)
    | (?P<other>.)
    ''',
    re.VERBOSE | re.DOTALL,
)
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


@dataclass(frozen=True)
class QueryText:
    """The facts read off a query's tokens."""

    update_keyword: str | None  # the update operation the text starts with, if any
    has_dataset: bool  # FROM or FROM NAMED present
    services: tuple[str | None, ...]  # SERVICE endpoints, None where the endpoint is a variable
    star_order: tuple[str, ...] | None = None  # SELECT *: variables in order of first appearance


def tokens(text: str) -> list[tuple[str, str]]:
    """The (kind, text) tokens of a query, without spaces and comments.

    >>> tokens('SELECT ?s { <p#x> "a # b" } # note')
    [('word', 'SELECT'), ('word', '?s'), ('other', '{'), ('iri', '<p#x>'), ('string', '"a # b"'), ('other', '}')]
    """
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            found.append((kind, match.group()))
    return found


# Saved queries and pages send the same texts again and again: reading one costs ~0.3 ms of a 1 ms answer.
@lru_cache(maxsize=64)
def where_group_start(text: str) -> int | None:
    """The offset just inside the `{` that opens the query's WHERE group, or None where there is none to use.

    >>> q = 'PREFIX e: <http://e/> CONSTRUCT { ?s e:p "{" } WHERE { ?s e:q ?o }'
    >>> q[where_group_start(q):]
    ' ?s e:q ?o }'
    >>> where_group_start('CONSTRUCT WHERE { ?s ?p ?o }') is None
    True
    """
    spans = [(m.lastgroup, m.group(), m.end()) for m in _TOKEN.finditer(text)]
    toks = [(kind, value, end) for kind, value, end in spans if kind not in ("space", "comment")]
    i = 0
    while i < len(toks) and toks[i][1].upper() in ("PREFIX", "BASE"):
        i += 3 if toks[i][1].upper() == "PREFIX" else 2
    if i >= len(toks):
        return None
    if toks[i][1].upper() == "CONSTRUCT":
        i += 1
        if i >= len(toks) or toks[i][1] != "{":
            return None  # the short form CONSTRUCT WHERE { } takes triple patterns only
        depth = 0
        while i < len(toks):
            depth += {"{": 1, "}": -1}.get(toks[i][1], 0)
            i += 1
            if depth == 0:
                break
    parens = 0
    for _kind, value, end in toks[i:]:
        parens += {"(": 1, ")": -1}.get(value, 0)
        if value == "{" and parens == 0:
            return end
    return None


@lru_cache(maxsize=64)
def read_query_text(text: str) -> QueryText:
    """Whether the text is an update, names a dataset, and which SERVICE endpoints it calls.

    >>> read_query_text('PREFIX e: <http://e/> SELECT * FROM <g> { SERVICE e:x { ?s ?p $o } }')
    QueryText(update_keyword=None, has_dataset=True, services=('http://e/x',), star_order=('s', 'p', 'o'))
    >>> read_query_text('# SELECT\\nINSERT DATA { <a> <b> "SERVICE" }').update_keyword
    'INSERT'
    """
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    i = 0
    while i < len(toks) and toks[i][1].upper() in ("PREFIX", "BASE"):
        if toks[i][1].upper() == "BASE" and i + 1 < len(toks):
            base = toks[i + 1][1][1:-1]
            i += 2
        elif i + 2 < len(toks):
            prefixes[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
            i += 3
        else:
            break
    first = toks[i][1].upper() if i < len(toks) else ""
    update = first if first in UPDATE_KEYWORDS else None
    has_dataset = any(kind == "word" and value.upper() == "FROM" for kind, value in toks)
    services: list[str | None] = []
    for j, (kind, value) in enumerate(toks):
        if kind != "word" or value.upper() != "SERVICE":
            continue
        k = j + 1
        if k < len(toks) and toks[k][1].upper() == "SILENT":
            k += 1
        services.append(_endpoint(toks[k] if k < len(toks) else ("other", ""), prefixes, base))
    star_order = None
    rest = [value for _, value in toks[i + 1 : i + 3]]
    if first == "SELECT" and (
        rest[:1] == ["*"] or (rest[:1] and rest[0].upper() in ("DISTINCT", "REDUCED") and rest[1:] == ["*"])
    ):
        seen = dict.fromkeys(
            value[1:] for kind, value in toks[i:] if kind == "word" and value[:1] in "?$" and len(value) > 1
        )
        star_order = tuple(seen)
    return QueryText(update, has_dataset, tuple(services), star_order)


def _endpoint(token: tuple[str, str], prefixes: dict[str, str], base: str) -> str | None:
    """The IRI a SERVICE token names, or None for a variable or anything unreadable."""
    kind, value = token
    if kind == "iri":
        iri = value[1:-1]
        return iri if ":" in iri or not base else base + iri
    if kind == "word" and ":" in value and value[0] not in "?$":
        prefix, _, local = value.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None
