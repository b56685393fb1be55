"""A bare "attack" in a story told only of one means is an attack by that means: "Suicide bombers struck outside the
shrine ... The last attack on the shrine in April killed seven" recalls another bombing, and "a chemical attack was
reported in Hama ... not far from the site of Tuesday's alleged attack" another gas attack, not clashes (twenty-fourth
session, helper engtypes24; docs/extraction.md, "Engagements").

News prose names the means once, in the lead, and then says "the attack", "another attack", "a suspected attack"
for that event and for earlier ones of its kind. The generic word alone reads as a clash (`engagement_types`); where
every violent report told before it in the article is of one means-named type (a bombing, a gas attack, an air
strike) and its own sentence tells no fighting, the word is of the story's means: the type of the last one told.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from loaders.engagement_passes import EngagementDraft
from loaders.engagements import COMBATANT_CLASSES, Detection
from loaders.same_engagement import VIOLENT

# Types named for their means (the Explosions/Remote violence of ACLED)
_MEANS = frozenset({"air-strike", "shelling", "suicide-bombing", "remote-explosive", "chemical-weapon"})
# only the bare noun: "attacked", "assault" and "offensive" tell a move on the ground more often than a means
_BARE_ATTACK = re.compile(r"attacks?", re.IGNORECASE)
# the sentence tells a fight on the ground: the attack is one of it, whatever the story's means
_FIGHTING = re.compile(
    r"\b(?:clash(?:es|ed)?|fight(?:s|ing)?|fought|battles?|offensives?|ground|gunmen|gunfire|storm(?:ed|ing)?|"
    r"ambush(?:es|ed)?|assault(?:s|ed)?|advance[sd]?|captur(?:e|ed|ing)|seiz(?:e|ed|ing)|troops|fighters)\b",
    re.IGNORECASE,
)


def of_the_story_means(
    detection: Detection,
    body: str,
    sentence: tuple[int, int],
    engagements: Sequence[EngagementDraft],
    classes: Mapping[str, str],
) -> Detection:
    """The detection with the type of the story's one means when it is a bare "attack" told in a story of it."""
    if not _bare_attack(detection, body) or _FIGHTING.search(body, sentence[0], sentence[1]):
        return detection
    if any(classes.get(k) in COMBATANT_CLASSES for k in detection.targets):
        return detection  # an attack on an armed side: a battle, whatever the story's means
    told = [e for e in engagements if e.type in VIOLENT]
    if not told or any(e.type not in _MEANS for e in told):
        return detection
    last = max(told, key=lambda e: max(e.sentence, e.latest))
    return replace(detection, type=last.type)


def _bare_attack(detection: Detection, body: str) -> bool:
    """Whether the detection is a generic clash told by the bare noun "attack"."""
    word = body[detection.trigger.start : detection.trigger.end]
    return detection.generic and detection.type == "armed-clash" and _BARE_ATTACK.fullmatch(word) is not None
