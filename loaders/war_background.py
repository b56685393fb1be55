"""A sentence that tells the war's background, not an engagement: a toll counted since the war began, a count too
large for one engagement, the dead of the long war (read by `sentence_mining.mine_sentence`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.grown_since import COMPARISON
from loaders.model import Figure

# A death toll this large is the war's, or a year's, never one engagement's: the deadliest single events of the
# Syrian war (the 2013 Ghouta chemical attack, the worst massacres) were reported in the hundreds to low thousands.
WAR_SCALE_TOLL = 20_000
# A cumulative toll or a war-long summary is background, not the report of an engagement.
# "the deadliest attack on a school since the start of the war": the war is what the attack is measured against
_COMPARED = re.compile(rf"\b{COMPARISON}\s+(?:[\w-]+\s+){{0,6}}$", re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?(?:war|conflict|uprising|crisis|revolution|"
    r"civil\s+war|protests?)\b|\bsince\s+(?:(?:early|mid|late|March)\s+)?2011\b|\b(?:the\s+)?(?:war|conflict)\s+"
    r"(?:began|started|erupted|broke\s+out)\b|\b(?:first|began|started|erupted)\s+in\s+(?:March\s+)?2011\b"
    # "divided since shortly after fighting began there in mid-2012": how a state of affairs began
    r"|\bsince\s+(?:shortly\s+)?(?:after\s+)?(?:the\s+)?(?:fighting|clashes|battles?|uprising)\s+"
    r"(?:began|started|erupted|broke\s+out)\b"
    r"|\b(?:fighting|clashes|battles?)\s+(?:began|started|erupted|broke\s+out)\s+(?:there\s+)?in\s+"
    r"(?:(?:early|mid|late)-?\s*)?20\d\d\b"
    r"|\bsince\s+it\s+(?:began|started|erupted|broke\s+out)\b|\b(?:war|conflict)\s+(?:has|had)\s+(?:killed|claimed)\b"
    r"|\b(?:war|conflict)\b[^.]{0,60}\b(?:has|have|had)\s+(?:since\s+)?(?:killed|left|claimed)\b"
    r"|\bsince\s+(?:the\s+)?(?:beginning|start|outbreak)\s+of\b|\bsince\s+erupting\b"
    # a toll counted since a date or an event: "has killed hundreds since it declared a caliphate in June"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|lost)\b[^.]{0,80}\bsince\s+(?:(?:it|they|the\s+group|"
    r"the\s+militants)\s+(?:\w+\s+)?(?:declared|took|seized|captured|emerged|entered|launched|began|started|"
    r"intervened|joined)\b|(?:(?:early|mid|late)\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|20\d\d)\b)"
    # a count over the whole country, or one the victims just joined: "the latest of more than 7000 killed"
    r"|\b(?:killed|dead|died)\s+(?:across|throughout|all\s+over)\s+(?:Syria|the\s+country)\b|\bkilled\s+nationwide\b"
    r"|\bthe\s+latest\s+of\s+(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|about\s+|some\s+)?\d",
    re.IGNORECASE,
)
# "the three-year war" in a sentence with a toll: the war's dead, not one engagement's. Without a toll it only says
# which war ("a battle that could mark a turning point in the five-year war").
_WAR_LONG = re.compile(r"\b[\w-]+-year(?:-old)?\s+(?:civil\s+)?(?:war|conflict)\b", re.IGNORECASE)


def war_background(text: str, figures: Sequence[Figure]) -> bool:
    """Whether a sentence tells the war's background (a toll since 2011, a war-scale count), not a report."""
    return (
        any(not _COMPARED.search(text, 0, b.start()) for b in _BACKGROUND.finditer(text))
        or any(f.kind == "fatalities" and f.low >= WAR_SCALE_TOLL for f in figures)
        or bool(figures and _WAR_LONG.search(text))
    )
