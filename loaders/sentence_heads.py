"""An engagement taken up again at the head of its sentence, and the place or time phrases between it and its verb:
one vocabulary for the readers of an engagement already told that a sentence only ends, remarks on or judges
(`ceased_strikes`, `denied_and_remarked`, `spoken_of`; twenty-second session, helper shared-words).

What belongs here: the sentence opening, the determiners that refer back to an engagement, the modifiers allowed
before its noun, and the prepositions of the phrases after it. What follows (the verb of ceasing, remark or judgement)
stays with each reader."""

from __future__ import annotations

import re

# A sentence's opening: the text's start, a full stop or a new line, then an opening quotation mark or none.
_OPENING = r"(?:^|[.!?]\s+|\n)[\"“]?"
# "The attack", "The increased fighting": the article takes up an engagement it told before.
DEFINITE = ("The",)
# "This bombing", "These attacks", "Such attacks": demonstratives refer back as plainly as "the" does.
DEMONSTRATIVE = ("This", "These", "Those", "That", "Such")
# The prepositions of a place or time phrase after the engagement: "The attacks on Idlib", "The explosions in Homs".
PHRASE_PREPOSITIONS = ("in", "on", "at", "near", "around", "against", "of")


def head_before(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence head ending right before an engagement: the opening, one of the determiners, at most two modifiers."""
    return re.compile(rf"{_OPENING}(?:{'|'.join(determiners)})\s+(?:[\w-]+\s+){{0,2}}$")


def phrases_after(prepositions: tuple[str, ...]) -> str:
    """Regex source: at most two place or time phrases of up to three words each, then the space before the verb."""
    return rf"(?:\s+(?:{'|'.join(prepositions)})(?:\s+the)?(?:\s+[\w'’-]+){{1,3}}?){{0,2}}\s+"
