"""Strikes whose doer the text says is unknown: "it was unclear whose planes struck" (thirty-seventh session, helper
usdoer37)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.engagement_passes import EngagementDraft
from loaders.model import Sentence

# "it was unclear if the strike ... was carried out by Syrian planes or those of Russia", "it is not known who fired
# the rockets", "it remained unclear whose jets struck": the text says it cannot tell who did it, so no side it names
# elsewhere (the one attacker of the article's other strikes) is lent to it.
_UNCLEAR = re.compile(
    r"\b(?:it\s++(?:is|was|remains|remained)\s++(?:still\s++|also\s++)?(?:unclear|unknown|not\s++(?:yet\s++)?"
    r"(?:clear|known))|(?:it\s++)?(?:is|was)\s++(?:still\s++)?(?:unclear|unknown)|no\s++one\s++knows)"
    r"\s++(?:who|whose|if|whether|which)\b",
    re.IGNORECASE,
)
# The event the doubt is about, its noun within the clause after the doubt, and the types that noun may name.
_STRIKE_NOUNS = re.compile(r"\b(?:(?:air\s*)?strikes?|raids?|jets|planes|warplanes|aircraft|bombardment)\b", re.I)
_FIRE_NOUNS = re.compile(r"\b(?:shell(?:s|ing|ed)?|rockets?|mortars?|missiles?)\b", re.I)
_BLAST_NOUNS = re.compile(r"\b(?:blasts?|explosions?|bomb(?:s|ing)?)\b", re.I)
_NOUNS = (
    (_STRIKE_NOUNS, ("air-strike", "shelling")),
    (_FIRE_NOUNS, ("shelling", "air-strike")),
    (_BLAST_NOUNS, ("remote-explosive", "suicide-bombing")),
)
_REACH = 120  # characters after the doubt its noun may stand in
_BACK = 1  # sentences before the doubt's own the event it is about may have been told in


def doers_unclear(engagements: list[EngagementDraft], body: str, mined: Sequence[Sentence]) -> list[EngagementDraft]:
    """The engagements, the latest strike (shelling, bombing) a sentence says no one knows the doer of marked as done
    by someone the text cannot name, so no attacker is lent to it."""
    for index, sentence in enumerate(mined):
        doubt = _UNCLEAR.search(body, sentence.span.start, sentence.span.end)
        if doubt is None:
            continue
        after = body[doubt.end() : min(sentence.span.end, doubt.end() + _REACH)]
        kinds = next((types for noun, types in _NOUNS if noun.search(after)), None)
        if kinds is None:
            continue
        told = [
            e
            for e in engagements
            if e.type in kinds and index - _BACK <= e.sentence <= index and not e.attackers and not e.from_title
        ]
        if told:
            max(told, key=lambda e: e.sentence).unnamed_agent = True
    return engagements
