"""The subject of a clause whose trigger is the means it acted by ("responded with air raids", "by seizing Yabrud")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention
from loaders.nearest_actors import BY_GERUND
from loaders.trigger_guards import clause_span

# The means of a response, or a gerund after "by": "regime forces responded with air raids to rebel fire", "the regime
# dealt a major blow to the opposition by seizing Yabrud" (the clause's subject acts; "were killed by shelling" is no
# means of the subject).
_MEANS_OF = re.compile(
    r"\b(?:respond(?:ed|s)|retaliat(?:ed|es)|repl(?:ied|ies)|react(?:ed|s)|(?:hit|struck|hits|strikes)\s+back)"
    r"(?:\s+to\s+[^.,;]{1,60}?)?\s+with\s+(?:(?:a|an|the|its|their|heavy|intense|fresh|new|more|massive)\s+){0,2}$",
    re.IGNORECASE,
)
# any form of "be" before "by ...ing" makes the clause's subject the one acted on ("were caught off guard by shelling")
_PASSIVE_IN = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.IGNORECASE)


def subject_of_means(actors: Sequence[Mention], text: str, base: int, match: re.Match[str]) -> list[str]:
    """The clause's subject when the trigger is the means it acted by ("responded with air raids", "by seizing")."""
    clause_start, _ = clause_span(text, match.start(), match.end())
    before = text[clause_start : match.start()]
    means = _MEANS_OF.search(before)
    if means is None and match.group(0).lower().endswith("ing") and BY_GERUND.search(before):
        if _PASSIVE_IN.search(before):
            return []  # "five fighters were killed by shelling": the victims, not the agent
        means = BY_GERUND.search(before)
    if means is None:
        return []
    # the subject opens the clause: at most a few words ("Last month the regime") stand before it
    subject = [
        m
        for m in actors
        if clause_start <= m.span.start - base
        and m.span.end - base <= clause_start + means.start()
        and len(text[clause_start : m.span.start - base].split()) <= 4
    ]
    return [subject[0].key] if subject else []
