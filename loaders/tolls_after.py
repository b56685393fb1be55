"""Tolls told place by place in the sentence after a bombardment: each place a report of its own (ACLED codes an event
a place).

"Air strikes hit Eastern Ghouta on Thursday. Four civilians were killed in the town of Arbin and two in Douma." The
second sentence names no trigger: it continues the strikes and counts their dead at places the first did not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.clause_words import RELATIVE
from loaders.engagements import Detection
from loaders.gazetteer import Gazetteer
from loaders.model import Figure, Span
from loaders.report_places import is_country
from loaders.same_engagement import BOMBARDMENTS  # the bombardments whose dead a following sentence counts by place

# "were killed in the city of Arbin", "was killed near Douma", "have been killed around the town of Albu Kamal"
_KILLED_AT = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+killed\s+(?:in|near|around|at)\b", re.IGNORECASE
)
# A count that sums many days or reports, not the day's dead of one bombardment: "a total of 56 people were killed in
# Aleppo during the week", "the dead since March", "thousands have been killed in Aleppo" (eighteenth session,
# review2)
_SUMMED = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|altogether|so\s+far|to\s+date|hundreds|thousands|since|"
    # a period ("during the week", "during the past month"), not a moment ("during the night": review3)
    r"during\s+(?:the\s+|this\s+)?(?:(?:past|last|previous)\s+)?(?:\w+\s+)?(?:weeks?|months?|years?|days|period)|"
    r"over\s+the\s+(?:past|last)|(?:this|last|that)\s+(?:week|month|year))\b",
    re.IGNORECASE,
)
# The count's own clause ends at a comma or where a relative opens ("in Saraqib, which rebels have held since 2012")
_CLAUSE_END = re.compile(rf"[,;]|\b(?:{RELATIVE}|when)\b", re.IGNORECASE)
# Under the perfect a count of a hundred or more is a running total ("more than 3,000 civilians have been killed in
# Aleppo"); the day's dead of one town's bombardment are told in tens
_RUNNING_TOTAL = 100
# "were killed in Saraqib by a sniper", "by unknown gunmen": the sentence names a killer of its own (a bombardment named
# after "by" is a trigger, and the sentence is no toll told after)
# (not what the bombardment left: "killed in Saraqib by shrapnel", "by falling rubble"; review3)
_KILLER_NAMED = re.compile(
    r"[^.;,]{0,80}?\bby\s+(?!(?:the\s+)?(?:monitor|observatory|shrapnel|debris|rubble|fragments|falling|collapsing)\b)"
    r"[\w-]",
    re.IGNORECASE,
)


def toll_told_after(
    text: str,
    sentence: Span,
    figures: Sequence[Figure],
    places: Sequence[str],
    before: tuple[str, tuple[str, ...], Sequence[str]] | None,
    gazetteer: Gazetteer,
) -> list[Detection]:
    """A report continuing the bombardment told in the sentence before (`before`: its type, attackers and places),
    when this sentence has no trigger but counts dead at places apart from that one's."""
    if before is None or before[0] not in BOMBARDMENTS or not places:
        return []
    killed = _KILLED_AT.search(text)
    dead = [f for f in figures if f.kind == "fatalities" and f.low > 0]  # "no one was killed in Saraqib" counts none
    if killed is None or not dead or _summed(text, killed, dead) or _KILLER_NAMED.match(text, killed.end()):
        return []
    return _report_elsewhere(
        Span(sentence.start + killed.start(), sentence.start + killed.end()), places, before, gazetteer
    )


def _report_elsewhere(
    trigger: Span, places: Sequence[str], before: tuple[str, tuple[str, ...], Sequence[str]], gazetteer: Gazetteer
) -> list[Detection]:
    """The bombardment before, reported again at this sentence's places when they lie apart from its own."""
    # a bombardment placed only in the country ("strikes in northern Syria") holds every place: none of them tells it
    placed = [k for k in before[2] if not is_country(k, gazetteer)]
    if not all(k in gazetteer for k in places) or not _apart(places, placed, gazetteer):
        return []
    return [
        Detection(
            type=before[0],
            trigger=trigger,
            attackers=before[1],
            targets=(),
            supporters=(),
            places=tuple(places),
            definite=False,
            generic=False,
            distinct=True,
            elsewhere=True,
        )
    ]


# "ISIL facilities and vehicles were also hit in Hasakeh": what the bombardment before hit at a place of its own; the
# passive "hit" is no trigger (the active "hit" is one's lookahead only), and no toll need be told
_HIT_AT = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?hit\s+(?:in|near|around|at)\b"
    # a place named right after it: not "were hit in the recession", "hit at least 20 times" (twenty-third session,
    # helper review23e)
    # ("in the nearby town of X", "in nearby X" too: written-sentence probe, gaps33)
    r"(?=\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?(?:[a-z]+ern\s+)?"
    r"(?:(?:town|city|village|province|countryside|district|area|suburb)s?\s+of\s+)?"
    r"(?-i:[A-Z]))",
    re.IGNORECASE,
)


def hit_told_after(
    text: str,
    sentence: Span,
    places: Sequence[str],
    before: tuple[str, tuple[str, ...], Sequence[str]] | None,
    gazetteer: Gazetteer,
) -> list[Detection]:
    """A report continuing the bombardment told in the sentence before, when this sentence has no trigger but tells
    things hit at places apart from that one's ("... were also hit in Hasakeh"; twenty-third session, kills23)."""
    if before is None or before[0] not in BOMBARDMENTS or not places:
        return []
    hit = _HIT_AT.search(text)
    if hit is None or _KILLER_NAMED.match(text, hit.end()):
        return []  # "was hit in the leg by a sniper": a cause of its own
    return _report_elsewhere(Span(sentence.start + hit.start(), sentence.start + hit.end()), places, before, gazetteer)


def _apart(mine: Sequence[str], theirs: Sequence[str], gazetteer: Gazetteer) -> bool:
    """Whether no place of this sentence is, holds or lies in a place of the report before."""

    def around(key: str) -> list[str]:
        return gazetteer.ancestors(key) if key in gazetteer else []

    return not any(a == b or b in around(a) or a in around(b) for a in mine for b in theirs)


def _summed(text: str, killed: re.Match[str], dead: Sequence[Figure]) -> bool:
    """Whether the count sums many reports: a word of a total or a period in its clause, or a hundred dead or more
    under the perfect."""
    perfect = not killed.group(0).lower().startswith(("were", "was"))
    end = _CLAUSE_END.search(text, killed.end())
    return bool(_SUMMED.search(text, 0, end.start() if end else len(text))) or (
        perfect and any(f.low >= _RUNNING_TOTAL for f in dead)
    )
