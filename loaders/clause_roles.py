"""Roles read through the clause chunker (`clauses`): a verb after "and" or "but" with no subject of its own ("Army
units continued to advance towards X and established control over Y") is done by the subject of the clause it is
joined to (twentieth session, helper clauses)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.clauses import acting_subject, chunk, clause_at
from loaders.model import Mention
from loaders.nearest_actors import coordinated

# Between a side and a second name for it: "Al Qaeda's Syrian arm the Nusra Front".
_APPOSITION = re.compile(
    r"(?:'s|’s|s)?\s+(?:(?!(?:and|or|by|of|in|with|from|to|backed|supported|led)\b)[\w-]+\s+){0,3}"
)


def shared_subject_agent(actors: Sequence[Mention], text: str, base: int, t_start: int) -> list[str]:
    """The sides that do a trigger standing as the verb of a clause joined by "and"/"but" with no subject of its own:
    the subject of the active clause it is joined to; [] when the clauses do not tell."""
    clauses = chunk(text)
    index = clause_at(clauses, t_start)
    if index is None:
        return []
    clause = clauses[index]
    # only the joined clause's own verb: "and seized", not a noun after it ("and denied the attack")
    if clause.kind != "coordinate" or clause.subject is not None or clause.verb is None:
        return []
    if not clause.verb[0] <= t_start < clause.verb[1]:
        return []
    span = acting_subject(clauses, index)
    if span is None:
        return []
    inside = [m for m in actors if span[0] <= m.span.start - base and m.span.end - base <= span[1]]
    inside = [m for m in inside if not _in_brackets(text, span[0], m.span.start - base)]
    return coordinated(_head(inside, text, base), actors, text, base) if inside else []


def _head(inside: list[Mention], text: str, base: int) -> Mention:
    """The side a subject names first, or the second name given to it right after ("Al Qaeda's arm the Nusra Front")."""
    first = inside[0]
    if len(inside) > 1 and _APPOSITION.fullmatch(text, first.span.end - base, inside[1].span.start - base):
        return inside[1]
    return first


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether pos stands inside a bracket opened after start ("the SDF (a Kurdish-led alliance) and took")."""
    return text.count("(", start, pos) > text.count(")", start, pos)
