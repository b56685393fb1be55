"""People taken, told by a pronoun: "executed 10 soldiers after they captured them" (twenty-third session, helper
precision23; docs/extraction.md, "Engagements"). The verbs that take ground take people too; with "them" or "him" as
the object, what was taken is what the pronoun points back to, and when that is people named in the clause before,
no ground changed hands (the captives' killing, if any, is told by its own verb)."""

from __future__ import annotations

import re

# People named as a clause's object or subject: the pronoun's antecedent.
_PEOPLE = (
    r"soldiers|troops|fighters|militants|rebels|pilots?|civilians|men|women|members|officers|hostages|prisoners|"
    r"people|journalists|children|jihadists|insurgents|gunmen|militiamen|workers|activists|residents|villagers"
)
# Ground named after them would be the antecedent instead: "attacked the soldiers' positions and captured them".
_GROUND = (
    r"villages?|towns?|cit(?:y|ies)|areas?|positions?|posts?|bases?|hills?|checkpoints?|districts?|neighbou?rhoods?|"
    r"points?|sites?|buildings?|airports?|airbases?|barracks|farms?|roads?|streets?|quarters?|suburbs?|camps?"
)
# The people, then a clause break (a subordinator or "and") and its subject, right before the verb: "10 soldiers
# after they", "the pilot when militants". Not the verb's own subject ("Rebels captured them": no break between).
_PEOPLE_BEFORE = re.compile(
    rf"\b(?:{_PEOPLE})\b(?:(?!\b(?:{_GROUND})\b)[^.;]){{0,40}}?\b(?:after|before|when|once|as|whom|and)\s+"
    r"(?:(?:they|it|he|she|the\s+\w+|\w+)\s+)?(?:(?:had|have|has|were|was)\s+)?$",
    re.IGNORECASE,
)
# Names listed after the people, nearer the pronoun: "fighters surrounded Tal Abyad and Suluk and captured them",
# "soldiers withdrew from Morek and Kafr Zita and rebels captured them". The plural pronoun points to the list of
# places, ground taken (twenty-third session, helper review23e).
_NAMES_LISTED = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s*,\s*|\s+and\s+)(?-i:[A-Z])")
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|him|her)\b", re.IGNORECASE)
_TAKING_VERB = re.compile(r"(?i)(?:seiz|captur)(?:ed|e|es|ing)")


def captives_by_pronoun(text: str, match: re.Match[str]) -> bool:
    """Whether a verb of taking has a pronoun for people named in the clause before ("after they captured them")."""
    if not _TAKING_VERB.fullmatch(match.group(0)) or not _PRONOUN_OBJECT.match(text, match.end()):
        return False
    people = _PEOPLE_BEFORE.search(text, max(0, match.start() - 100), match.start())
    return people is not None and _NAMES_LISTED.search(text, people.start(), match.start()) is None
