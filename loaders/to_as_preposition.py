"""A "to" that is a preposition before a noun of violence, not the mark of an infinitive ("injured due to attacks")."""

from __future__ import annotations

import re

# "injured due to rocket attacks by X", "killed owing to the shelling", "has been subjected to air strikes", "led to
# clashes": after these words "to" takes a noun phrase, so the trigger after it is told, not intended (an infinitive,
# "vowed to attack", stays blocked by `trigger_guards._INFINITIVE`).
TO_AS_PREPOSITION = re.compile(
    r"\b(?:due|owing|thanks|subjected|exposed|led|leading)\s+to\s+(?P<article>(?:the|a|an)\s+)?$", re.IGNORECASE
)
# A trigger that cannot be a verb's bare form: a plural, a gerund, a noun in -ment or -ion, or a compound noun.
_NOUN_FORM = re.compile(r"(?:s|ing|ment|ion)$|\s", re.IGNORECASE)


def to_as_preposition(before: str, word: str) -> bool:
    """Whether the trigger word follows a "to" that is a preposition: after "due to", "owing to", "subjected to" and
    the like, with an article or in a form no verb has ("the army is due to attack" is an infinitive, scheduled)."""
    found = TO_AS_PREPOSITION.search(before[-60:])
    return found is not None and (found.group("article") is not None or _NOUN_FORM.search(word) is not None)
