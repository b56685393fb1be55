"""The agent of an engagement noun told by a relative clause after it: "the strikes Russia has carried out", "the
offensive that Syrian troops launched", "the siege Hezbollah imposed" (eighteenth session, helper sides)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Mention

# "the strikes (that / which) ...": the clause may open on its pronoun or, as a contact clause, on its subject.
_OPENS = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?", re.IGNORECASE)
# A verb with an object of its own heads a main clause, not a relative clause on the trigger (whose object is the
# gap): "After the airstrikes Russia launched a diplomatic initiative", "After the attack Russia began withdrawing"
# (FA-KES drops the fronted phrase's comma; eighteenth session, helper review4). "the" opens a time phrase as often
# ("the offensive Turkey launched the previous day").
_OWN_OBJECT = (
    r"(?!\s+(?:a|an|its|their|his|her|new|another|the(?!\s+(?:previous|following|same|next|day|night|morning|week|"
    r"month|year)\b))\b)"
)
_BEGAN = r"(?:began|begun|start(?:ed|ing))(?!\s+(?:to\b|\w+ing\b))"
# The clause's verb after its subject: a verb of doing the engagement, in any tense ("has carried out", "is waging").
_DOING = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:been|also|just|now|reportedly)\s+)?"
    r"(?:(?:carr(?:ied|ying)\s+out|launch(?:ed|ing)|conduct(?:ed|ing)|wag(?:ed|ing)|impos(?:ed|ing)|mount(?:ed|ing)|"
    rf"stag(?:ed|ing)|unleash(?:ed|ing)|{_BEGAN})\b{_OWN_OBJECT}|(?:laid|lay|laying)(?=\s+(?:to|on)\b))",
    re.IGNORECASE,
)


def relative_agent(actors: Sequence[Mention], text: str, base: int, t_end: int) -> list[str]:
    """The subject of a relative clause right after the trigger whose verb does it ("the raids Russian jets carried
    out"): the trigger's agent."""
    opens = _OPENS.match(text, t_end)
    if opens is None:
        return []
    for m in actors:
        start = m.span.start - base
        if start < opens.end():
            continue
        if start == opens.end() and _DOING.match(text, m.span.end - base):
            return [m.key]
        break
    return []
