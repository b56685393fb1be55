"""An air strike in Syria left unattributed, dated before any foreign air force struck there, was the regime's."""

from __future__ import annotations

from datetime import date

from loaders.engagement_passes import EngagementDraft
from loaders.gazetteer import Gazetteer

# The US-led coalition's first strikes in Syria (23 September 2014); Russia's came a year later. Before them the Syrian
# air force was the only one bombing the country's towns (Israel's rare raids are told as Israel's).
FIRST_FOREIGN_STRIKES = date(2014, 9, 23)
THE_REGIME = ("actor/baathist-syria", "actor/syrian-arab-air-force")


def regime_strikes(engagements: list[EngagementDraft], anchor: date | None, gazetteer: Gazetteer) -> None:
    """Name the Syrian state and its air force for each air strike still unattributed once the article's lending is
    done, when it happened before 23 September 2014 and every linked place of it lies in Syria."""
    for e in engagements:
        if e.type != "air-strike" or e.attackers or e.unnamed_agent:
            continue
        when = e.time.latest if e.time is not None and e.time.latest is not None else anchor
        if when is None or when >= FIRST_FOREIGN_STRIKES:
            continue
        linked = [k for k in e.places if k in gazetteer]
        if not linked or not all(gazetteer.in_syria(k) for k in linked):
            continue  # no known place, or one abroad: an Iraqi, Israeli or Turkish raid may be told
        e.attackers = [k for k in THE_REGIME if k not in e.targets]
