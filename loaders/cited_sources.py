"""Whether an actor is named as a report's source ("According to X") or as silent over a deed, not as its doer."""

from __future__ import annotations

import re

from loaders.model import Mention

# "According to" and the capitalised words of a name before the actor ("According to Syria Turks Association"),
# right up to where the actor's mention starts
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", re.IGNORECASE)
# "According to" right before the actor, with no word between ("According to the Turkish foreign ministry")
_RIGHT_AFTER = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# The rest of the source's name after the actor: capitalised words only ("Turks Association")
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w'’-]*)+")


def cited_source(m: Mention, text: str, base: int) -> bool:
    """Whether the mention is (inside) the name of the source cited by "according to": the speaker, no agent."""
    start, end = m.span.start - base, m.span.end - base
    before = text[max(0, start - 60) : start]
    # a capital in "According" is no name: the pattern matches case-blind, so the words are checked apart
    opens = _ACCORDING_TO.search(before)
    if opens is None:
        return False
    words = re.sub(r"(?i)^according\s+to\s+(?:the\s+)?", "", opens.group(0)).split()
    if any(not w[:1].isupper() for w in words):
        return False
    return _RIGHT_AFTER.search(before) is not None or _NAME_GOES_ON.match(text, end) is not None


# "the silence of the US-led coalition over the Raqqa massacre": who kept silent over a deed, not who did it
_SILENT = re.compile(r"\b(?:silence|inaction|indifference)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def kept_silent(m: Mention, text: str, base: int) -> bool:
    """Whether the mention is the one whose silence over a deed is told, not its doer."""
    start = m.span.start - base
    return _SILENT.search(text, max(0, start - 60), start) is not None
