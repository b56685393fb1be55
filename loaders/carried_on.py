"""A campaign carried on in an "as" clause: "as regime forces continue their bombardment of Aleppo" is backdrop."""

from __future__ import annotations

import re

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


def carried_on(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is a campaign carried on in an "as" clause, no day told after it."""
    before = _AS_CARRIED_ON.search(text, max(0, match.start() - _REACH), match.start())
    return before is not None and DAY_AFTER.match(text, match.end()) is None
