"""The prefixed names of a query's text whose prefix no PREFIX line declares, read past IRIs, strings and comments."""

from __future__ import annotations

import re
from dataclasses import dataclass

# What hides prefixed-name lookalikes: long strings first (a short-string pattern would end them early), then
# short strings, IRIs (IRIREF has no spaces, so `?a < 3 && ?b > 2` is not one), and comments to the line's end.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*"?'
    r"|'(?:[^'\\\n]|\\.)*'?"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_DECLARED = re.compile(r"\bPREFIX\s+((?:[A-Za-z][\w.-]*)?):", re.IGNORECASE)
# A prefix (PN_PREFIX, or none for the default one) and its colon; not a variable, blank node, language tag or
# the middle of a longer name.
_PREFIXED = re.compile(r"(?<![\w.:?$@-])((?:[A-Za-z](?:[\w.-]*\w)?)?):")


@dataclass(frozen=True)
class PrefixedName:
    """A prefixed name: its prefix, and its line and the columns where it starts and just after it ends (1-based)."""

    prefix: str
    line: int
    start: int
    end: int


def undeclared(query: str) -> list[PrefixedName]:
    """The prefixed names whose prefix the query does not declare, in the order they are written.

    >>> [n.prefix for n in undeclared('PREFIX ex: <http://ex/#a:b>\\nSELECT * { ?s ex:p "rdfs:x" ; dc:t _:b } # o:q')]
    ['dc']
    """
    text = _OPAQUE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), query)
    declarations = list(_DECLARED.finditer(text))
    declared = {m.group(1) for m in declarations}
    in_declaration = {m.start(1) for m in declarations}
    names = []
    for found in _PREFIXED.finditer(text):
        if found.group(1) in declared or found.start() in in_declaration:
            continue
        line = text.count("\n", 0, found.start()) + 1
        line_start = text.rfind("\n", 0, found.start()) + 1
        local = re.match(r"[\w%\\:.-]*", text[found.end() :])
        length = len(found.group()) + len(local.group().rstrip(".") if local else "")
        start = found.start() - line_start + 1
        names.append(PrefixedName(found.group(1), line, start, start + length))
    return names
