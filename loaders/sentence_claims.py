"""Who a sentence's claims are from and about: its speakers' voices, and the persons it names killed or hurt."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.model import Claim, Figure, Mention, Span
from loaders.sentence_attribution import Attribution


def speaker_only(body: str, span: Span, found: Attribution) -> bool:
    """Whether a sentence says no more than who spoke ("The representative of the Russian group said."); a denial
    or a condemnation says something of its own ("Faylaq al-Rahman denied the allegation")."""
    if found.cue not in _SAYING:
        return False
    rest = body[span.start : found.claimant.span.start] + " " + body[found.claimant.span.end : span.end]
    words = [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in _FUNCTION_WORDS]
    return len(words) <= 2


# Verbs that only say someone spoke: alone with the speaker, the statement is elsewhere (the quotation before).
_SAYING = frozenset({"said", "says", "say", "added", "adds", "stated", "states", "told", "tells", "reported"})
_FUNCTION_WORDS = frozenset(
    """the a an of in for from at on to said says added stated told reported representative spokesman spokeswoman
    spokesperson official source statement""".split()  # noqa: SIM905
)


def named_dead(body: str, span: Span, mentions: Sequence[Mention], classes: dict[str, str]) -> list[Figure]:
    """One death for each named person reported killed ("Hossein Hamedani, was killed yesterday")."""
    text = body[span.start : span.end]
    found = []
    for m in mentions:
        if classes.get(m.key) != "Person":
            continue
        after = _KILLED_AFTER.match(text, m.span.end - span.start)
        if after is not None:
            found.append(Figure("fatalities", 1, 1, None, Span(m.span.start, span.start + after.end())))
    return found


_KILLED_AFTER = re.compile(
    r"(?:,[^,]{1,60},|,)?\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|executed|assassinated|shot\s+dead)\b"
)


def victims(body: str, span: Span, mentions: Sequence[Mention], classes: dict[str, str]) -> list[str]:
    """Persons reported killed, wounded or captured in the sentence ("Hamedani was killed")."""
    text = body[span.start : span.end]
    found = []
    for m in mentions:
        if classes.get(m.key) != "Person":
            continue
        after = text[m.span.end - span.start : m.span.end - span.start + 60]
        if re.match(r"^(?:,[^,]{1,60},|,)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|"
                    r"captured|executed|abducted|kidnapped)", after):  # fmt: skip
            found.append(m.key)
    return found


# A clause of time before a speaker: "a day after X announced", "when Russia announced its withdrawal".
_WHEN_CLAUSE = re.compile(r"\b(?:after|when|since|before|until|once)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def other_speakers(
    body: str, span: Span, mentions: Sequence[Mention], attributions: Sequence[Attribution], voice: Attribution | None
) -> list[Claim]:
    """Speakers of a sentence's other clauses ("SANA said ... as an AFP journalist said ..."): each states something
    there, though only the sentence's voice claims its engagement."""
    keys = tuple(dict.fromkeys(m.key for m in mentions))
    claimed = {a.claimant.key for a in attributions[:1]} | ({voice.claimant.key} if voice else set())
    # the other side of "traded accusations" (one cue) already claims the engagement itself
    cues = {a.cue_span for a in [*attributions[:1], *([voice] if voice else [])]}
    claims: list[Claim] = []
    for other in attributions:
        if other.claimant.key in claimed or other.cue_span in cues:
            continue
        if _WHEN_CLAUSE.search(body, span.start, other.claimant.span.start):
            continue  # "a day after President Erdogan announced the operation": when, not what is stated
        claimed.add(other.claimant.key)
        about = tuple(k for k in keys if k != other.claimant.key)
        claims.append(Claim(evidence=span, claimant=other.claimant.key, about=about, cue=other.cue, confidence=0.7))
    return claims


_SAID_THAT = re.compile(r"\s+(?:(?:on\s+)?\w+day\s+)?(?:that|at\s+least|some|about|more\s+than|\d+)\b")


def voice_of_figures(body: str, attributions: Sequence[Attribution], figures: Sequence[Figure]) -> Attribution | None:
    """Who states the sentence's claim: the first speaker, unless a later one says the figures itself ("Regime TV
    reported while state news agency SANA said that six people were killed")."""
    if not attributions:
        return None
    for attribution in attributions[1:]:
        cue = attribution.cue_span
        if (
            attribution.cue in ("said", "says", "saying", "reported")
            and _SAID_THAT.match(body, cue.end)
            and any(f.span is not None and f.span.start >= cue.end for f in figures)
        ):
            return attribution
    return attributions[0]
