"""Events a side is told reacting to (answering, blaming, condemning them): the side carried on from that sentence
is not their doer when the next sentence tells them again (thirty-seventh session, helper usdoer37)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.engagements import Detection
from loaders.model import Mention, Span
from loaders.reactions import REASON_OPENS

# The event's noun phrase: its article and the words that describe it, up to a word that ends it (a preposition, a
# relative pronoun, a verb's -ing form: "in response to the attack launching missiles" answered "the attack" only)
_ENDS = (
    r"(?:by|with|on|in|at|of|from|against|and|or|through|using|into|near|after|before|while|which|that|who|for|to"
    r"|as|since|when|where|was|were|is|are|has|have|had)\b"
)
# its first word may be a gerund ("condemned the bombing"); a later one ends it
_PHRASE = (
    rf"(?:\s++(?:the|an?|this|its|their)\b)?\s++(?!{_ENDS})[\w'’-]++"
    rf"(?:\s++(?!{_ENDS}|[\w'’-]+ing\b)[\w'’-]++){{0,5}}+"
)
# "in response to the attack", "condemned the chemical attack", "blamed the regime for the attack", "blames the
# attack on Damascus": a side that reacts to an event, or lays it at another's door, tells it was not its own.
_REACTED = re.compile(
    rf"\b(?:(?:{REASON_OPENS})|(?:condemn|denounc|deplor)(?:ed|es|e|s|ing)?|"
    rf"blam(?:ed|es|e|ing)(?:\s++(?!for\b)[\w'’-]++){{1,5}}?\s++for)(?P<event>{_PHRASE})",
    re.IGNORECASE,
)
_BLAMED_ON = re.compile(rf"\bblam(?:ed|es|e|ing)(?P<event>{_PHRASE})\s++on\b", re.IGNORECASE)
_FUNCTION = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "last"})


def _words(phrase: str) -> set[str]:
    """The content words of a phrase, lower case, a plural's -s dropped ("attacks" is "attack")."""
    return {w.lower().removesuffix("s") for w in re.findall(r"[\w'’-]+", phrase)} - _FUNCTION


def reacted_to(text: str) -> set[str]:
    """The words of the events a sentence tells someone reacting to."""
    found = [m.group("event") for m in _REACTED.finditer(text)] + [m.group("event") for m in _BLAMED_ON.finditer(text)]
    return {w for event in found for w in _words(event)}


def not_the_reacting_side(
    detection: Detection, body: str, previous: Span | None, subject: str | None, mentions: Sequence[Mention]
) -> Detection:
    """A detection whose one attacker is the side carried on from the sentence before, where that side reacted to an
    event the trigger names again ("Trump ordered a strike in response to the attack. ... since the Tuesday attack"):
    the attacker dropped, as no words of its own sentence name it."""
    if previous is None or subject is None or detection.attackers != (subject,):
        return detection
    if any(m.key == subject for m in mentions):
        return detection  # its own sentence names the side: not carried on
    trigger = _words(body[detection.trigger.start : detection.trigger.end])
    if not trigger & reacted_to(body[previous.start : previous.end]):
        return detection
    return replace(detection, attackers=())
