"""The side an engagement is laid at after its noun: "a chemical attack blamed on government forces", "the attack,
which they claimed the Syrian army was responsible for" (twenty-sixth session, helper remote26)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.aircraft_words import ENDS_IN_SUBJECT
from loaders.model import Mention

# The trigger's own phrase, then "blamed on": a participle ("an attack blamed on X"), a passive ("was widely blamed
# on X") or a relative clause whose subject does the blaming ("which the opposition blamed on X"). A comma, a full
# stop or a semicolon ends the reading: the blame of another clause is another event's.
_BLAMED_ON = re.compile(
    r"[^,.;:]{0,60}?\b(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+)?(?:(?:widely|largely|later|quickly|also)\s+)?"
    r"blamed\s+on\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "... which they claimed the Syrian army was responsible for": the side right before "was responsible for", in a
# relative clause on the trigger.
# (the trigger's place may come between: "a chemical attack in Douma which ...")
# Possessive blanks and words: a run of blanks must not be split every way before the match fails (make bench-patterns).
_RELATIVE_ON_NOUN = re.compile(r"(?:\s++[\w'’-]++){0,5}?(?:\s*+,)?\s++(?:which|that|for\s+which)\b", re.IGNORECASE)
_RESPONSIBLE = re.compile(
    r"(?<!\s)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:solely|directly|fully|ultimately)\s+)?"
    r"responsible(?:\s+for\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)
_REACH = 120  # characters after the trigger the clause of blame may run to


def blamed_after(actors: Sequence[Mention], text: str, base: int, t_end: int) -> list[str]:
    """The side an engagement noun is blamed on, or held responsible for it, in the words right after it."""
    blamed = _BLAMED_ON.match(text, t_end)
    if blamed is not None:
        for m in actors:
            start = m.span.start - base
            if start >= blamed.end():
                return [m.key] if start == blamed.end() else []
        return []
    relative = _RELATIVE_ON_NOUN.match(text, t_end)
    if relative is None:
        return []
    clause = re.compile(r"[.;:]").search(text, relative.end())
    stop = min(clause.start() if clause else len(text), t_end + _REACH)
    for m in actors:
        start, end = m.span.start - base, m.span.end - base
        if start >= relative.end() and end <= stop and _RESPONSIBLE.match(text, end):
            return [m.key]
    return []


# A report closed on its source's blame: "..., killing six people, SANA said, blaming rebels", "the army said, blaming
# the attack on the Islamic State group" (the comma may be dropped, as FA-KES drops every comma). Wire English tells
# who a source holds behind an attack this way when the sentence names no doer (articles34, written-sentence probe).
# Only right after a verb of saying, so the blame is the source's of the act told, not a side's complaint about
# another matter.
_SAID_BLAMING = re.compile(
    r"\b(?:said|says|reported|reports|announced|added|stated)\s*,?\s+blam(?:ing|ed)\s+"
    r"(?:it\s+on\s+|(?:the|this|that)\s+(?:attacks?|shelling|bombing|blasts?|strikes?|explosions?|killings?)\s+on\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


# What the blamed side is blamed for when it is not the act: its backing or a failing ("blaming Turkey for arming the
# rebels", "blaming Washington for supporting the SDF"), a side's part behind another's attack (reread34, probes)
_BLAMED_FOR_OTHER = re.compile(
    r"\s*-\s*(?:backed|supported|allied)\b|\s+for\s+(?:its\s+|their\s+)?(?:arming|supporting|backing|funding|financing|"
    r"sponsoring|harbou?ring|sheltering|training|equipping|sending|allowing|failing|support|backing|role)\b",
    re.IGNORECASE,
)


def blamed_by_speaker(actors: Sequence[Mention], text: str, base: int, t_end: int) -> list[str]:
    """The side a source closing the sentence blames ("..., SANA said, blaming rebels"), when its name comes right after
    "blaming" and is no backer ("blaming Turkish-backed rebels", "blaming Turkey for arming rebels" name no Turkish
    attack)."""
    said = _SAID_BLAMING.search(text, t_end)
    if said is None:
        return []
    for m in actors:
        start = m.span.start - base
        if start == said.end() and not _BLAMED_FOR_OTHER.match(text, m.span.end - base):
            return [m.key]
    return []


_UNNAMED = re.compile(r"(?:armed\s+)?(?:terrorists|militants|gunmen|jihadists|insurgents|extremists)\b", re.IGNORECASE)


def blames_unnamed(text: str, t_end: int) -> bool:
    """Whether the source closing the sentence blames someone the gazetteer cannot name ("..., state media said,
    blaming terrorists"): a doer is told, so none is lent from the article's other reports."""
    said = _SAID_BLAMING.search(text, t_end)
    return said is not None and _UNNAMED.match(text, said.end()) is not None


# "Washington blamed Syrian government warplanes for the attack", "Russia blames rebels for the shelling": the side
# blamed before "for" and the event noun, told already, that it is blamed for (thirty-fourth session, helper fixes34,
# written-sentence probe). A blame sentence names the doer of an event the story told.
_FOR_THE = re.compile(
    r"(?<!\s)\s++for\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE
)
_BLAME_VERB = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the\s+)?$", re.IGNORECASE)
# What may follow the side's name before "for": its arm ("warplanes", "forces"), a word or two
_SIDE_TAIL = re.compile(r"(?:\s+[\w'’-]+){0,2}")


def blamed_for(actors: Sequence[Mention], text: str, base: int, t_start: int) -> list[str]:
    """The side blamed for the event the trigger names ("blamed Syrian government warplanes for the attack")."""
    told = _FOR_THE.search(text, max(0, t_start - 60), t_start)
    if told is None or told.end() != t_start:
        return []
    for m in actors:
        start, end = m.span.start - base, m.span.end - base
        if end <= told.start() and _SIDE_TAIL.fullmatch(text, end, told.start()):
            return [m.key] if _BLAME_VERB.search(text, max(0, start - 20), start) else []
    return []


# The aircraft blamed, the object of "blamed ... for": the blame names the doer of an event told, no strike of its own
_AIRCRAFT_BLAMED = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# ... only when what it is blamed for is an event noun, itself a trigger: blamed "for the deaths of 20 civilians" or
# "for the destruction of the hospital", the aircraft are the only word that tells the strike (review reread34b)
_FOR_AN_EVENT = re.compile(
    r"\s+for\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|bombings?|bombardments?|shelling|massacres?|assaults?|offensive|"
    r"onslaught|explosions?|blasts?|barrel\s+bombs?)\b",
    re.IGNORECASE,
)


def aircraft_blamed(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger is aircraft blamed for an event ("blamed Syrian government warplanes for the attack")."""
    return (
        ENDS_IN_SUBJECT.search(match.group(0)) is not None
        and _AIRCRAFT_BLAMED.search(text, max(0, match.start() - 60), match.start()) is not None
        and _FOR_AN_EVENT.match(text, match.end()) is not None
    )


# The event noun a blame sentence names after its side: "blamed Syrian government warplanes for the attack". The noun
# retells an event told, whatever aircraft the blamed side flies: its type is the event's, not read from the words
# around it.
_BLAMED_FOR_EVENT = re.compile(
    r"\bblam(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,5}?for\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def blamed_event(text: str, start: int) -> bool:
    """Whether the word at text[start] is the event a side is blamed for ("blamed X warplanes for the attack")."""
    blamed = _BLAMED_FOR_EVENT.search(text, max(0, start - 90), start)
    return blamed is not None and blamed.end() == start


def blamed_side(actors: Sequence[Mention], text: str, base: int, t_start: int, t_end: int) -> list[str]:
    """The side blamed for the trigger's event: after its noun, by the source closing the sentence, or before "for"."""
    return (
        blamed_after(actors, text, base, t_end)
        or blamed_by_speaker(actors, text, base, t_end)
        or blamed_for(actors, text, base, t_start)
    )
