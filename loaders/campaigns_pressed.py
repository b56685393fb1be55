"""A campaign pressed or stepped up against armed foes is a fight (thirty-sixth session, helper asclause36)."""

from __future__ import annotations

# "as regime forces pressed a campaign against rebels on the capital's outskirts", "comes as government forces step up
# a campaign to crush insurgents": a report set against a campaign that a side presses or steps up against named
# armed men tells the fighting of those days, as "launched an operation to seize" tells an offensive. A bare
# "campaign" is no fight ("an election campaign", "a media campaign"); only a verb of escalation ("press(ed)", "step(s /
# ped) up", "intensif(ies / ied)", "escalate(s / d)") and a determiner, a campaign with at most two
# modifiers, and the foe after "against" or a verb of crushing. The "as" is not asked for: "troops stepped up a campaign
# against rebels" tells the same fighting. The match starts at the verb, so the carried-on guard (a trigger read after
# "as X steps up its") leaves it alone: an escalation with its foe named is news, not backdrop.
_ESCALATED = r"(?:press(?:ed|es)?|step(?:s|ped)?\s+up|intensif(?:y|ies|ied)|escalat(?:es?|ed))"
FOES = r"(?:rebels|insurgents|militants|jihadists|fighters|gunmen|terrorists|opposition|extremists)"
CAMPAIGN_PRESSED = (
    rf"(?:{_ESCALATED})\s+(?:an?|its|their|the)\s+(?:(?!(?:air|aerial|bombing|media|election|diplomatic)\b)"
    r"[\w'’-]+\s+){0,2}?campaigns?"
    r"(?=\s+(?:against|to\s+(?:crush|defeat|rout|oust|expel|drive\s+out|dislodge))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{FOES}\b)"
)
