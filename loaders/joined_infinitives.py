"""A trigger verb joined by "and" to an infinitive before it is that infinitive's aim too ("to save them and
liberate their areas"), not a deed told."""

from __future__ import annotations

import re

# "waiting for the army to save them and liberate their areas", "vowed to encircle the town and storm it": the
# trigger is a bare verb that shares the "to" of the verb before it, so it is wished, planned or demanded as that
# verb is. The first verb is a bare form (not "due to shelling and fighting", "subjected to bombardment and
# shelling": nouns after a preposition), with at most three words of its object before "and".
_JOINED = re.compile(
    r"\bto\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+(?:[\w'’-]+\s+){0,3}?(?:and|or)\s+(?:then\s+)?$",
)
# What no bare verb ends in (plurals, gerunds, past forms, nouns in -ment and -ion), and the words that are no verb
_NOT_BARE = re.compile(r"(?:s|ing|ed|ment|ion)$|^(?:the|a|an|its|their|his|her|this|that|be|have)$")
# "managed to push them back and retake", "were able to ..", "continued to shell and": done, not intended
_DONE_TO = re.compile(
    r"\b(?:claim(?:s|ed)?|manag(?:ed|es)|succeeded|able|continu(?:ed|es|ing)|went\s+on|began|begins|started|"
    r"due|owing|thanks|subjected|exposed|led|leading)\s+$",
    re.IGNORECASE,
)
# What makes the infinitive unreal, within 60 characters before its "to": a wait, wish, vow, plan or appeal
# ("waiting for the army to", "vowed to", "called on Turkey to", "urged the coalition to")
_WISHED = re.compile(
    r"\b(?:wait(?:s|ed|ing)?\s+for|vow(?:s|ed)?|pledg(?:e|es|ed)|plan(?:s|ned)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|"
    r"call(?:s|ed)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed)?|demand(?:s|ed)?|threaten(?:s|ed)?|intend(?:s|ed)?|"
    r"seek(?:s|ing)?|sought|prepar(?:e|es|ed|ing)|ready|order(?:s|ed)?|appeal(?:s|ed)?\s+to)\b",
    re.IGNORECASE,
)
# the trigger word itself a bare verb: "liberate", "storm", "attack"; not "airstrikes", "shelling", "clashes", nor a
# past form that ends otherwise ("were ordered to advance and took the village": done)
_BARE_TRIGGER = re.compile(
    r"(?i)(?!(?:took|struck|fought|overran|shot|blew|drove|won|fell|broke|threw|held|beat|led|began|went|hit)$)"
    r"[a-z]+(?<!s)(?<!ing)(?<!ed)(?<!ion)(?<!ment)"
)


def joined_to_infinitive(before: str, word: str) -> bool:
    """Whether the trigger word, a bare verb, is joined by "and" to an infinitive that ends `before`."""
    if not _BARE_TRIGGER.fullmatch(word.split()[0]):
        return False
    found = _JOINED.search(before[-80:])
    if found is None or _NOT_BARE.search(found.group("verb")):
        return False
    head = before[-80:][: found.start()]
    return _DONE_TO.search(head) is None and _WISHED.search(head[-60:]) is not None
