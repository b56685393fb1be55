"""A chemical attack told with the bombs or shells that delivered it is one engagement (docs/extraction.md)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.engagements import Detection

# The means that deliver a toxic agent: bombs or barrels dropped from the air, shells or rockets fired from the ground.
DELIVERY = frozenset({"air-strike", "shelling"})
# A chemical trigger that names the event ("a chemical attack", "gas attacks") may be another one than the bombs beside
# it ("air strikes hit Khan Sheikhun, the site of a deadly chemical attack in April"); one that names the agent or the
# munition ("chlorine", "toxic gas", "chemical bombs", "shells containing gas") tells what those bombs carried.
_EVENT_NOUN = re.compile(r"(?:attacks?|strikes?|assault|massacres?)", re.IGNORECASE)
# A year told right after the chemical trigger, in its own clause: "which killed 1400 people with sarin in Ghouta in
# 2013". A past attack recalled is no cargo of the bombs or shells the sentence tells of today (leftovers2).
_YEAR_AFTER = re.compile(r"[^.;,()]{0,60}?\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def one_chemical_attack(detections: list[Detection], body: str) -> list[Detection]:
    """One scene's chemical attack and the air strike or shelling that delivered it, as the chemical attack alone."""
    # "Regime helicopters bombed Saraqib with chlorine-filled barrel bombs": ACLED codes one chemical weapon event;
    # the chemical attack takes who dropped or fired the bombs when its own trigger names no one.
    chemical = next((d for d in detections if d.type == "chemical-weapon"), None)
    if chemical is None or _names_the_event(chemical, body):
        return detections
    means = [d for d in detections if d.type in DELIVERY and not d.distinct and not _dated_apart(chemical, d, body)]
    if not means:
        return detections
    merged = replace(
        chemical,
        attackers=chemical.attackers or next((d.attackers for d in means if d.attackers), ()),
        targets=chemical.targets or next((d.targets for d in means if d.targets), ()),
    )
    return [merged if d is chemical else d for d in detections if d not in means]


def _dated_apart(chemical: Detection, means: Detection, body: str) -> bool:
    """Whether the chemical trigger carries a year of its own that the means, told outside its clause, do not."""
    year = _YEAR_AFTER.match(body, chemical.trigger.end)
    if year is None:
        return False
    # a comma between them sets the means outside the chemical trigger's clause (", which killed ... in 2013, shelled")
    first, last = sorted((chemical.trigger, means.trigger), key=lambda span: span.start)
    return re.search(r"[,;()]", body[first.end : last.start]) is not None and not (
        chemical.trigger.end <= means.trigger.start < year.end()
    )


def _names_the_event(chemical: Detection, body: str) -> bool:
    """Whether the chemical trigger is a noun for the event itself, not the agent or munition used."""
    words = chemical.trigger.text(body).split()
    return bool(words) and _EVENT_NOUN.fullmatch(words[-1]) is not None
