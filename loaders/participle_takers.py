"""The taker of ground told by a participle that hangs from its sentence's main clause: "About 1500 rebels have massed
on the front since Friday scoring quick gains in the district" is the rebels' gain (battles30)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.clauses import acting_subject, chunk, clause_at
from loaders.model import Mention
from loaders.nearest_actors import coordinated

# the participle opening the trigger: "scoring gains", "capturing", "seizing", "retaking" (not "fighting" or nouns)
_ING = re.compile(r"(?i)[a-z]+ing\b")
# a gerund after a preposition or determiner names the act, it does not go on from the verb: "footage of liberating"
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:of|the|a|an|its|their|his|her|for|by|in|on|at|after|before|while|from|to|about|without|with|upon|"
    r"since|when|during)\s+$"
)


def participle_taker(actors: Sequence[Mention], text: str, base: int, start: int) -> tuple[str, ...]:
    """The sides of the active main clause's subject when the territory trigger at `start` is a participle after
    that clause's verb; () when the clauses do not tell (a passive or reported main clause, no verb before)."""
    if not _ING.match(text, start) or _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return ()
    clauses = chunk(text)
    index = clause_at(clauses, start)
    verb = clauses[index].verb if index is not None else None
    if index is None or verb is None or verb[1] > start:
        return ()  # "capturing the town was ...": the participle is the subject, no verb of its own before it
    span = acting_subject(clauses, index)
    if span is None:
        return ()
    inside = [m for m in actors if span[0] <= m.span.start - base and m.span.end - base <= span[1]]
    return tuple(coordinated(inside[0], actors, text, base)) if inside else ()
