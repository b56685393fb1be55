"""A campaign carried on in an "as" clause: "as regime forces continue their bombardment of Aleppo" is backdrop."""

from __future__ import annotations

import re

from loaders.campaigns_pressed import FOES
from loaders.timex import DAY_AFTER

# News English sets a report against the war going on with "as" and a present verb of carrying on: "The meeting was
# requested as pro-regime forces extend their bombardment of Aleppo", "the situation is desperate as the regime
# continues its relentless bombardment", "the deaths come as rebels press on with an assault". The present tense says
# the campaign is under way, not what happened; the day's events are told in past verbs. "as", at most six words of
# subject with no clause break ("the regime and its allies" is one subject), the present verb, a determiner, at most
# three modifiers, then the trigger.
_AS_CARRIED_ON = re.compile(
    r"\bas\s+(?:(?!(?:but|which|who|that|when|while|after|before|as|if)\b)[\w'’-]+\s+){1,6}?"
    r"(?:continues?|extends?|press(?:es)?\s+on\s+with|keeps?\s+up|pursues?|intensif(?:y|ies)|escalates?|"
    r"steps?\s+up|wages?)\s+"
    r"(?:their|its|his|the|an?)\s+(?:(?!(?:of|on|in|at|by|to|and|or)\b)[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_REACH = 140
# An escalation aimed at armed men named after the trigger is the news of those days, as a campaign pressed against
# them is (`campaigns_pressed`): "as government forces step up their assault on rebels in Douma", "as the army
# intensifies its offensive against militants". Mere carrying on ("continue", "extend") stays backdrop.
_ESCALATED_IN_CLAUSE = re.compile(
    r"\b(?:steps?\s+up|intensif(?:y|ies)|escalates?)\s+\S+\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_ON_ARMED_FOE = re.compile(rf"\s+(?:against|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{FOES}\b", re.IGNORECASE)


def carried_on(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a campaign carried on in an "as" clause, no day told after it, no escalation on a foe."""
    before = _AS_CARRIED_ON.search(text, max(0, match.start() - _REACH), match.start())
    if before is None or DAY_AFTER.match(text, match.end()) is not None:
        return False
    escalated = _ESCALATED_IN_CLAUSE.search(before.group(0)) is not None
    return not (escalated and _ON_ARMED_FOE.match(text, match.end()) is not None)
