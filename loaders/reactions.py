"""Acts told as answers: "in retaliation for a rocket attack", "in response to the chemical attack" name the event
answered, whose doer is not the side that answers it (thirty-fourth session, helper doubles34)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.answered_participles import closed_by_participle
from loaders.denied_and_remarked import denied_but_told
from loaders.model import Mention

# The words that open the phrase naming the event answered; also a clause break between two scenes
# (`scenes._BREAK`). One does not retaliate for one's own attack, so the side before the phrase did not do it.
REASON_OPENS = (
    r"(?:(?:in|as)\s+)?(?:(?:a|an)\s+)?(?:(?:direct|swift|apparent)\s+)?"
    r"(?:retaliation|response|reprisal|revenge|reply|punishment)\s+(?:for|to)(?=\s)"
    r"|to\s+avenge|to\s+punish(?:\s+[\w'’-]+){0,3}?\s+for(?=\s)|retaliat(?:ed|ing|es|e)\s+for(?=\s)"
)
# ... right before the trigger, at most six words between (its article and what describes it: "in response to a
# suspected chemical weapons attack"), none a preposition that would end its phrase ("retaliated for the attack by
# shelling rebel positions": the shelling is the answer); possessive runs, so a run of words fails fast
_BETWEEN = r"(?!(?:by|with|on|in|at|of|from|against|and|or|through|using|into|near|after|before|while)\b)"
_ANSWERED = re.compile(rf"\b(?P<opener>{REASON_OPENS})(?:\s++{_BETWEEN}[\w'’-]++){{0,6}}\s*+$", re.IGNORECASE)
_OPENS = re.compile(rf"\s*+(?:{REASON_OPENS})\b", re.IGNORECASE)
_REACH = 140  # characters before the trigger the phrase may open in
_PHRASE_END = re.compile(r"[,;:]|\s[-–—]\s")


def answered_phrase(text: str, trigger_start: int, trigger_end: int) -> tuple[int, int] | None:
    """The span of the phrase naming an answered event when the trigger stands in one, else None."""
    opened = _ANSWERED.search(text, max(0, trigger_start - _REACH), trigger_start)
    if opened is None or closed_by_participle(text, opened.end("opener"), trigger_start):
        return None
    closed = _PHRASE_END.search(text, trigger_end)
    return opened.start(), closed.start() if closed else len(text)


# The main clause opening after the answered phrase when no comma closes it (FA-KES strips them): a side and its
# striking verb, a word perhaps between ("In retaliation for a rocket attack on Kilis Turkish jets bombed YPG").
_MAIN_VERB_AFTER = re.compile(
    r"\s++(?:(?!(?:on|in|at|of|by|from|against|near)\b)[\w-]++\s++)?(?:(?:has|have|had)\s++)?"
    r"(?:bombed|shelled|struck|hit|pounded|targeted|attacked|raided|stormed|fired|launched"
    r"|carried\s++out|conducted|killed|destroyed)\b",
    re.IGNORECASE,
)


def _main_clause_start(text: str, base: int, end: int, phrase_end: int, actors: Sequence[Mention]) -> int:
    """Where the answering clause opens inside an unclosed phrase: its side, right before its striking verb."""
    for m in sorted(actors, key=lambda m: m.span.start):
        inside = end <= m.span.start - base and m.span.end - base < phrase_end
        if inside and _MAIN_VERB_AFTER.match(text, m.span.end - base):
            return m.span.start - base
    return phrase_end


def answered_roles(
    text: str,
    base: int,
    start: int,
    end: int,
    actors: Sequence[Mention],
    roles: tuple[str, ...],
    sides: Sequence[Mention] = (),
) -> tuple[str, ...]:
    """The roles of an answered event's trigger that the phrase itself names (not the answering side's); `sides`, all
    the sentence's actors, tell where an answering clause opens (`actors` when not given)."""
    phrase = answered_phrase(text, start, end)
    if phrase is None:
        return roles
    # only a phrase no comma closes runs on into the answering clause
    phrase_end = phrase[1] if phrase[1] < len(text) else _main_clause_start(text, base, end, phrase[1], sides or actors)
    inside = {m.key for m in actors if phrase[0] <= m.span.start - base and m.span.end - base <= phrase_end}
    return tuple(k for k in roles if k in inside)


def doer_told_elsewhere(text: str, match: re.Match[str]) -> bool:
    """Whether the trigger's doer is none the sentence's words around it name: a denied act a toll tells all the same,
    or an answered one (no attacker of the article's is lent to it either)."""
    return denied_but_told(text, match) or answered_phrase(text, match.start(), match.end()) is not None


def opens_on_an_answer(text: str, at: int) -> bool:
    """Whether a scene opening at `at` opens on the phrase naming an event answered (which the answer's day does not
    date)."""
    return _OPENS.match(text, at) is not None
