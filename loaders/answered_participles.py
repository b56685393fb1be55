"""An -ing participle closes the phrase naming an answered event: "in response to the attack launching missiles"."""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'’-]+")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "last"})
# Lower-case words ending in -ing that are no verb's participle ("the morning attack", "the building"); a capital's
# -ing is a name ("Beijing").
_NOT_PARTICIPLES = frozenset(
    {"morning", "evening", "building", "buildings", "during", "something", "nothing", "anything", "everything",
     "spring", "wedding", "ceiling", "king", "ring", "string", "wing", "thing", "ongoing", "bombing", "shelling"}
)  # fmt: skip
# A gerund heading the phrase ("the heavy shelling of Kilis", "the Russian bombing that killed") is followed by a
# preposition, a relative, a verb or nothing; a participle after the phrase's noun takes an object ("the attack
# launching missiles against an air base": the missiles are the answer, not the event answered).
_GERUND_NEXT = re.compile(
    r"\s*+(?:$|[,;:.]|(?:of|on|in|by|at|from|near|against|with|that|which|who|was|were|is|are|has|have|had|and|or"
    r"|[\w'’-]+(?:ed|ing))\b)",
    re.IGNORECASE,
)


def _participle(word: str) -> bool:
    """Whether a word reads as a verb's -ing participle."""
    return word.endswith("ing") and word[:1].islower() and len(word) > 4 and word.lower() not in _NOT_PARTICIPLES


def closed_by_participle(text: str, after_opener: int, trigger_start: int) -> bool:
    """Whether an -ing participle after the answered phrase's first word closes it before the trigger at
    `trigger_start` ("in response to the attack launching missiles"), or the trigger's own first word is one."""
    words = _WORD.findall(text, after_opener, trigger_start)
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words:
        return False  # the trigger heads the phrase: "in response to the shelling"
    if any(_participle(w) for w in words[1:]):
        return True
    first = _WORD.match(text, trigger_start)
    if first is None or not _participle(first.group(0)):
        return False
    return _GERUND_NEXT.match(text, first.end()) is None
