"""One more of a kind just reported is by whoever did the last one: "regime shelling killed seven in Jisreen ...
Another shell in Harasta landed near a school" (twenty-first session, helper outrecall8; docs/extraction.md,
"Engagements").

"Another", "a similar", "three more were killed in", "other units" tell an event other than the one just told, but of
its kind and in its story: a report that names no attacker takes the attacker of the last engagement of its type told
before it that named one. The article-wide lending (`engagement_passes.one_attacker_per_type`) lends nothing where the
article names two attackers of the type (the regime's shells and the rebels' mortars); "another" says which.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft


def lent_by_the_last(engagements: Sequence[EngagementDraft]) -> list[EngagementDraft]:
    """The engagements, each told as another of a kind and naming no attacker given the last one's of its type."""
    for engagement in engagements:
        if not engagement.another or engagement.attackers or engagement.unnamed_agent or engagement.from_title:
            continue
        last = last_of_type(engagement, engagements)
        if last is not None:
            engagement.attackers = [k for k in last.attackers if k not in engagement.targets]
            engagement.attackers_lent = True
    return list(engagements)


def last_of_type(engagement: EngagementDraft, engagements: Sequence[EngagementDraft]) -> EngagementDraft | None:
    """The engagement of the same type first told before this one that named an attacker: the run of its kind it
    adds to ("Regime shelling killed seven ... Shelling in Musraba killed three ... Another shell in Harasta")."""
    told = [
        e
        for e in engagements
        if e.type == engagement.type and e.attackers and not e.from_title and e.sentence < engagement.sentence
    ]
    return max(told, key=lambda e: e.sentence, default=None)
