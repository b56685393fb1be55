""" "Besieged" as a description of the places or people named, not the report of a siege: after a determiner ("the
besieged town"), or before a common noun after a count, a quantifier or a preposition ("relieve two besieged
villages", "aid to all besieged areas"); the siege, if told, is told elsewhere (seventeenth session, helper outprec;
one mechanism since the eighteenth session, helper review2; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

# A determiner, "of", "in", "into", "to", "from" or a hyphen before it: "besieged" is an attribute whatever follows
# ("the besieged town", "residents of besieged Madaya", "long-besieged")
_ATTRIBUTE_AFTER = re.compile(r"(?:\b(?:the|a|an|its|their|of|in|into|to|from)\s+|-)$", re.IGNORECASE)
# "regime-besieged al-Zabadani", "the opposition-besieged towns": who besieges a place, named with it (a siege told)
_BESIEGER_BEFORE = re.compile(
    r"\b(?:regime|government|army|opposition|rebel|jihadist|IS|ISIS|Daesh|Nusra|Kurdish|loyalist)-$", re.IGNORECASE
)
# A count, a quantifier or another preposition before it: an attribute only when a common noun follows
_COUNT_OR_PREPOSITION = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some|all|other|both|remaining|"
    r"on|for|with|at|across|inside|within|around|and)\s+$",
    re.IGNORECASE,
)
# a common noun of places or people, at most one lower-case word on ("two besieged Shiite villages" names them by
# their name: no common noun follows at once, and a capitalised word is left alone)
_NOUNS = (
    r"(?:villages?|towns?|areas?|districts?|neighbou?rhoods?|cit(?:y|ies)|enclaves?|suburbs?|"
    r"communities|regions?|parts|zones?|people|civilians|residents|populations?|families|locations|places)\b"
)
_COMMON_NOUN = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_NOUNS}")

# A possessive after a preposition: "hospitals in the city's besieged neighbourhoods", and FA-KES's "in the citys
# besieged neighborhoods" (its texts lost their apostrophes): the noun phrase is the preposition's object, so
# "besieged" cannot be its verb and describes the common noun right after it (thirty-sixth session, helper engfp36)
_POSSESSIVE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|to|from|into|across|inside|within|for|on|at)\s{1,3}the\s{1,3}[a-z][\w-]*(?:'s|’s|s'|s’|s)\s{1,3}$",
    re.IGNORECASE,
)
_COMMON_NOUN_NEXT = re.compile(rf"\s{{1,3}}{_NOUNS}")

# "attacked and besieged villages": a verb of war before "and" shares its subject, so "besieged" is a verb too
# (seventeenth session, helper review)
_WAR_VERB_AND = re.compile(
    r"\b(?:attacked|advanced|encircled|surrounded|stormed|shelled|bombarded|captured|seized|took|entered|overran|"
    r"invaded|blockaded|bombed|pounded|moved\s+in|cut\s+off)\s+and\s+$",
    re.IGNORECASE,
)


def besieged_describes(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is "besieged" describing what it names: after a determiner (no besieger joined to it), or
    before a common noun after a count, quantifier or preposition (not after a verb of war and "and")."""
    if match.group(0).lower() != "besieged" or _BESIEGER_BEFORE.search(text, 0, match.start()):
        return False
    if _ATTRIBUTE_AFTER.search(text, 0, match.start()):
        return True
    possessed = _POSSESSIVE_AFTER_PREPOSITION.search(text, max(0, match.start() - 60), match.start())
    if possessed is not None and _COMMON_NOUN_NEXT.match(text, match.end()) is not None:
        return True
    return (
        _COUNT_OR_PREPOSITION.search(text, 0, match.start()) is not None
        and _WAR_VERB_AND.search(text, max(0, match.start() - 30), match.start()) is None
        and _COMMON_NOUN.match(text, match.end()) is not None
    )
