"""A generic attack told as like the one just reported is of its kind: "two people were killed in a rocket attack on
Salah Eddin ... two others were killed in a similar attack on al-Zahraa" is a second rocket attack, not a clash
(nineteenth session, helper outrecall5; docs/extraction.md, "Engagements").

"Similar" compares the means, so the type is the earlier report's; it also says the event is another one, which
`Detection.distinct` already records (`engagements.ANOTHER`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.denied_and_remarked import NEGATED_VERB
from loaders.engagement_passes import EngagementDraft
from loaders.engagements import Detection
from loaders.same_engagement import ANAPHORA_WINDOW, VIOLENT

# "a similar attack", "another similar terrorist attack": one event told, the word a modifier away from the trigger
# at most; not the plural of habit ("IS has carried out similar attacks in the past")
_SIMILAR = re.compile(r"\b(?:an?|another)\s+similar\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# "Meanwhile, similar bombing targeted Hula": "similar" with no article opening a clause before a bombing, the mass
# noun of a bombardment whose means the word leaves to the report before (twenty-second session, helper outlets3)
_SIMILAR_BOMBING = re.compile(r"(?:^|[,;:]\s*|\b(?:meanwhile|also)\s+)similar\s+$", re.IGNORECASE)
# "Air strikes hit Saraqib ... Other strikes hit Darat Izza": a plural "other", "further" or "more" opening a clause
# before a bare "strikes" or "raids" makes them more of the bombardment just told, its kind (written-sentence probe,
# gaps33); not "other rebel raids" (a modifier between names a doer of its own) nor "no other strikes"
_OTHER_STRIKES = re.compile(r"(?:^|[.!?,;:]\s*|\n|\b(?:and|meanwhile)\s+)(?:other|further|more)\s+$", re.IGNORECASE)
_BARE_STRIKES = re.compile(r"(?:strikes|raids)", re.IGNORECASE)
# "carried out a similar attack in the past": a habit recalled, no event told
_IN_THE_PAST = re.compile(r"\b(?:in\s+the\s+past|previously|many\s+times|over\s+the\s+years)\b", re.IGNORECASE)
# the types a generic word may borrow: the means of a violent report, not a capture or a siege
_MEANS = VIOLENT - {"government-regains-territory", "non-state-actor-overtakes-territory"}
# the kinds "other strikes" continue: a bombardment from the air or the ground
_BOMBARDMENTS = frozenset({"air-strike", "shelling"})


def like_the_last(detection: Detection, body: str, engagements: Sequence[EngagementDraft], index: int) -> Detection:
    """The detection with the type of the violent report told last before it when it is a generic "similar attack"."""
    others = _other_strikes(detection, body)
    if not (_similar_attack(detection, body) or _similar_bombing(detection, body) or others):
        return detection
    sentence_end = body.find(".", detection.trigger.end)
    if _IN_THE_PAST.search(body, detection.trigger.end, sentence_end if sentence_end >= 0 else len(body)):
        return detection
    told = [
        e
        for e in engagements
        if not e.from_title
        and e.type in (_BOMBARDMENTS if others else _MEANS)
        and index - ANAPHORA_WINDOW <= max(e.sentence, e.latest) <= index
    ]
    if not told:
        return detection
    last = sorted(told, key=lambda e: max(e.sentence, e.latest))[-1]  # stable: the later made of a sentence's ties
    # "similar bombing" names no doer: the one told before did it again, as the kind is told by the word
    attackers = detection.attackers or (tuple(last.attackers) if _similar_bombing(detection, body) else ())
    return replace(detection, type=last.type, generic=False, distinct=True, attackers=attackers)


def _similar_attack(detection: Detection, body: str) -> bool:
    """Whether the detection is a generic "a similar attack" (the word a modifier away from the trigger at most)."""
    return (
        detection.generic
        and detection.type == "armed-clash"
        and _SIMILAR.search(body, max(0, detection.trigger.start - 40), detection.trigger.start) is not None
    )


def _similar_bombing(detection: Detection, body: str) -> bool:
    """Whether the detection is a "similar bombing" opening a clause, with no device told (a bare remote explosive),
    whose own verb is not negated ("similar bombing did not occur in Houla" tells none; twenty-second session, helper
    review11)."""
    return (
        detection.type == "remote-explosive"
        and body[detection.trigger.start : detection.trigger.end].lower() == "bombing"
        and _SIMILAR_BOMBING.search(body, max(0, detection.trigger.start - 40), detection.trigger.start) is not None
        and NEGATED_VERB.match(body, detection.trigger.end) is None
    )


def _other_strikes(detection: Detection, body: str) -> bool:
    """Whether the detection is a generic bare "strikes" or "raids" right after a clause-opening "other", "further" or
    "more" ("Other strikes hit Darat Izza")."""
    return (
        detection.generic
        and _BARE_STRIKES.fullmatch(body, detection.trigger.start, detection.trigger.end) is not None
        and _OTHER_STRIKES.search(body, max(0, detection.trigger.start - 40), detection.trigger.start) is not None
    )
