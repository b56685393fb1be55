"""Where a comment on the clause told after its trigger begins: "..., a move that will anger Ankara"."""

from __future__ import annotations

import re

# "rebels are attempting to capture al-Bab from IS a move that will end Kurdish hopes", "seized the town, a major
# blow that could weaken the regime": news English closes a clause with a noun of what the deed amounts to and a
# relative clause judging it; a hedge there ("will", "could") is the judgement's, the deed itself is told. The noun is
# one of a move, a step, a development, a blow, a setback, a gain, an advance, a victory or a loss, an article
# before it ("another" too: "seized the town another blow that could weaken the regime"; review35) and at most one
# word between (an adjective), and "that" or "which" right after it.
_COMMENT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,12}?(?P<comment>(?:a|an|another)\s+(?:[\w-]+\s+)?(?:move|step|development|blow|setback|gain|"
    r"advance|victory|loss)\s+(?:that|which)\s)",
    re.IGNORECASE,
)


def comment_after(text: str, trigger_end: int, end: int) -> int:
    """Where an appositive comment on the trigger's clause opens within it (ending at end), else end."""
    comment = _COMMENT.match(text, trigger_end, end)
    return end if comment is None else comment.start("comment")
