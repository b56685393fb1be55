"""Strikes named as the cause of wounds or deaths: "People wounded in the air strike on Saraqeb were taken to Turkey"
(docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import BOMBARDMENTS, EngagementDraft
from loaders.model import Mention, Sentence

# People hurt "in the air strike on" a named place: the strike told by what it did, as plainly as a toll tells it, and
# its place the one after "on" (thirty-fourth session, helper leftopen34, written-sentence probe). Only a bombardment:
# "wounded in the fighting" names no place of its own and stays background. The determiner may be left out, as wire
# copy leaves it before a plural: "People wounded in air strikes on Saraqeb" (reread34, written probes).
_HURT_IN = re.compile(
    r"\b(?:wounded|injured|killed|hurt|maimed)\s+(?:in|by)\s+(?:(?:the|an?|this|that|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Friday's|Saturday's|Sunday's)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*strikes?|airstrikes?|air\s+raids?|raids?|shelling|bombardment|barrel\s+bombs?|bombing|rocket\s+attack)"
    r"\s+(?:on|of|in|at|against)\s+(?:the\s+(?:town|city|village|district|neighbou?rhood)\s+of\s+)?(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def harmed_in(
    engagements: Sequence[EngagementDraft],
    body: str,
    mined: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Mention]],
) -> set[str]:
    """The keys of the bombardments a sentence names as what hurt people, placed only where it says they struck."""
    starts = {sentence.span.start: i for i, sentence in enumerate(mined)}
    keys = set()
    for e in engagements:
        if e.type not in BOMBARDMENTS:
            continue
        for claim in e.claims:
            i = starts.get(claim.evidence.start)
            if i is None:
                continue
            for harm in _HURT_IN.finditer(body, claim.evidence.start, claim.evidence.end):
                named = [m.key for m in per_sentence[i] if m.kind == "place" and m.span.start == harm.end()]
                if named and list(e.places) == named:
                    keys.add(e.key)
    return keys
