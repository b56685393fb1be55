"""Whether a sentence saying "also" adds an engagement at a spot of its own rather than retelling one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.report_conflicts import Reported
from loaders.report_places import new_spot

# A trigger that opens on a verb in the past ("attacked", "took control", "struck"): whatever article its subject
# carries ("The militants also attacked"), it tells a deed, not an event told before ("the attack")
_DEED = re.compile(r"(?:[a-z]{2,}ed|struck|hit|shot|fought|took|overran|blew)\b", re.IGNORECASE)


def adds_a_spot(
    body: str, detection: Detection, also: bool, stated: Sequence[str], earlier: Reported, gazetteer: Gazetteer
) -> bool:
    """Whether a deed told with "also" at a place of its own is another engagement than the one it would join."""
    # "The militants also attacked the nearby village of Mabouja" after their assault on Aqarib; not "The attack also
    # hit a school", nor "Shells also fell in al-Hamadaniyeh", a quarter of the town told (`new_spot`)
    theirs = earlier.places
    # a lead summed up over "several villages" is told again village by village ("The army also took the villages of
    # Bashkuwi and Sifat" after it "captured several villages north of Aleppo")
    if not (also and stated and theirs) or earlier.several:
        return False
    if detection.type == "armed-clash" and not (detection.attackers or detection.targets):
        return False  # a clash naming no side would be dropped (`clashes_with_sides`): the spot stays told where it is
    return _DEED.match(body, detection.trigger.start) is not None and new_spot(stated, theirs, gazetteer)
