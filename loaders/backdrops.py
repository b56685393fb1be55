"""Fighting told as the war's backdrop, not as news (nineteenth session, helper outprec4; docs/extraction.md,
"Engagements"): a war aim ("a militant fighting to unseat the government") says what a side fights for, and "currently"
with the present ("forces are currently fighting against IS and the rebels") sets out the state of the war; neither
reports one engagement."""

from __future__ import annotations

import re

from loaders.fight_words import FOUGHT
from loaders.timex import DAY_NAMED

# The trigger followed by the aim of the whole war, the fall of those in power: "rebels fighting to topple Assad", "a
# militant fighting to unseat the government", "fighting for the overthrow of the regime". A battle's own aim
# ("fighting to retake the town", "battling to break the siege") names no such verb and is left.
_WAR_AIM = re.compile(
    r"\s+(?:to\s+(?:oust|topple|unseat|overthrow|depose|bring\s+down)|"
    r"for\s+the\s+(?:overthrow|ouster|downfall|fall|toppling)\s+of)\b",
    re.IGNORECASE,
)
# ... unless the side is ousted from ground, a battle's own aim: "the SDF fought to oust IS from Raqqa" ("from power"
# or "from office" is still the war's aim) (nineteenth session, helper review6).
_FROM_GROUND = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?from\s+(?!power\b|office\b)", re.IGNORECASE)
# "currently" with the present just before the trigger: news tells its engagements in the past, with a day; "are
# currently fighting against" describes the sides of the war where the report explains who fights whom.
# (The other guard of the war's state, `battles_aside.goes_on_everywhere`, stays apart on purpose: it reads the going on
# "across the country" after any word of fighting, nouns too, where this reads the present "currently" before the verb
# of fighting, which only a verb takes; both give way to a day named, `timex.DAY_NAMED`; tidy33.)
_CURRENTLY = re.compile(r"\b(?:is|are)\s+(?:[\w-]+\s+)?currently\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_REACH = 60
# A side described as another's partner or ally in a fight: "the SDF has been Washington's key partner in the battle
# against IS in Raqqa" says who stands with whom, no battle (written-sentence probe, notevents33).
_PARTNER_IN = re.compile(r"\b(?:partners?|all(?:y|ies))\s+in\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def war_backdrop(text: str, match: re.Match[str]) -> bool:
    """Whether a fighting trigger tells a war aim or the war's present state, not one engagement."""
    if not FOUGHT.match(match.group(0)):  # (its old fourth word, "struggl", began no trigger word)
        return False
    if _PARTNER_IN.search(text, max(0, match.start() - 40), match.start()) is not None:
        return True  # "Washington's key partner in the battle against IS": an ally described, no battle
    aim = _WAR_AIM.match(text, match.end())
    if aim is not None and not _FROM_GROUND.match(text, aim.end()):
        return True  # "a militant fighting to unseat the Syrian government": who he is, not a battle
    # "Government forces are currently fighting against IS and the rebels": who fights whom, not a battle
    currently = _CURRENTLY.search(text, max(0, match.start() - _REACH), match.start())
    # (a day in the sentence makes it a battle report: "rebels are currently fighting the army in Hama, where clashes
    # killed 20 on Monday" tells an engagement of that day; nineteenth session, helper review6)
    return currently is not None and DAY_NAMED.search(text) is None
