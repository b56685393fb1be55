"""Whether a report says its attack was made on the ground ("attacks by the Syrian ground forces"): no air strike."""

from __future__ import annotations

import re

# "ground forces", "a ground offensive", "ground attacks": news prose sets the ground war against the air war with this
# adjective; "on the ground" is left out ("sources on the ground", "forces on the ground" backed by the strikes)
ON_THE_GROUND = re.compile(
    r"\bground\s+(?:forces|troops|units|attacks?|assaults?|offensives?|operations?|incursions?|fighting|battles?)\b",
    re.IGNORECASE,
)


def told_on_the_ground(text: str) -> bool:
    """Whether a sentence tells a fight on the ground by the adjective: "in attacks by the Syrian ground forces"."""
    return ON_THE_GROUND.search(text) is not None
