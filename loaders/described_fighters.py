"""Fighting words that describe fighters or the war, not a battle: "forces fighting alongside them", "an alliance
battling IS", "monitors the fighting", "fighting against several rebel groups" (asked by `trigger_guards.blocked`)."""

from __future__ import annotations

import re

from loaders.fight_words import FOUGHT

# What a monitor or a reporter watches: "monitors the fighting", "tracks the war", "covering the clashes".
_WATCHED = re.compile(
    r"\b(?:monitor(?:s|ed|ing)?|track(?:s|ed|ing)?|document(?:s|ed|ing)?|cover(?:s|ed|ing)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Who someone fights for describes them: "Fighting under the banner of the SDF, the YPG has ...".
_FIGHTING_FOR = re.compile(
    r"\s+(?:alongside|under\s+the\s+(?:banner|command|flag)|on\s+the\s+side\s+of|in\s+the\s+ranks\s+of)\b",
    re.IGNORECASE,
)
_MANY_FOES = re.compile(
    r"\s+(?:against\s+|with\s+)?(?:several|a\s+number\s+of|various|multiple|numerous|many|a\s+host\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}(?:groups|factions|forces|organi[sz]ations|militias|brigades|sides|enemies)\b",
    re.IGNORECASE,
)
# "fighting" after a plural noun is a participle: "rebels fighting the regime", "forces fighting alongside them".
_POSTNOMINAL = re.compile(
    r"\b(?!(?:days|weeks|hours|nights|was|is|has|its|this|as|us|thus|across|always)\b)[a-z]+s(?<!ous)(?<!ss)\s+$"
    r"|\b(?:who|which|that)\s+(?:are|were)\s+$"
    r"|\b(?:those|people)\s+$",  # "the regime term for those fighting to oust Assad"
    re.IGNORECASE,
)
# Seventeenth session: so after a name closed by its acronym in brackets, "the Syrian Democratic Forces (SDF) fighting
# against Daesh" (a lower-case participle; "BEIRUT (AP) Fighting raged" opens a sentence and tells the fighting).
# Not a dateline's agency, after the place in capitals or named ("BEIRUT (AFP) fighting raged": FA-KES lower-cases
# some sentence openings; seventeenth session, helper review).
_ACRONYM_BEFORE = re.compile(
    r"(?<![A-Z][A-Z]\s)\((?!(?:AFP|AP|Reuters|SANA|UPI|DPA|AA|IRNA|TASS|ANHA|Xinhua|ANA|SNN)\))"
    r"(?-i:[A-Z][A-Za-z-]{1,12})\)\s+$"
)
# "an Arab-Kurdish coalition battling IS", "a rebel alliance also fighting": a body described by whom it fights.
_COLLECTIVE = re.compile(
    r"\b(?:coalition|alliance|group|militia|faction|umbrella|organi[sz]ation|outfit)\s+(?:(?:also|now|currently|"
    r"still)\s+)?$",
    re.IGNORECASE,
)


def describes_fighters(text: str, match: re.Match[str]) -> bool:
    """Whether a fighting word describes who fights or whom they fight, or names the war watched: no battle told."""
    before = text[: match.start()]
    word = match.group(0).lower()
    if word in ("fighting", "battling") and (
        _POSTNOMINAL.search(before)
        or _COLLECTIVE.search(before)
        or (match.group(0).islower() and _ACRONYM_BEFORE.search(before))
    ):
        return True  # "forces fighting alongside them", "an alliance battling IS": who they are, not an event
    if _WATCHED.search(before) and re.match(r"(?i)fight|clash|battl|war\b", word):
        return True  # "the Observatory which closely monitors the fighting": the war it watches, not a battle
    if FOUGHT.match(word) and _MANY_FOES.match(text, match.end()):
        return True  # "Government forces have been fighting against several rebel groups": the war, not a battle
    # "fighting under the banner of the SDF": whose side they are on
    return word in ("fighting", "fought") and _FIGHTING_FOR.match(text, match.end()) is not None
