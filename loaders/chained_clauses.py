"""Run-on reports: several events chained in one comma sentence, each in a clause of its own (docs/extraction.md).

The Syrian Observatory's English reports chain a day's events in one sentence: "Helicopters dropped barrels on X, while
warplanes bombed Y, also 4 persons were killed by bombing over Z in the countryside of Idlib". Each clause opens on a
chain word after a comma and names its own town; the province or city they all lie in is no tie between them.
"""

from __future__ import annotations

import re

# A clause chained on after a comma or a semicolon: ", also ...", "; also ...", ", while the warplanes ...",
# ", followed by ...", ", in conjunction with ...", or on its own subject and "also" (", the warplanes also carried out
# raids on ..."). The comma is what makes it a new clause of a list of events: "also" or "while" with no comma before
# sits inside a clause ("were also shelled", "killed while fleeing"); a relative pronoun opens no new event
# (", which also ...").
_SUBJECT = r"(?:the\s+)?(?:(?!(?:which|who|whom|that|where|and|but|not|it|he|she|they)\b)[\w’'-]+\s+){1,2}"
# ", amid several raids by warplanes on Douma": a strike told beside a clash, its own scene when it names its own town
# (not "also" and a participle: ", also killing 3 people" tells the toll of the clause before, not a deed of its own)
_OPENERS = r"also(?!\s+\w+ing\b)|amid|followed\s+by|in\s+conjunction\s+with"
_CHAIN_WORD = re.compile(rf"(?:{_SUBJECT}also|while|{_OPENERS})\b", re.IGNORECASE)
_PUNCT_BEFORE = re.compile(r"[,;]\s*")
# Where such a clause may open between two triggers (the cut of `scenes.scene_spans`); its subject may be the next
# trigger itself (", the warplanes also carried out raids").
_SUBJECT_REACH = 60  # how far past the next trigger's start such an opening may run ("the warplanes also")
_CHAIN_BREAK = re.compile(rf"[,;]\s*(?:{_SUBJECT}also|{_OPENERS})\b", re.IGNORECASE)


def chained_on(text: str, start: int) -> bool:
    """Whether the clause at `start` opens on a chain word after a comma or semicolon (", also ...")."""
    punct = _PUNCT_BEFORE.match(text, start)
    if punct is not None:
        return _CHAIN_WORD.match(text, punct.end()) is not None
    before = text[max(0, start - 3) : start].rstrip()
    return before.endswith((",", ";")) and _CHAIN_WORD.match(text, start) is not None


def chain_breaks(text: str, end: int, start: int) -> list[tuple[int, int]]:
    """Where clauses chained on after a comma open between one trigger's end and the next one's start."""
    stop = min(len(text), start + _SUBJECT_REACH)
    return [(m.start(), m.end()) for m in _CHAIN_BREAK.finditer(text, end, stop) if m.start() < start]


# A finite passive verb of the chained clause itself: ", also areas in X were shelled by helicopters", ", while two
# citizens were killed in X, after bombing by ...": the place it names before the next trigger is its own subject or
# scene, not one more object of the clause before (twenty-second session, helper outlets3).
_OWN_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:also\s+|\w+ly\s+)?\w+(?:ed|en)\b")


def own_verb_first(text: str, opens: int, trigger_end: int) -> bool:
    """Whether the clause chained on at `opens` has a passive verb of its own by the end of the next trigger."""
    return _OWN_PASSIVE.search(text, opens, trigger_end) is not None


def own_places_each(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether each of two neighbouring clauses names a place the other does not (not only the province they share)."""
    return bool(mine - theirs) and bool(theirs - mine)
