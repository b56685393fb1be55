"""The side an engagement hit, told only by "its" or "their" before the thing hit and named in the sentence before:
"Ahrar al-Sham has been targeted in the past. ... an explosion at its headquarters"."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from loaders.engagements import COMBATANT_CLASSES, Detection
from loaders.model import Mention

# Right after the trigger, the thing hit owned by "its" or "their": "an explosion at its headquarters", "strikes on
# their positions", "a raid targeting one of its bases". Posts and bodies of men only, what a side owns; not places
# ("its eastern side", "their homes" are a town's or people's). A bomb's going off may stand between: "a car bomb
# exploded at its headquarters".
ITS_SITE = re.compile(
    r"\s+(?:(?:exploded|went\s+off|blew\s+up|was\s+detonated)\s+)?(?:at|on|against|targeting|near|outside|inside|hit|struck|targeted)\s+(?:one\s+of\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:headquarters|bases?|positions|posts?|outposts?|checkpoints?|convoys?|barracks|"
    r"offices?|compounds?|command\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)


def owner_told_before(
    detection: Detection,
    body: str,
    sentence_start: int,
    mentions: Sequence[Mention],
    before: Sequence[Mention],
    classes: Mapping[str, str],
) -> Detection:
    """A trigger with no target that hit "its headquarters" or "their positions" while its own sentence names no side
    before it: the owner is the last armed side the sentence before named."""
    if detection.targets or ITS_SITE.match(body, detection.trigger.end) is None:
        return detection
    # a side named earlier in the sentence is what "its" points to; the roles of the trigger read that already
    own = [m for m in mentions if sentence_start <= m.span.start and m.span.end <= detection.trigger.start]
    if any(m.kind == "actor" and classes.get(m.key) in COMBATANT_CLASSES for m in own):
        return detection
    sides = [m.key for m in before if m.kind == "actor" and classes.get(m.key) in COMBATANT_CLASSES]
    if not sides:
        return detection
    owner = sides[-1]
    named_here = any(m.key == owner and sentence_start <= m.span.start for m in mentions)
    if owner in detection.attackers and named_here:
        return detection
    # the side the sentence goes on about, lent as the doer, is the one whose headquarters was hit
    attackers = tuple(k for k in detection.attackers if k != owner)
    return replace(detection, attackers=attackers, targets=(owner,))
