"""The side an engagement hit, told by what it owns: "an air strike on a Red Crescent aid convoy", "the blast which
wiped out the Ahrar al-Sham commanders' meeting", "IS targets were hit in the strikes".

News English often names the target of an attack only as the owner of the thing hit: its posts, convoy, office,
meeting or people. The owner stands right before the noun of the thing ("an army checkpoint", "IS positions"), and the
noun phrase is what the trigger hit: after a preposition or a verb of hitting, after "which" and such a verb, or the
subject of such a passive before "in" or "by" the trigger. The owner may be a body that never fights (an aid group):
those hit are still its people and its property.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from loaders.model import Mention

# what a side owns or is made of: its posts, vehicles, buildings, gatherings and people
_OWNED = re.compile(
    r"['’]?s?\s+(?:[\w-]+\s+)?(?:checkpoints?|positions?|posts?|outposts?|bases?|barracks|convoys?|patrols?|"
    r"headquarters|targets|offices?|warehouses?|depots?|vehicles?|facilit(?:y|ies)|compounds?|meetings?|"
    r"gatherings?|commanders?|leaders(?:hip)?|staff|workers|volunteers|members)\b",
    re.IGNORECASE,
)
_HIT_VERB = r"(?:hit|hits|struck|targeted|targeting|destroyed|destroying|wiped\s+out|killed|killing)"
# between a trigger and the owner: "strikes on a", "raid targeting the", "blast which wiped out the terrorist"
_AFTER_TRIGGER = re.compile(
    rf"\s+(?:(?:on|against|at|targeting)|(?:(?:which|that)\s+(?:also\s+)?)?{_HIT_VERB})\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# between the thing owned and the trigger, in the passive: "targets were hit in the strikes"
_HIT_BY_TRIGGER = re.compile(
    rf"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?{_HIT_VERB}\s+(?:in|by)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)


def owners_hit(text: str, base: int, start: int, end: int, the_hit: Sequence[Mention]) -> tuple[str, ...]:
    """The owners of what the trigger at text[start:end] hit, named right before the noun of the thing hit.

    >>> from loaders.model import Span
    >>> text = "An air strike on a Red Crescent convoy killed 12."
    >>> owners_hit(text, 0, 3, 13, [Mention(Span(19, 31), "actor/red-crescent", "actor")])
    ('actor/red-crescent',)
    >>> owners_hit("An air strike on Red Crescent ground.", 0, 3, 13, [Mention(Span(17, 29), "actor/rc", "actor")])
    ()
    """
    found: list[str] = []
    for m in the_hit:
        m_start, m_end = m.span.start - base, m.span.end - base
        owned = _OWNED.match(text, m_end)
        if owned is None:
            continue
        # the owner's run: "a UN-Arab Red Crescent convoy" names both bodies
        run = [k for k in the_hit if k.span.end <= m.span.start and _joined(text, k.span.end - base, m_start)]
        first = min((k.span.start - base for k in run), default=m_start)
        after = m_start > end and _AFTER_TRIGGER.fullmatch(text, end, first)
        before = owned.end() <= start and _HIT_BY_TRIGGER.fullmatch(text, owned.end(), start)
        if after or before:
            found += [k.key for k in (*run, m) if k.key not in found]
    return tuple(found)


def owners_hit_before(text: str, base: int, start: int, the_hit: Sequence[Mention]) -> tuple[str, ...]:
    """The owners of the thing that is the subject of a passive of hitting right before the trigger at text[start:]:
    "A Russian patrol was hit by a roadside bomb", "an SDF vehicle was struck by an IED" (the patrol's side was hit,
    it did not plant the bomb; probe31)."""
    found: list[str] = []
    for m in the_hit:
        owned = _OWNED.match(text, m.span.end - base)
        if owned is not None and owned.end() <= start and _HIT_BY_TRIGGER.fullmatch(text, owned.end(), start):
            found.append(m.key)
    return tuple(dict.fromkeys(found))


def _joined(text: str, left: int, right: int) -> bool:
    """Whether two names stand as one run of owners: "UN-Arab Red Crescent", "Syrian and Russian"."""
    return re.fullmatch(r"\s*(?:-|/|\s+and\s+)\s*", text[left:right]) is not None


# "The White Helmets said one of their centres in Haritan was hit by an air strike": a body that tells of its own place
# or people hit is the one hit. The speech verb, then "one of its/their" (or "its/their") and the thing owned, a few
# words of where, and a passive of hitting by or in the trigger.
_OWN_THING = (
    r"(?:[\w-]+\s+)?(?:buildings?|cent(?:er|re)s?|hospitals?|clinics?|schools?|ambulances?|teams?|checkpoints?|"
    r"positions?|posts?|bases?|convoys?|headquarters|offices?|warehouses?|vehicles?|facilit(?:y|ies)|members|"
    # its own people (roles35): "the Turkish military said one of its soldiers had been killed in a car bomb"
    r"workers|volunteers|staff|soldiers|troops|fighters|servicem[ae]n|personnel|officers|policem[ae]n|guards)"
)
# its people may be wounded as well as killed: "one of its soldiers was wounded in a roadside bomb" (roles35)
_HARMED = rf"(?:{_HIT_VERB}|wounded|injured)"
_SAID_OWN_HIT = re.compile(
    r"\s+(?:said|says|reported|announced|stated)\s+(?:on\s+[\w-]+\s+)?(?:that\s+)?"
    rf"(?:(?:one|two|three|some|several|many)\s+of\s+)?(?:its|their)\s+{_OWN_THING}\b"
    r"(?:\s+(?!(?:and|but|while|as|after|when|which|who)\b)[\w-]+){0,10}?"
    rf"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?(?:{_HARMED}\s+(?:by|in)\s+"
    # or the passive's verb the trigger itself: "one of its centres was hit", "its hospital was shelled" (remote26)
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?)?",
    re.IGNORECASE,
)
# the speaker's appositive, unmarked once FA-KES dropped the commas ("The White Helmets a group of civil defence
# emergency workers operating in rebel-held areas said ..."): a few words with no stop
_APPOSITIVE = re.compile(r"(?:\s+[\w-]+){0,12}?(?=\s+(?:said|says|reported|announced|stated)\b)")


# The same told in the active, the trigger the subject of what was said (roles35): "The White Helmets said an air raid
# on one of their centers in Kfar Zeita killed eight": the speech verb, an article and a word or two before the trigger,
# then what it fell on, "(one of) its/their" thing owned.
_SAID_THE = re.compile(
    r"\s+(?:said|says|reported|announced|stated)\s+(?:on\s+[\w-]+\s+)?(?:that\s+)?(?:an|a|the)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
_ON_OWN = re.compile(
    r"\s+(?:on|against|at|targeting|hit|struck)\s+(?:(?:one|two|three|some|several|many)\s+of\s+)?(?:its|their)\s+"
    rf"{_OWN_THING}\b",
    re.IGNORECASE,
)


# Armed people (review35c): a news outlet or an aid body that tells of "its soldiers" speaks of a state's or a side's
# men, not its own ("SANA said three of its soldiers were killed"); it owns staff, workers and buildings only
_ARMED_OWN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:soldiers|troops|fighters|servicem[ae]n)\b", re.IGNORECASE)


def speakers_own_hit(
    text: str, base: int, start: int, end: int, the_hit: Sequence[Mention], unarmed: Collection[str] = ()
) -> tuple[str, ...]:
    """The body that says its own place or people were hit by the trigger at text[start:end]: "The White Helmets said
    one of their buildings in Haritan was hit by an air strike", "... said an air raid on one of their centers"; none
    when the speaker is an unarmed body and what it owns are armed men."""
    on_own = _ON_OWN.match(text, end)
    for m in reversed([m for m in the_hit if m.span.end - base <= start]):
        gap = _APPOSITIVE.match(text, m.span.end - base)
        if gap is None:
            continue
        if _SAID_OWN_HIT.fullmatch(text, gap.end(), start) or (on_own and _SAID_THE.fullmatch(text, gap.end(), start)):
            owned = text[gap.end() : on_own.end() if on_own else start]
            return () if m.key in unarmed and _ARMED_OWN.search(owned) else (m.key,)
    return ()
