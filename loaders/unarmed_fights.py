"""A fight or battle with no armed foe: a fire, a disease, a want or a habit fought is no armed clash ("help
firefighters battle the blaze", "battling a cholera outbreak", "fighting for his life in hospital"; twentieth session,
helper leftovers; docs/extraction.md, "Engagements")."""

from __future__ import annotations

import re

# The verbs of fighting that take their foe as a direct object or after "against", and a war "on" or "against" one.
_FIGHT_VERB = re.compile(r"(?i)(?:battl(?:e|es|ed|ing)|fight(?:s|ing)?|fought|war\s+(?:on|against))$")
# What is fought with no arms: fire, sickness, want, vice; a few describing words may stand before it ("the raging
# blaze", "a deadly cholera outbreak", "fighting back tears"); the object must come right after the verb, so "fought
# the army for hours as fire spread" keeps its battle.
_NOT_A_FOE = re.compile(
    r"\s+(?:against\s+)?(?:(?:the|a|an|this|that|these|those|its|their|his|her|back|huge|large|raging|massive|deadly|"
    r"spreading|growing|rising|widespread|extreme|chronic|forest|brush|house|cholera|polio|measles|typhoid|drug|"
    r"disease|virus)\s+){0,3}"
    # "fire from" or "fire by" a side is gunfire, a foe's ("battling fire from IS positions"; helper review9); "fires
    # from the shelling" are blazes
    r"(?:blazes?|fires|fire(?!\s+(?:from|by)\b)|flames|wildfires?|infernos?|"
    r"disease|diseases|epidemics?|outbreaks?|pandemics?|viruses|virus|"
    r"cancer|illness|infections?|poverty|hunger|famine|malnutrition|unemployment|corruption|addiction|drugs|"
    r"illiteracy|inflation|drought|tears)\b"
    # "fighting for his life in hospital": a wounded man's struggle, no battle
    r"|\s+for\s+(?:his|her|their|its)\s+(?:own\s+)?li(?:fe|ves)\b",
    re.IGNORECASE,
)


def fights_no_foe(text: str, match: re.Match[str]) -> bool:
    """Whether a verb of fighting takes a fire, a sickness, a want or one's own life as its object: no armed clash."""
    return bool(_FIGHT_VERB.match(match.group(0))) and bool(_NOT_A_FOE.match(text, match.end()))
