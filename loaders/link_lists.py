"""Lists of linked headlines set one link a line under their heading ("Related", "Read more"): page furniture."""

from __future__ import annotations

import re

# The heading of a list of links: "Related", "RELATED", "Read more", "Also read", "See also", "More on this story",
# "You may also like"
_HEADING = (
    r"(?i:related(?:\s+(?:news|articles?|posts|stor(?:y|ies)|content|coverage|reading|videos?))?"
    r"|read\s+(?:also|more|next)|also\s+read|see\s+also|recommended(?:\s+reading)?|more\s+on\s+this(?:\s+story)?"
    r"|you\s+may\s+also\s+like)"
)
# a line that is the heading alone ("Related", "Read more:")
LIST_HEADING = re.compile(rf"{_HEADING}\s*:?")
# a line that is the heading, a colon and the first link ("Read also: Turkey warns Kurdish fighters in Manbij")
_FIRST_LINK = re.compile(rf"{_HEADING}\s*:\s*\S")
_STOPS = ".!?…"
_CLOSERS = "\"'”’)]"
# A link is a headline: a short line that ends on no stop; the story's text after the list ends its sentences
_MOST_LINK_WORDS = 25


def opens_list(line: str) -> bool:
    """Whether a line opens a list of links: the heading alone, or the heading, a colon and the first link."""
    return LIST_HEADING.fullmatch(line) is not None or _FIRST_LINK.match(line) is not None


def is_link(line: str) -> bool:
    """Whether a line under a list heading is one of its links: a headline, not a sentence."""
    return line.rstrip(_CLOSERS)[-1:] not in _STOPS and len(line.split()) <= _MOST_LINK_WORDS
